raise ValueError("\n")
