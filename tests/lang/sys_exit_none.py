# sys.exit(None) exits with status 0; finally blocks run first.
import sys
try:
    print("in try")
    sys.exit(None)
finally:
    print("finally before exit")
print("not reached")
