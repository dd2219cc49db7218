with x as (a, 1):
    pass
