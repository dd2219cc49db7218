PUBLIC = "pub"
_HIDDEN = "hid"
def pub_fn():
    return "pub_fn"
