list[0]
print("ok")
str[0]
