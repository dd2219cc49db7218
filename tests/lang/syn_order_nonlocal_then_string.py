def f():
    nonlocal q
s = "abc
