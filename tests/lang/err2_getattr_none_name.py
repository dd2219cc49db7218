getattr(None, None)
