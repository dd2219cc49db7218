setattr(None, "a", 1)
