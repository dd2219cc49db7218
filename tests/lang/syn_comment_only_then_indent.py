x = 1
# comment
  # also comment
y = 2
print(x, y)
   z = 3
