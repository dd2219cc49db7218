len(obj=1)
