obj.m(x=1, x=1)
