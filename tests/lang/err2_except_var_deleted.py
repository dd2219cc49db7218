try:
    raise ValueError("x")
except ValueError as e:
    pass
print(e)
