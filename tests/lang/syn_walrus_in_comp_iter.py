x = [(j := i) for i in range(3)]
print(j)
x = [i for i in range((k := 3))]
