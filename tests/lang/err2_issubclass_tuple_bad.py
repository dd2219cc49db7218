issubclass(int, (int, 1))
print("ok")
issubclass(str, (int, 1))
