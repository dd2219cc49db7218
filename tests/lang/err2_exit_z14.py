import sys
try:
    raise ValueError("x")
except ValueError:
    sys.exit("failed with error")
