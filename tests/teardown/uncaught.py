# Ends with an uncaught exception (status 1, a traceback on stderr): the
# exception, its traceback and the frames' globals must be freed too.
class Fail(Exception):
    pass


def deep(n):
    if n == 0:
        raise Fail("bottom")
    return deep(n - 1)


deep(5)
