import math as
