import sys
print("a", "b", sep="-", file=sys.stderr)
print("x\n\n", file=sys.stderr)
sys.exit(5)
