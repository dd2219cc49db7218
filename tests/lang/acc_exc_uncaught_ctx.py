try:
    {}["x"]
except KeyError:
    print("handling")
    int("abc")
