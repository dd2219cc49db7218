class A:
    def __getitem__(self):
        return 1
A()[0]
