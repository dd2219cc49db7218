with (a, b) as c, d as:
    pass
