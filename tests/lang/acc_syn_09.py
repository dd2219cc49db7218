print("never")
f(**{}, *[])
