"a}b".format()
