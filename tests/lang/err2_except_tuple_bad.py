try:
    raise ValueError("x")
except (TypeError, 5):
    print("no")
