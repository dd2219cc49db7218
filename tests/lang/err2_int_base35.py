int("z", 36)
print(int("z", 36))
int("z", 35)
