x = {1}
x |= {2}
x -= {1}
x &= {2}
x ^= {3}
print(sorted(x))
x |= 5
