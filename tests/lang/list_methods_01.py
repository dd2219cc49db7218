# append, extend, insert, pop, remove, index, count.
a = []
a.append(1)
a.append("two")
a.append([3])
print(a, len(a))
a.extend([4, 5])
a.extend((6,))
a.extend("ab")
a.extend(range(2))
print(a)
a = [1, 2, 3]
a.insert(0, 0)
a.insert(2, 1.5)
a.insert(100, 99)
a.insert(-1, 98)
a.insert(-100, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2), a)
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.count(5), a.count(1), a.count(7), a.index(5), a.index(5, 5), a.index(5, 5, 9), a.index(1, 2))
a.remove(5)
a.remove(1)
print(a)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print("pop", stack.pop(), len(stack))
q = [1, 2, 3]
q.append(4)
print(q.pop(0), q.pop(0), q)
r = [1, 2]
print(r.append(3), r.extend([4]), r.insert(0, 0), r)
print([1, [2, 3]].index([2, 3]), [1.0, 2].index(2), [1, 1.0, True].count(1))
