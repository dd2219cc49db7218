repr(bogus=1)
