class A:
    def __init__(self, a, b): pass
A(c=1)
