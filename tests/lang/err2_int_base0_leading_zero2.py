int("12", 0)
print("ok")
int("012", 0)
