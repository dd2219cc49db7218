class A:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
print(A(1) == A(1))
A(1) == 5
