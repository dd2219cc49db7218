max(bogus=1)
