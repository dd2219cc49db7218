x = is
