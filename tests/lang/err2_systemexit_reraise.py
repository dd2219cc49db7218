try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code, e.args)
    raise
