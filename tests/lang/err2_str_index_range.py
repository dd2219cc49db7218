"abc".index("c", 0, 2)
