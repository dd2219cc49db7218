print("never")
a + 1 += 1
