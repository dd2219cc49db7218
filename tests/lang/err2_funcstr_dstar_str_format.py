"{x}".format(**5)
