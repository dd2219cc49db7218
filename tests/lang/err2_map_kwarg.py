map(len, [], x=1)
