class A:
    pass
A.__init__(5)
