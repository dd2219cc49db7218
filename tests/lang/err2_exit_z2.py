import sys
print("to err", file=sys.stderr)
raise SystemExit(3)
