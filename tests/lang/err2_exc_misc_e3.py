e = ValueError()
e.args = ("x", 1)
raise e
