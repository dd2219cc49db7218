import sys
print(sys.stderr.write("abc\n"))
sys.exit(7)
