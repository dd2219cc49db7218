class A:
    def __str__(self):
        raise ValueError("no str")
print(1, 2, A(), 3)
