match = 5
case = 6
print(match + case)
x = 1 +
