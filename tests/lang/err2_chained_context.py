try:
    [][1]
except IndexError:
    int("q")
