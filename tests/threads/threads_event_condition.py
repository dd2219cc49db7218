# Event and Condition: waiters wake when the flag is set or notified.
import threading

ev = threading.Event()
out = []


def waiter(k):
    ev.wait()
    out.append(k)


ws = [threading.Thread(target=waiter, args=(k,)) for k in range(3)]
for w in ws:
    w.start()
print(ev.is_set())
ev.set()
for w in ws:
    w.join()
print(sorted(out), ev.is_set())

cond = threading.Condition()
items = []


def consume():
    with cond:
        while not items:
            cond.wait()
        print("consumed", items.pop())


c = threading.Thread(target=consume)
c.start()
with cond:
    items.append("x")
    cond.notify()
c.join()
print(ev.wait(0.01), threading.Event().wait(0.01))
