[].append(*5)
