class A:
    def __init__(self, *a):
        pass
A(*5)
