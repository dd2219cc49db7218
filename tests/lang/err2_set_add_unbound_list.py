set.add(set(), [])
