[].sort(reversed=True)
