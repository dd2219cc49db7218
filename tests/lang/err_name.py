# Uncaught NameError: name '...' is not defined.
def compute():
    return 6 * 7
print(compute())
print(undefined_variable_qq)
