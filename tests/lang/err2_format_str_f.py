print(format(1, ".5"))
print(format("a", "05"))
print(format(1, "c"))
print(format("abc", ".1f"))
