try:
    pass
except for:
    pass
