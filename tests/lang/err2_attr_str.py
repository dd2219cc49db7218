"abc".push("x")
