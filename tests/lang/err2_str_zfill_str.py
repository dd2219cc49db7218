"abc".zfill("5")
