id(bogus=1)
