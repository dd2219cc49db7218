for a in zip(None):
    pass
