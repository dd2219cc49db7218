class E(Exception):
    args = ("class attr",)
raise E("inst")
