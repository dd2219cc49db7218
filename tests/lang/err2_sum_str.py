sum(["a", "b"])
