filter(len)
