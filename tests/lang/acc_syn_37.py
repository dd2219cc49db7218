print("never")
from math import (sqrt
