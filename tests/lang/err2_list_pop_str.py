[1].pop("a")
