len(*5)
