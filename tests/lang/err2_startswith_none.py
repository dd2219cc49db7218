"a".startswith(None)
