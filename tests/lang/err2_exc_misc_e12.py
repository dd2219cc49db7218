class A:
    @staticmethod
    @property
    def x(self):
        return 1
print("ok")
A.x.foo
