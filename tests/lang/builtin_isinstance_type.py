# isinstance, issubclass, type() with builtin and user types.
vals = [1, 1.5, "s", True, None, [1], (1,), {"a": 1}, {1}, range(2)]
for v in vals:
    print(repr(v), type(v), isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
print(type(1) is int, type(True) is bool, type(True) == int, type("") is str, type(1.0) is float)
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("", (int,)))
class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass
d = Dog()
p = Puppy()
print(isinstance(d, Animal), isinstance(d, Dog), isinstance(d, Puppy), isinstance(p, Animal))
print(isinstance(d, (int, Dog)), isinstance(3, (str, Animal)), isinstance(Animal(), object))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Puppy, Animal), issubclass(Dog, Dog))
print(issubclass(bool, int), issubclass(int, object), issubclass(Dog, (int, Animal)), issubclass(int, bool))
print(issubclass(ValueError, Exception), issubclass(KeyError, Exception), issubclass(SystemExit, Exception))
print(type(d) is Dog, type(p) is Dog, type(d) == type(Dog()), type(Dog))
print(type(d), type(p), type(Animal()))
def f():
    pass
print(type(f) == type(lambda: 0))
print(type(int), type(3) == type(4), type([]) == list, type({}) is dict, type(set()) is set)
print(type(type(1)), type(None))
