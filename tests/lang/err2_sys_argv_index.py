import sys
sys.argv[5]
