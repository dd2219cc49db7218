assert False, None
