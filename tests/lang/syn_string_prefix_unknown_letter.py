x = k"abc"
