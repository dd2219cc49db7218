[].append[0]
