raise ValueError from KeyError
