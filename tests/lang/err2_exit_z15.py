import sys
sys.stdout.write(1)
