print("never")
x = 1
def g():
    x = 2
    global x
