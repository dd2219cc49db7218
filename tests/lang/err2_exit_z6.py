import sys
sys.exit(["a", 1])
