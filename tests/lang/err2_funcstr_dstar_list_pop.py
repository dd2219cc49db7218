x = [1]
x.pop(**None)
