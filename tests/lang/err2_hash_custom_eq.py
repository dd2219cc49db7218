class A:
    def __eq__(self, o):
        return True
hash(A())
