# Producers create short-lived objects (tuples, lists, dicts, instances,
# f-strings) and hand them to consumers, half through a queue.Queue and half
# through a shared list used as a mailbox (append, then a token on the
# queue; the consumer that takes the token pops one item from the mailbox).
# Consumers check each object's contents and drop it. Everything produced
# is consumed exactly once, and the mailbox ends empty.
import queue
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
per_producer = 3000
producers = max(1, threads // 2)
consumers = max(1, threads - producers)
q = queue.Queue()
mailbox = []
MAIL = "mail"
results = [None] * consumers
errors = []


class Msg:
    def __init__(self, pid, i):
        self.pid = pid
        self.i = i
        self.tag = f"m{pid}/{i}"

    def key(self):
        return (self.pid, self.i)


def make(pid, i):
    kind = i % 5
    if kind == 0:
        return (pid, i, f"t{pid}-{i}")
    if kind == 1:
        return [pid, i, pid * 100000 + i]
    if kind == 2:
        return {"pid": pid, "i": i, "s": f"{pid}:{i:05d}"}
    if kind == 3:
        return Msg(pid, i)
    return f"s{pid}.{i}"


def unpack(obj):
    # Returns (pid, i) after checking the object is whole; None if not.
    if type(obj) is tuple:
        if len(obj) == 3 and obj[2] == f"t{obj[0]}-{obj[1]}" and obj[1] % 5 == 0:
            return (obj[0], obj[1])
    elif type(obj) is list:
        if len(obj) == 3 and obj[2] == obj[0] * 100000 + obj[1] and obj[1] % 5 == 1:
            return (obj[0], obj[1])
    elif type(obj) is dict:
        if len(obj) == 3 and obj["s"] == f"{obj['pid']}:{obj['i']:05d}" and obj["i"] % 5 == 2:
            return (obj["pid"], obj["i"])
    elif isinstance(obj, Msg):
        if obj.tag == f"m{obj.pid}/{obj.i}" and obj.i % 5 == 3:
            return obj.key()
    elif type(obj) is str and obj.startswith("s"):
        parts = obj[1:].split(".")
        if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
            pid = int(parts[0])
            i = int(parts[1])
            if i % 5 == 4:
                return (pid, i)
    return None


def produce(pid):
    for i in range(per_producer):
        obj = make(pid, i)
        if i % 2 == 0:
            q.put(obj)
        else:
            mailbox.append(obj)
            q.put(MAIL)
        obj = None


def consume(c):
    seen = set()
    via_mail = 0
    while True:
        item = q.get()
        if item is None:
            break
        if type(item) is str and item == MAIL:
            # at least one item is in the mailbox for every token taken
            try:
                item = mailbox.pop(0) if len(seen) % 2 else mailbox.pop()
            except IndexError:
                errors.append(("empty mailbox", c))
                continue
            via_mail += 1
        key = unpack(item)
        if key is None:
            errors.append(("bad object", repr(item)))
            continue
        pid, i = key
        if not (0 <= pid < producers and 0 <= i < per_producer):
            errors.append(("bad key", key))
        elif key in seen:
            errors.append(("twice", key))
        seen.add(key)
        item = None
    results[c] = (seen, via_mail)


cs = [threading.Thread(target=consume, args=(c,)) for c in range(consumers)]
ps = [threading.Thread(target=produce, args=(p,)) for p in range(producers)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    q.put(None)
for t in cs:
    t.join()

assert not errors, errors[:5]
assert not mailbox, len(mailbox)
assert q.empty()
everything = set()
total = 0
mail = 0
for seen, via_mail in results:
    total += len(seen)
    mail += via_mail
    everything |= seen
assert total == producers * per_producer, (total, producers * per_producer)
assert len(everything) == total, "an object was consumed twice"
assert mail == producers * per_producer // 2, mail
for pid in range(producers):
    assert sum(1 for (p, _) in everything if p == pid) == per_producer, pid
print("ok", total)
