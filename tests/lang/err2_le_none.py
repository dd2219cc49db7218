x = None <= None
