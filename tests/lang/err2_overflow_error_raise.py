raise OverflowError("too big")
