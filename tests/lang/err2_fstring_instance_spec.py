class A:
    pass
x = f"{A():>5}"
