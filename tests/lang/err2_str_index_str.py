"abc"["a"]
