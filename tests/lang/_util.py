# Helper module that itself imports another helper module.
import _counter
from _counter import bump as counter_bump

VERSION = (1, 2, 3)


def clamp(v, lo, hi):
    return lo if v < lo else hi if v > hi else v


def twice_bump():
    counter_bump()
    return _counter.bump()


def _private():
    return "private helper"
