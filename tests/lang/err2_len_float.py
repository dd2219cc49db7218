class A:
    def __len__(self):
        return 1.5
len(A())
