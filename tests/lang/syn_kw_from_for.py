from for import x
