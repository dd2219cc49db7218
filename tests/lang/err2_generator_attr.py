(x for x in []).x
