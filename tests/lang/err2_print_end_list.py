print(end=[])
