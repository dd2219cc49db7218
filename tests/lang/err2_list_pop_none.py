[1].pop(None)
