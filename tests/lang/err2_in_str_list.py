x = [1] in "abc"
