for in range(10):
    pass
