print("never")
def f(**kw, *a):
    pass
