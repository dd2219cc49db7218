raise ValueError("trailing newline\n")
