s = "ab"
s[10]
