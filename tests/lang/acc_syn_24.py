print("never")
if True:
    pass
  else:
    pass
