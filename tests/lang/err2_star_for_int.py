for x in *[1], *5:
    pass
