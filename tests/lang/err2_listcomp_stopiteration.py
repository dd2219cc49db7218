x = [next(iter([])) for _ in range(1)]
