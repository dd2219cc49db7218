class Stack(list):
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.append(3)
print(s, s.peek(), len(s), isinstance(s, list))
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
c["a"] += 1
print(c, c["zz"])
