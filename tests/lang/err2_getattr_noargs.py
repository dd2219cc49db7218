getattr()
