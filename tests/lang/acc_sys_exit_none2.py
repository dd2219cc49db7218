import sys
try:
    print("in try")
    sys.exit(None)
finally:
    print("cleanup")
