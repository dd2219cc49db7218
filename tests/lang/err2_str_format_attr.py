"{0.foo}".format(1)
