# Exactly three objects in reference cycles, which lockvm cannot free (no
# cycle collector): a list that holds itself, and an instance whose dict
# holds the instance. Run without the leak check; objects_live_after_teardown
# must be 3, which shows that the statistic counts what is left.
class Node:
    pass


lst = []
lst.append(lst)
n = Node()
n.me = n
print("ok")
