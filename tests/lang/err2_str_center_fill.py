"abc".center(10, "ab")
