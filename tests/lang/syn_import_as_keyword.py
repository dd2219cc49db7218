import math as class
