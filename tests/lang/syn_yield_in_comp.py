x = [(yield i) for i in y]
