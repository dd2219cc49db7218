class A:
    def __str__(self):
        return None
str(A())
