"{!}".format(1)
