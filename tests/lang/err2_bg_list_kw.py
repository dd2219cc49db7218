list(bogus=1)
