# Raising an exception class with no arguments prints just the class name.
print("about to fail")
raise ValueError
