class A:
    def __str__(self):
        return "A()"
    def __repr__(self):
        return "R"
raise ValueError(A(), A())
