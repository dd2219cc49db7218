# sys.exit(3): exit status 3, nothing on stderr.
import sys
print("working")
sys.exit(3)
print("not reached")
