type(None)()
type(1)("x")
