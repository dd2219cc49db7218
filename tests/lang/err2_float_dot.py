float(".")
