print("never")
a = 1 +* 2
