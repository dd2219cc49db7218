def f():
    raise
try:
    raise ValueError("orig")
except ValueError:
    f()
