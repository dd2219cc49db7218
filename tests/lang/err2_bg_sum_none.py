sum()
