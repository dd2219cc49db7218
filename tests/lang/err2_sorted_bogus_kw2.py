sorted([1], bogus=1)
