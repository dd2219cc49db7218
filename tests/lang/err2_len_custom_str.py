class A:
    def __len__(self):
        return "x"
len(A())
