# An error raised several method calls deep, through a generator and a comprehension.
class Parser:
    def __init__(self, lines):
        self.lines = lines
    def records(self):
        for line in self.lines:
            yield self.parse(line)
    def parse(self, line):
        key, value = line.split("=")
        return key, self.convert(value)
    def convert(self, value):
        return int(value)
p = Parser(["a=1", "b=2", "c=three"])
for rec in p.records():
    print(rec)
