class A:
    pass
getattr(A(), "q")
