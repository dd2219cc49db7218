class A:
    class B:
        def __init__(self, *a):
            pass
A.B(*5)
