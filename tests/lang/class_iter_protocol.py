# Iterator protocol with classes: separate iterable and iterator, StopIteration, reuse.
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f))
print(list(f), sum(f), max(f), 55 in f, 56 in f)
it = iter(f)
print(next(it), next(it), next(it), next(it))
print([x for x in Fib(10) if x % 2 == 0], dict(enumerate(Fib(3))))
for a, b in zip(Fib(20), Fib(20)):
    print(a, b, end="; ")
print()
class Node:
    def __init__(self, val, nxt):
        self.val = val
        self.nxt = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for v in reversed(list(items)):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.val
            node = node.nxt
    def __len__(self):
        return self.size
    def __contains__(self, v):
        for x in self:
            if x == v:
                return True
        return False
    def __repr__(self):
        return "LinkedList(" + repr(list(self)) + ")"
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), 2 in ll, 9 in ll, sorted(ll, reverse=True), list(map(str, ll)))
class Cycle:
    def __init__(self, items, times):
        self.items = items
        self.times = times
    def __iter__(self):
        for _ in range(self.times):
            for x in self.items:
                yield x
print(list(Cycle("ab", 3)), "".join(Cycle("xy", 2)))
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
