{}.update(x=1)
print("ok")
{}.update(1, x=1)
