format("abc", "+")
