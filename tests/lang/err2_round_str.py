round("x")
