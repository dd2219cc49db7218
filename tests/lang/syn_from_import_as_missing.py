from math import sqrt as
