# Threads with targets and args; results joined in a fixed order.
import threading

results = [0] * 4


def work(k, n):
    total = 0
    for i in range(n):
        total += i * k
    results[k] = total


threads = [threading.Thread(target=work, args=(k, 2000 + k)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print([t.is_alive() for t in threads])
print(threads[2].name, threading.current_thread().name)
