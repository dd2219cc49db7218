int(*5)
