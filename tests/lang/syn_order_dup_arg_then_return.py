def f(a, a):
    pass
return 5
