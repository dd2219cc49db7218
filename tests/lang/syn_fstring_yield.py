def g():
    x = f"{yield}"
    return x
print("ok")
y = f"{yield}"
