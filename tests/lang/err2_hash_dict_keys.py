hash({1: 2}.keys())
