"a".endswith(("a", None))
print("ok")
"a".endswith(("b", None))
