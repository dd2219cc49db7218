def f(a=(yield)):
    pass
