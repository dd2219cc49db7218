x = [i for i in (y := [1])]
print("ok")
