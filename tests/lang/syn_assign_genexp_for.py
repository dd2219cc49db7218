for (x for x in y) in z:
    pass
