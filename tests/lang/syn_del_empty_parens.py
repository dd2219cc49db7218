del ()
print("ok")
del (1)
