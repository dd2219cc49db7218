print("start")
"-".join(["a", 1])
