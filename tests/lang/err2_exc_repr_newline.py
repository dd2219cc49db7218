raise ValueError("line1 line2")
