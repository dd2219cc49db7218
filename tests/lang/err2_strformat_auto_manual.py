print("{}".format(1, 2))
"{} {1}".format(1, 2)
