print("never")
lambda x: (yield)
