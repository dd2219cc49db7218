# Uncaught user exception raised without arguments.
class Stop(Exception):
    pass
print("raising")
raise Stop
