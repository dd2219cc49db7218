x = f"{'a':d}"
