min("abc", key=int)
