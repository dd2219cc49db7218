raise AssertionError(1, 2)
