# Subclassing Thread, an exception ending a thread, and daemon flags.
import threading


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


w = Worker(100)
w.start()
w.join()
print(w.name, w.result, w.is_alive())


def fail():
    raise ValueError("thread failed")


t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print("main continues", t.is_alive())
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.start()
d.join()
try:
    w.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.active_count())
