class A:
    pass
def f(**k): pass
f(**A())
