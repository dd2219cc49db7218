print("never")
def f():
    global y
    y: int = 1
