float("nan(1)")
