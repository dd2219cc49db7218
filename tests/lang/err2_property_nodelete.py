class A:
    @property
    def v(self):
        return 1
del A().v
