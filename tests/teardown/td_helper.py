# Imported by no_cycles.py: a module whose globals hold a function, a class,
# an instance with a finalizer and a suspended generator, all released when
# the teardown clears this module's globals.
import math

SCALE = 2.5


def scaled(x):
    return math.floor(x * SCALE)


class Greeter:
    prefix = "hello"

    def __init__(self, name):
        self.name = name

    def greet(self):
        return "%s %s" % (self.prefix, self.name)

    def __del__(self):
        print("td_helper.Greeter finalized:", self.name)


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("td_helper.countdown closed")


greeter = Greeter("module")
ticker = countdown(3)
next(ticker)
