class OutOfStock(Exception):
    pass
class Item:
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return "Item(%r, %.2f, %d)" % (self.name, self.price, self.qty)
    def __lt__(self, other):
        return (self.value, self.name) < (other.value, other.name)
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, name, price, qty):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)
        self.log.append(("add", name, qty))
        return self
    def remove(self, name, qty):
        try:
            it = self.items[name]
        except KeyError:
            raise OutOfStock("no such item: " + name) from None
        if it.qty < qty:
            raise OutOfStock("only %d of %s" % (it.qty, name))
        it.qty -= qty
        self.log.append(("remove", name, qty))
        if it.qty == 0:
            del self.items[name]
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items.values()))
    def __contains__(self, name):
        return name in self.items
    def total(self):
        return sum(i.value for i in self.items.values())
inv = Inventory()
inv.add("apple", 0.5, 100).add("pear", 0.75, 40).add("melon", 3.0, 5).add("apple", 0.5, 20)
print(len(inv), "apple" in inv, "kiwi" in inv, "%.2f" % inv.total())
for it in inv:
    print("  ", it, "value=%.2f" % it.value)
for name, q in [("pear", 40), ("melon", 6), ("kiwi", 1), ("apple", 120), ("apple", 1)]:
    try:
        inv.remove(name, q)
        print("removed", q, name)
    except OutOfStock as e:
        print("OutOfStock:", e, "| cause:", e.__cause__, "| suppress:", e.__context__ is not None)
print(inv.log)
print(list(inv), inv.total(), max(inv, default=None), min([Item("a", 1, 1), Item("b", 1, 1)]))
summary = {}
for action, name, q in inv.log:
    summary.setdefault(action, {}).setdefault(name, 0)
    summary[action][name] += q
print(summary)
print(sorted(((a, sum(d.values())) for a, d in summary.items()), key=lambda t: -t[1]))
