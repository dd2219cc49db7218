class Car:
    def __init__(self):
        self.speed = 1
c = Car()
print(c.speed)
print(c.sped)
