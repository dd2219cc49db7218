print("never")
try:
    pass
