class A:
    def __repr__(self):
        return "<A!>"
raise KeyError(A())
