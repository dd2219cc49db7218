# len() of built-in containers and user classes; its errors.
print(len([]), len([1, 2]), len(()), len((1,)), len(""), len("abc"), len({}), len({1: 2}), len(set()), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len("é€😀"), len([[1, 2, 3]]))
print(len({"a": 1}.keys()), len({"a": 1}.items()), len(list(range(7))), len(str(12345)))
class Bag:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(len(Bag([1, 2, 3])), len(Bag([])), bool(Bag([])), bool(Bag([0])))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    len(3.5)
except TypeError as e:
    print("TypeError:", e)
