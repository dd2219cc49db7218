from math import sqrt as s
s(-4)
