range(3)()
