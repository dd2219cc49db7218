{}.keys()[0]
