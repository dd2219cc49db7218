print("never")
while True
    pass
