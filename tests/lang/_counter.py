# Helper module: module-level mutable state shared by everyone who imports it.
count = 0
log = []


def bump(by=1):
    global count
    count += by
    log.append(by)
    return count


def reset():
    global count
    count = 0
    log.clear()
