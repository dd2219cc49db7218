class A:
    def __init__(self, x):
        if x < 0:
            raise ValueError("negative: %d" % x)
A(1)
A(-3)
