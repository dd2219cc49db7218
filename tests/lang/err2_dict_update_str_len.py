x = {}
x.update(["ab", "cde"])
