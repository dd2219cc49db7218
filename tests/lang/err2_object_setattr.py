x = object()
x.y = 1
