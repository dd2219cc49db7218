divmod(1, 2, 3)
