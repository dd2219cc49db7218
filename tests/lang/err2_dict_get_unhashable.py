x = {}
x.get([1])
