min(bogus=1)
