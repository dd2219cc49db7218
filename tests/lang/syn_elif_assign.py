if x:
    pass
elif y = 3:
    pass
