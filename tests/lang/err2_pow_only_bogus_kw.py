pow(bogus=1)
