import sys
try:
    sys.exit(2)
except SystemExit as e:
    print("code", e.code)
    sys.exit(e.code + 1)
