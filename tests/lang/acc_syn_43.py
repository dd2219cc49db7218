print("never")
f(**kwargs=1)
