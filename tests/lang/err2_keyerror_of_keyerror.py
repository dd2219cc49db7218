raise KeyError(KeyError("k"))
