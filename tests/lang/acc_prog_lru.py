class Node:
    __slots__ = ("key", "val", "prev", "next")
    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.val
    def put(self, key, val):
        if key in self.map:
            n = self.map[key]
            n.val = val
            self._unlink(n)
        else:
            if len(self.map) >= self.cap:
                last = self.tail.prev
                self._unlink(last)
                del self.map[last.key]
            n = Node(key, val)
            self.map[key] = n
        self._push_front(n)
    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key, n.val
            n = n.next
    def __len__(self):
        return len(self.map)
    def __contains__(self, k):
        return k in self.map
    def __repr__(self):
        return "LRU(%s)" % ", ".join("%r=%r" % kv for kv in self)
c = LRU(3)
for k in "abcab":
    c.put(k, ord(k))
print(c, len(c))
print(c.get("a"), c.get("z", -1), c.get("c"), c)
c.put("d", 100)
print(c, "b" in c, "d" in c)
import random
random.seed(4)
cache = LRU(8)
def slow_square(n):
    v = cache.get(n)
    if v is None:
        v = n * n
        cache.put(n, v)
    return v
total = sum(slow_square(random.randint(0, 15)) for _ in range(500))
print(total, cache.hits, cache.misses, len(cache), sorted(k for k, _ in cache))
