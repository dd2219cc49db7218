chr("a")
