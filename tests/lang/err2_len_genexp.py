len(g for g in [])
