try:
    pass
except ValueError as True:
    pass
