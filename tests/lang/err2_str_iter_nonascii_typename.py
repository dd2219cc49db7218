iter("é")[0]
