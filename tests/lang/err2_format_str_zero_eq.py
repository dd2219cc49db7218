format("abc", "0=5")
