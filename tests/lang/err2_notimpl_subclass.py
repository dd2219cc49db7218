class Base:
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Sq(Base):
    pass
Sq().area()
