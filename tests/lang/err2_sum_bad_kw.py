sum([1], start=1)
print("ok")
sum([1], begin=1)
