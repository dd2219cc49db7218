print(int.__name__, type(1).__name__)
int.__name__ = "x"
