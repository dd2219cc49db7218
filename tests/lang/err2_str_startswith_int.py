"abc".startswith(1)
