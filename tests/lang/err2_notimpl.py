class A:
    def m(self):
        raise NotImplementedError("sub must")
A().m()
