"abc".index("d", 1)
