x = (*None,)
