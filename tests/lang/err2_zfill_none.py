"a".zfill(None)
