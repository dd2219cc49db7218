# Syntax error: invalid syntax (nothing runs, nothing printed).
print("this line is never printed")
x = = 1
