print("using site exit()")
for i in range(3):
    if i == 1:
        exit(3)
    print(i)
