x.False += 1
