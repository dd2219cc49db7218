"abc".find("a", None)
print("ok")
"abc".find("a", "1")
