# finally with return/break/continue; return values overridden; loops.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally"
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("  body", i)
        finally:
            print("  cleanup", i)
    return "loop done"
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("f5 x set to", x)
print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
def f6():
    log = []
    try:
        try:
            log.append("a")
            raise KeyError("x")
        except KeyError:
            log.append("b")
            raise ValueError("from handler")
        finally:
            log.append("c")
    except ValueError as e:
        log.append("d:" + str(e))
    finally:
        log.append("e")
    return log
print(f6())
def f7(n):
    try:
        if n < 0:
            raise ValueError("negative")
        result = n * 2
    except ValueError:
        return "error"
    else:
        return "ok " + str(result)
    finally:
        print("  f7 finally", n)
print(f7(2), f7(-1))
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("while finally", count)
print("count", count)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print("gen value", v)
