class ValueError(Exception):
    pass
raise ValueError("shadow")
