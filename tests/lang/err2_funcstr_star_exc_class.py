class E(Exception):
    pass
raise E(*5)
