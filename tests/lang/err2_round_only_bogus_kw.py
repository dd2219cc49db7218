round(bogus=1)
