class A:
    def __str__(self):
        return "A"
x = "x" + A()
