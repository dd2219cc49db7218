list.append(5, 1)
