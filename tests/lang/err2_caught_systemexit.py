import sys
try:
    sys.exit("msg")
except SystemExit as e:
    print(repr(e), e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print(repr(e), e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(repr(e), e.code, e.args)
