d = {}
del d["q"]
