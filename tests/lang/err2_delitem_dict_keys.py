k = {1: 2}.keys()
del k[0]
