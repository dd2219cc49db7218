try:
    print("fine")
except UndefinedExc:
    pass
print("ok")
raise KeyError("end")
