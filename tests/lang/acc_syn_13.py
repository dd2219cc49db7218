print("never")
del f()
