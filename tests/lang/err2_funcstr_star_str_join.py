"a".join(*5)
