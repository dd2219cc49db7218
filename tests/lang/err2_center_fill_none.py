"a".center(5, None)
