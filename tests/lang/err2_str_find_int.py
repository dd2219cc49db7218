"abc".find(1)
