print(sum(int(s) for s in ["1", "2", "x"]))
