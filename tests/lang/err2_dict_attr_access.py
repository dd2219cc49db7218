d = {"a": 1}
d.a
