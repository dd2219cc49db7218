# Inventory management: classes, dicts of objects, sorting with several keys, reports.
class Item:
    def __init__(self, sku, name, price, qty, tags=()):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = set(tags)
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return "Item(%r, qty=%d)" % (self.sku, self.qty)
class OutOfStock(Exception):
    pass
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))
    def remove(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < qty:
            raise OutOfStock("%s: want %d, have %d" % (sku, qty, item.qty))
        item.qty -= qty
        self.log.append(("remove", sku, qty))
        if item.qty == 0:
            del self.items[sku]
    def by_tag(self, tag):
        return sorted(i.sku for i in self.items.values() if tag in i.tags)
    def report(self):
        rows = sorted(self.items.values(), key=lambda i: (-i.value, i.sku))
        for i in rows:
            print("%-6s %-12s %3d x %7.2f = %9.2f" % (i.sku, i.name, i.qty, i.price, i.value))
        print("%-6s %-12s %3d %21.2f" % ("TOTAL", "", sum(i.qty for i in rows), sum(i.value for i in rows)))
inv = Inventory()
inv.add(Item("A100", "bolt", 0.25, 400, ["metal", "small"]))
inv.add(Item("B200", "hammer", 12.5, 10, ["tool"]))
inv.add(Item("C300", "nail", 0.05, 1000, ["metal", "small"]))
inv.add(Item("D400", "saw", 24.99, 3, ["tool", "sharp"]))
inv.add(Item("A100", "bolt", 0.25, 100))
inv.report()
for sku, qty in [("A100", 50), ("D400", 3), ("B200", 11), ("Z999", 1), ("C300", 1000)]:
    try:
        inv.remove(sku, qty)
        print("removed", qty, sku)
    except OutOfStock as e:
        print("OutOfStock:", e)
    except KeyError as e:
        print("unknown sku", e)
inv.report()
print(inv.by_tag("metal"), inv.by_tag("tool"), inv.by_tag("sharp"))
print(list(inv.items.values()))
summary = {}
for action, sku, qty in inv.log:
    summary[action] = summary.get(action, 0) + qty
print(summary, len(inv.log))
