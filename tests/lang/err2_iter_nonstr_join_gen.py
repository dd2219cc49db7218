", ".join(str(x) if x else x for x in [1, 0])
