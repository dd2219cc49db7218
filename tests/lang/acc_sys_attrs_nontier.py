import sys
print(sys.maxsize, sys.byteorder)
print(sys.version_info[0], sys.version_info >= (3, 8), sys.version_info[:2] >= (3, 11))
print(sys.float_info.max, sys.float_info.epsilon)
