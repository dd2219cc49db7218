abs("a")
