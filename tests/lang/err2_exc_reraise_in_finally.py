try:
    raise ValueError("inner")
finally:
    print("finally")
