ValueError(*5)
