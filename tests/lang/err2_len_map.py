len(map(str, []))
