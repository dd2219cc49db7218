try:
    raise ValueError("first")
finally:
    print("finally before propagation")
