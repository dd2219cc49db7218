import sys
print(sys.argv, len(sys.argv), sys.argv[0])
print(__name__)
