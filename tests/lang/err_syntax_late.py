# A syntax error at the end of a long valid file: nothing at all runs.
def helper(v):
    return v * 2
for i in range(10):
    print(helper(i))
class Thing:
    def method(self):
        return 1
print(Thing().method())
else:
    pass
