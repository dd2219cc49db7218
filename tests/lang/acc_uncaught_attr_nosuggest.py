class P:
    pass
P().completely_different_name
