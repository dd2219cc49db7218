round(1, bogus=1)
