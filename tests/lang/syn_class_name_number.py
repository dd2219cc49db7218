class 1A:
    pass
