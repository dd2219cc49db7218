False += 1
