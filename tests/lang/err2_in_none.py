x = "a" in None
