divmod(5, 0.0)
