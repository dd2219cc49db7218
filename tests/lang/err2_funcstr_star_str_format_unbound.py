str.format(*5)
