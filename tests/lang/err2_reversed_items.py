reversed({1: 2}.items())
