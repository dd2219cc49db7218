d = {k: None for k in [1, 9, 17, 25, 33, 41]}
print(set(d), set(list(d)))
d2 = {(x, y): x * y for x in range(3) for y in range(2)}
print(set(d2))
s = {100}
s.update({3: 0, 11: 0, 19: 0, 27: 0})
print(s)
print(set({i * 8: i for i in range(10)}), set(dict.fromkeys([64, 0, 8, 16, 128, 32])))
print(set({i * 8 for i in range(10)}), set(x for x in {i * 8 for i in range(10)}))
