reversed((x for x in []))
