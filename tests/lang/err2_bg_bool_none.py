bool()
