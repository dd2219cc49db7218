float("1__0")
