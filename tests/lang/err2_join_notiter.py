",".join(5)
