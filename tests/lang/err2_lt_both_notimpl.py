class A:
    def __lt__(self, o):
        return NotImplemented
class B:
    def __gt__(self, o):
        return NotImplemented
A() < B()
