dict("ab")
