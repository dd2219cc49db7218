print(f"{1:.{-1}f}")
