"abc".strip(1)
