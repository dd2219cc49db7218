class A:
    def m(self):
        pass
with A().m:
    pass
