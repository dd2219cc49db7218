class A:
    def m():
        pass
A().m()
