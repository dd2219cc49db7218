divmod()
