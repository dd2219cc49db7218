try:
    print('"a b c".split(maxsplit=1)', '=>', repr(("a b c".split(maxsplit=1))))
except Exception as ex:
    print('"a b c".split(maxsplit=1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"a,b".split(sep=",")', '=>', repr(("a,b".split(sep=","))))
except Exception as ex:
    print('"a,b".split(sep=",")', '=> EXC', type(ex).__name__, ex)
try:
    print('"a,b,c".rsplit(sep=",", maxsplit=1)', '=>', repr(("a,b,c".rsplit(sep=",", maxsplit=1))))
except Exception as ex:
    print('"a,b,c".rsplit(sep=",", maxsplit=1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"a b".split(None, maxsplit=0)', '=>', repr(("a b".split(None, maxsplit=0))))
except Exception as ex:
    print('"a b".split(None, maxsplit=0)', '=> EXC', type(ex).__name__, ex)
try:
    print('{}.get("k", default=1)', '=>', repr(({}.get("k", default=1))))
except Exception as ex:
    print('{}.get("k", default=1)', '=> EXC', type(ex).__name__, ex)
try:
    print('[1].pop(index=0)', '=>', repr(([1].pop(index=0))))
except Exception as ex:
    print('[1].pop(index=0)', '=> EXC', type(ex).__name__, ex)
try:
    print('int("11", base=2)', '=>', repr((int("11", base=2))))
except Exception as ex:
    print('int("11", base=2)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(2.567, ndigits=2)', '=>', repr((round(2.567, ndigits=2))))
except Exception as ex:
    print('round(2.567, ndigits=2)', '=> EXC', type(ex).__name__, ex)
try:
    print('list(enumerate(iterable="ab", start=1))', '=>', repr((list(enumerate(iterable="ab", start=1)))))
except Exception as ex:
    print('list(enumerate(iterable="ab", start=1))', '=> EXC', type(ex).__name__, ex)
try:
    print('list(enumerate("ab", start=5))', '=>', repr((list(enumerate("ab", start=5)))))
except Exception as ex:
    print('list(enumerate("ab", start=5))', '=> EXC', type(ex).__name__, ex)
try:
    print('range(stop=5)', '=>', repr((range(stop=5))))
except Exception as ex:
    print('range(stop=5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc".replace("a", "b", count=1)', '=>', repr(("abc".replace("a", "b", count=1))))
except Exception as ex:
    print('"abc".replace("a", "b", count=1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"".join(iterable=["a"])', '=>', repr(("".join(iterable=["a"]))))
except Exception as ex:
    print('"".join(iterable=["a"])', '=> EXC', type(ex).__name__, ex)
try:
    print('"ab".center(width=5)', '=>', repr(("ab".center(width=5))))
except Exception as ex:
    print('"ab".center(width=5)', '=> EXC', type(ex).__name__, ex)
try:
    print('sorted([2, 1], key=None)', '=>', repr((sorted([2, 1], key=None))))
except Exception as ex:
    print('sorted([2, 1], key=None)', '=> EXC', type(ex).__name__, ex)
try:
    print('max([1, 2], key=None)', '=>', repr((max([1, 2], key=None))))
except Exception as ex:
    print('max([1, 2], key=None)', '=> EXC', type(ex).__name__, ex)
try:
    print('min(1, 2, key=lambda x: -x)', '=>', repr((min(1, 2, key=lambda x: -x))))
except Exception as ex:
    print('min(1, 2, key=lambda x: -x)', '=> EXC', type(ex).__name__, ex)
try:
    print('sum([1, 2], start=10)', '=>', repr((sum([1, 2], start=10))))
except Exception as ex:
    print('sum([1, 2], start=10)', '=> EXC', type(ex).__name__, ex)
try:
    print('divmod(a=1, b=2)', '=>', repr((divmod(a=1, b=2))))
except Exception as ex:
    print('divmod(a=1, b=2)', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc".startswith(prefix="a")', '=>', repr(("abc".startswith(prefix="a"))))
except Exception as ex:
    print('"abc".startswith(prefix="a")', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc".find(sub="b")', '=>', repr(("abc".find(sub="b"))))
except Exception as ex:
    print('"abc".find(sub="b")', '=> EXC', type(ex).__name__, ex)
try:
    print('"x".zfill(width=3)', '=>', repr(("x".zfill(width=3))))
except Exception as ex:
    print('"x".zfill(width=3)', '=> EXC', type(ex).__name__, ex)
try:
    print('"x".ljust(3, fillchar="*")', '=>', repr(("x".ljust(3, fillchar="*"))))
except Exception as ex:
    print('"x".ljust(3, fillchar="*")', '=> EXC', type(ex).__name__, ex)
try:
    print('[3, 1].sort(reverse=True)', '=>', repr(([3, 1].sort(reverse=True))))
except Exception as ex:
    print('[3, 1].sort(reverse=True)', '=> EXC', type(ex).__name__, ex)
try:
    print('isinstance(obj=1, class_or_tuple=int)', '=>', repr((isinstance(obj=1, class_or_tuple=int))))
except Exception as ex:
    print('isinstance(obj=1, class_or_tuple=int)', '=> EXC', type(ex).__name__, ex)
try:
    print('print("a", end="", sep="", flush=False) or "printed"', '=>', repr((print("a", end="", sep="", flush=False) or "printed")))
except Exception as ex:
    print('print("a", end="", sep="", flush=False) or "printed"', '=> EXC', type(ex).__name__, ex)
try:
    print('dict(a=1, **{"b": 2})', '=>', repr((dict(a=1, **{"b": 2}))))
except Exception as ex:
    print('dict(a=1, **{"b": 2})', '=> EXC', type(ex).__name__, ex)
try:
    print('dict(self=1)', '=>', repr((dict(self=1))))
except Exception as ex:
    print('dict(self=1)', '=> EXC', type(ex).__name__, ex)
try:
    print('set(iterable=[1])', '=>', repr((set(iterable=[1]))))
except Exception as ex:
    print('set(iterable=[1])', '=> EXC', type(ex).__name__, ex)
try:
    print('list(iterable=[1])', '=>', repr((list(iterable=[1]))))
except Exception as ex:
    print('list(iterable=[1])', '=> EXC', type(ex).__name__, ex)
try:
    print('tuple(iterable=[1])', '=>', repr((tuple(iterable=[1]))))
except Exception as ex:
    print('tuple(iterable=[1])', '=> EXC', type(ex).__name__, ex)
try:
    print('float(x="1.5")', '=>', repr((float(x="1.5"))))
except Exception as ex:
    print('float(x="1.5")', '=> EXC', type(ex).__name__, ex)
try:
    print('bool(x=1)', '=>', repr((bool(x=1))))
except Exception as ex:
    print('bool(x=1)', '=> EXC', type(ex).__name__, ex)
try:
    print('abs(x=-1)', '=>', repr((abs(x=-1))))
except Exception as ex:
    print('abs(x=-1)', '=> EXC', type(ex).__name__, ex)
try:
    print('len(obj=[1])', '=>', repr((len(obj=[1]))))
except Exception as ex:
    print('len(obj=[1])', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(obj=1)', '=>', repr((hash(obj=1))))
except Exception as ex:
    print('hash(obj=1)', '=> EXC', type(ex).__name__, ex)
try:
    print('chr(i=65)', '=>', repr((chr(i=65))))
except Exception as ex:
    print('chr(i=65)', '=> EXC', type(ex).__name__, ex)
try:
    print('ord(c="a")', '=>', repr((ord(c="a"))))
except Exception as ex:
    print('ord(c="a")', '=> EXC', type(ex).__name__, ex)
try:
    print('next(iterator=iter([1]))', '=>', repr((next(iterator=iter([1])))))
except Exception as ex:
    print('next(iterator=iter([1]))', '=> EXC', type(ex).__name__, ex)
try:
    print('iter(object=[1])', '=>', repr((iter(object=[1]))))
except Exception as ex:
    print('iter(object=[1])', '=> EXC', type(ex).__name__, ex)
try:
    print('getattr(1, "real", default=0)', '=>', repr((getattr(1, "real", default=0))))
except Exception as ex:
    print('getattr(1, "real", default=0)', '=> EXC', type(ex).__name__, ex)
try:
    print('hex(number=255)', '=>', repr((hex(number=255))))
except Exception as ex:
    print('hex(number=255)', '=> EXC', type(ex).__name__, ex)
try:
    print('any(iterable=[1])', '=>', repr((any(iterable=[1]))))
except Exception as ex:
    print('any(iterable=[1])', '=> EXC', type(ex).__name__, ex)
try:
    print('"{x}".format(x=1, y=2)', '=>', repr(("{x}".format(x=1, y=2))))
except Exception as ex:
    print('"{x}".format(x=1, y=2)', '=> EXC', type(ex).__name__, ex)
try:
    print('"a".split(",", 1, 2)', '=>', repr(("a".split(",", 1, 2))))
except Exception as ex:
    print('"a".split(",", 1, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('"a".strip(None)', '=>', repr(("a".strip(None))))
except Exception as ex:
    print('"a".strip(None)', '=> EXC', type(ex).__name__, ex)
try:
    print('"xax".strip("x", "y")', '=>', repr(("xax".strip("x", "y"))))
except Exception as ex:
    print('"xax".strip("x", "y")', '=> EXC', type(ex).__name__, ex)
try:
    print('"a".count("a", 0, 1, 2)', '=>', repr(("a".count("a", 0, 1, 2))))
except Exception as ex:
    print('"a".count("a", 0, 1, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2].index(1, 0, 2, 3)', '=>', repr(([1, 2].index(1, 0, 2, 3))))
except Exception as ex:
    print('[1, 2].index(1, 0, 2, 3)', '=> EXC', type(ex).__name__, ex)
try:
    print('[].insert(0)', '=>', repr(([].insert(0))))
except Exception as ex:
    print('[].insert(0)', '=> EXC', type(ex).__name__, ex)
try:
    print('[].append()', '=>', repr(([].append())))
except Exception as ex:
    print('[].append()', '=> EXC', type(ex).__name__, ex)
try:
    print('{}.pop()', '=>', repr(({}.pop())))
except Exception as ex:
    print('{}.pop()', '=> EXC', type(ex).__name__, ex)
try:
    print('{}.setdefault()', '=>', repr(({}.setdefault())))
except Exception as ex:
    print('{}.setdefault()', '=> EXC', type(ex).__name__, ex)
try:
    print('{}.update({}, {})', '=>', repr(({}.update({}, {}))))
except Exception as ex:
    print('{}.update({}, {})', '=> EXC', type(ex).__name__, ex)
try:
    print('set().add()', '=>', repr((set().add())))
except Exception as ex:
    print('set().add()', '=> EXC', type(ex).__name__, ex)
try:
    print('set().add(1, 2)', '=>', repr((set().add(1, 2))))
except Exception as ex:
    print('set().add(1, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('random_missing', '=>', repr((random_missing)))
except Exception as ex:
    print('random_missing', '=> EXC', type(ex).__name__, ex)
