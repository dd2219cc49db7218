# @property with getter and @x.setter, validation, computed attributes, read-only properties.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value
    @property
    def summary(self):
        return self.owner + ": " + str(self._balance)
a = Account("ann", 50)
print(a.balance, a.summary)
a.balance = 75
a.balance += 5
print(a.balance, a.summary)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
print(a.balance)
try:
    a.summary = "x"
except AttributeError as e:
    print("AttributeError caught")
class Temperature:
    def __init__(self):
        self._c = 0.0
        self.log = []
    @property
    def celsius(self):
        self.log.append("get c")
        return self._c
    @celsius.setter
    def celsius(self, v):
        self.log.append("set c")
        self._c = v
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit, t.log)
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def side(self):
        return self.w
    @side.setter
    def side(self, s):
        self.w = s
        self.h = s
sq = Square(3)
print(sq.area, sq.side)
sq.side = 5
print(sq.area, sq.w, sq.h, Rect(2, 7).area)
print(hasattr(sq, "area"), hasattr(sq, "volume"))
