reversed([1])[0]
