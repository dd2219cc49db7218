print("never")
s = 'abc
