s = "a"
s *= "a"
