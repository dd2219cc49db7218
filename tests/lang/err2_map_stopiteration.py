def f():
    raise StopIteration("stop")
print(list(map(lambda x: f(), [1])))
