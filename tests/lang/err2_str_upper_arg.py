"abc".upper(1)
