try:
    [].pop()
except IndexError:
    {}["k"]
