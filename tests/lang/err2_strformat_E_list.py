print("{:E}".format([]))
