print("never")
yield 1
