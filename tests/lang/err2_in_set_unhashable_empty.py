x = [] in set()
