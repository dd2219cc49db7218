x = a not in
