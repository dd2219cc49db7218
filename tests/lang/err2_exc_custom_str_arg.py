class A:
    def __str__(self):
        return "strA"
raise ValueError(A())
