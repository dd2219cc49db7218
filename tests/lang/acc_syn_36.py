print("never")
from math import
