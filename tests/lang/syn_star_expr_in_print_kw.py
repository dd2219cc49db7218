print(sep=*a)
