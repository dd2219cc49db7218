try:
    print('[].pop(0)', '=>', repr(([].pop(0))))
except Exception as ex:
    print('[].pop(0)', '=> EXC', type(ex).__name__, ex)
try:
    print('[1].pop(5)', '=>', repr(([1].pop(5))))
except Exception as ex:
    print('[1].pop(5)', '=> EXC', type(ex).__name__, ex)
try:
    print('[].remove(1)', '=>', repr(([].remove(1))))
except Exception as ex:
    print('[].remove(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2].index(3)', '=>', repr(([1, 2].index(3))))
except Exception as ex:
    print('[1, 2].index(3)', '=> EXC', type(ex).__name__, ex)
try:
    print('(1,).index(2)', '=>', repr(((1,).index(2))))
except Exception as ex:
    print('(1,).index(2)', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc".index("d", 1)', '=>', repr(("abc".index("d", 1))))
except Exception as ex:
    print('"abc".index("d", 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc".rindex("d") if hasattr("", "rindex") else 0', '=>', repr(("abc".rindex("d") if hasattr("", "rindex") else 0)))
except Exception as ex:
    print('"abc".rindex("d") if hasattr("", "rindex") else 0', '=> EXC', type(ex).__name__, ex)
try:
    print('{}.pop(1)', '=>', repr(({}.pop(1))))
except Exception as ex:
    print('{}.pop(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('{1: 2}.pop(3)', '=>', repr(({1: 2}.pop(3))))
except Exception as ex:
    print('{1: 2}.pop(3)', '=> EXC', type(ex).__name__, ex)
try:
    print('{}["k"]', '=>', repr(({}["k"])))
except Exception as ex:
    print('{}["k"]', '=> EXC', type(ex).__name__, ex)
try:
    print('{"a": 1}[["list"]]', '=>', repr(({"a": 1}[["list"]])))
except Exception as ex:
    print('{"a": 1}[["list"]]', '=> EXC', type(ex).__name__, ex)
try:
    print('{(1, [2]): 3}', '=>', repr(({(1, [2]): 3})))
except Exception as ex:
    print('{(1, [2]): 3}', '=> EXC', type(ex).__name__, ex)
try:
    print('set().pop()', '=>', repr((set().pop())))
except Exception as ex:
    print('set().pop()', '=> EXC', type(ex).__name__, ex)
try:
    print('{1}.remove(2)', '=>', repr(({1}.remove(2))))
except Exception as ex:
    print('{1}.remove(2)', '=> EXC', type(ex).__name__, ex)
try:
    print('{1}.remove([1])', '=>', repr(({1}.remove([1]))))
except Exception as ex:
    print('{1}.remove([1])', '=> EXC', type(ex).__name__, ex)
try:
    print('[1] in {1: 2}', '=>', repr(([1] in {1: 2})))
except Exception as ex:
    print('[1] in {1: 2}', '=> EXC', type(ex).__name__, ex)
try:
    print('[1] in {1}', '=>', repr(([1] in {1})))
except Exception as ex:
    print('[1] in {1}', '=> EXC', type(ex).__name__, ex)
try:
    print('1 in [[1]]', '=>', repr((1 in [[1]])))
except Exception as ex:
    print('1 in [[1]]', '=> EXC', type(ex).__name__, ex)
try:
    print('"a" in ["a"]', '=>', repr(("a" in ["a"])))
except Exception as ex:
    print('"a" in ["a"]', '=> EXC', type(ex).__name__, ex)
try:
    print('"ab" in "cabd"', '=>', repr(("ab" in "cabd")))
except Exception as ex:
    print('"ab" in "cabd"', '=> EXC', type(ex).__name__, ex)
try:
    print('1 in "abc"', '=>', repr((1 in "abc")))
except Exception as ex:
    print('1 in "abc"', '=> EXC', type(ex).__name__, ex)
try:
    print('None in "abc"', '=>', repr((None in "abc")))
except Exception as ex:
    print('None in "abc"', '=> EXC', type(ex).__name__, ex)
try:
    print('"a" in {"a": 1}.values()', '=>', repr(("a" in {"a": 1}.values())))
except Exception as ex:
    print('"a" in {"a": 1}.values()', '=> EXC', type(ex).__name__, ex)
try:
    print('("a", 1) in {"a": 1}.items()', '=>', repr((("a", 1) in {"a": 1}.items())))
except Exception as ex:
    print('("a", 1) in {"a": 1}.items()', '=> EXC', type(ex).__name__, ex)
try:
    print('list({"a": 1}.items())[0]', '=>', repr((list({"a": 1}.items())[0])))
except Exception as ex:
    print('list({"a": 1}.items())[0]', '=> EXC', type(ex).__name__, ex)
try:
    print('dict(a=1) == {"a": 1}', '=>', repr((dict(a=1) == {"a": 1})))
except Exception as ex:
    print('dict(a=1) == {"a": 1}', '=> EXC', type(ex).__name__, ex)
try:
    print('{1: 2} == {1: 2.0}', '=>', repr(({1: 2} == {1: 2.0})))
except Exception as ex:
    print('{1: 2} == {1: 2.0}', '=> EXC', type(ex).__name__, ex)
try:
    print('{1: 2}.get(1.0)', '=>', repr(({1: 2}.get(1.0))))
except Exception as ex:
    print('{1: 2}.get(1.0)', '=> EXC', type(ex).__name__, ex)
try:
    print('{1: "a"}.setdefault(2)', '=>', repr(({1: "a"}.setdefault(2))))
except Exception as ex:
    print('{1: "a"}.setdefault(2)', '=> EXC', type(ex).__name__, ex)
try:
    print('{}.update(1)', '=>', repr(({}.update(1))))
except Exception as ex:
    print('{}.update(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('{}.update([(1, 2, 3)])', '=>', repr(({}.update([(1, 2, 3)]))))
except Exception as ex:
    print('{}.update([(1, 2, 3)])', '=> EXC', type(ex).__name__, ex)
try:
    print('dict([[1, 2], (3, 4), "ab"])', '=>', repr((dict([[1, 2], (3, 4), "ab"]))))
except Exception as ex:
    print('dict([[1, 2], (3, 4), "ab"])', '=> EXC', type(ex).__name__, ex)
try:
    print('dict(zip([1, 2], [3]))', '=>', repr((dict(zip([1, 2], [3])))))
except Exception as ex:
    print('dict(zip([1, 2], [3]))', '=> EXC', type(ex).__name__, ex)
try:
    print('dict.fromkeys([1, 2])', '=>', repr((dict.fromkeys([1, 2]))))
except Exception as ex:
    print('dict.fromkeys([1, 2])', '=> EXC', type(ex).__name__, ex)
try:
    print('dict({"a": 1}, a=2)', '=>', repr((dict({"a": 1}, a=2))))
except Exception as ex:
    print('dict({"a": 1}, a=2)', '=> EXC', type(ex).__name__, ex)
try:
    print('list({"b": 1, "a": 2})', '=>', repr((list({"b": 1, "a": 2}))))
except Exception as ex:
    print('list({"b": 1, "a": 2})', '=> EXC', type(ex).__name__, ex)
try:
    print('sorted({"b": 1, "a": 2}.values())', '=>', repr((sorted({"b": 1, "a": 2}.values()))))
except Exception as ex:
    print('sorted({"b": 1, "a": 2}.values())', '=> EXC', type(ex).__name__, ex)
try:
    print('{"x": 1}.copy() is {"x": 1}', '=>', repr(({"x": 1}.copy() is {"x": 1})))
except Exception as ex:
    print('{"x": 1}.copy() is {"x": 1}', '=> EXC', type(ex).__name__, ex)
try:
    print('set("aab") == {"a", "b"}', '=>', repr((set("aab") == {"a", "b"})))
except Exception as ex:
    print('set("aab") == {"a", "b"}', '=> EXC', type(ex).__name__, ex)
try:
    print('{1, 2} - {2, 3}', '=>', repr(({1, 2} - {2, 3})))
except Exception as ex:
    print('{1, 2} - {2, 3}', '=> EXC', type(ex).__name__, ex)
try:
    print('{1, 2} ^ {2, 3}', '=>', repr(({1, 2} ^ {2, 3})))
except Exception as ex:
    print('{1, 2} ^ {2, 3}', '=> EXC', type(ex).__name__, ex)
try:
    print('{1, 2}.union({3}, [4])', '=>', repr(({1, 2}.union({3}, [4]))))
except Exception as ex:
    print('{1, 2}.union({3}, [4])', '=> EXC', type(ex).__name__, ex)
try:
    print('{1, 2, 3}.difference({1}, {2})', '=>', repr(({1, 2, 3}.difference({1}, {2}))))
except Exception as ex:
    print('{1, 2, 3}.difference({1}, {2})', '=> EXC', type(ex).__name__, ex)
try:
    print('{1, 2, 3}.intersection([2, 3], (3,))', '=>', repr(({1, 2, 3}.intersection([2, 3], (3,)))))
except Exception as ex:
    print('{1, 2, 3}.intersection([2, 3], (3,))', '=> EXC', type(ex).__name__, ex)
try:
    print('{1}.issubset([1])', '=>', repr(({1}.issubset([1]))))
except Exception as ex:
    print('{1}.issubset([1])', '=> EXC', type(ex).__name__, ex)
try:
    print('{1, 2} | [3]', '=>', repr(({1, 2} | [3])))
except Exception as ex:
    print('{1, 2} | [3]', '=> EXC', type(ex).__name__, ex)
try:
    print('set([3, 2, 1]).pop()', '=>', repr((set([3, 2, 1]).pop())))
except Exception as ex:
    print('set([3, 2, 1]).pop()', '=> EXC', type(ex).__name__, ex)
try:
    print('len({1, 1.0, True})', '=>', repr((len({1, 1.0, True}))))
except Exception as ex:
    print('len({1, 1.0, True})', '=> EXC', type(ex).__name__, ex)
try:
    print('tuple([1, 2]) + (3,)', '=>', repr((tuple([1, 2]) + (3,))))
except Exception as ex:
    print('tuple([1, 2]) + (3,)', '=> EXC', type(ex).__name__, ex)
try:
    print('(1, 2) + [3]', '=>', repr(((1, 2) + [3])))
except Exception as ex:
    print('(1, 2) + [3]', '=> EXC', type(ex).__name__, ex)
try:
    print('(1,) * -5', '=>', repr(((1,) * -5)))
except Exception as ex:
    print('(1,) * -5', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2, 3][True]', '=>', repr(([1, 2, 3][True])))
except Exception as ex:
    print('[1, 2, 3][True]', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2, 3][-True]', '=>', repr(([1, 2, 3][-True])))
except Exception as ex:
    print('[1, 2, 3][-True]', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc"[1:-1:-1]', '=>', repr(("abc"[1:-1:-1])))
except Exception as ex:
    print('"abc"[1:-1:-1]', '=> EXC', type(ex).__name__, ex)
try:
    print('"abcdef"[-2:-5:-1]', '=>', repr(("abcdef"[-2:-5:-1])))
except Exception as ex:
    print('"abcdef"[-2:-5:-1]', '=> EXC', type(ex).__name__, ex)
try:
    print('[0, 1, 2, 3, 4][4:1:-2]', '=>', repr(([0, 1, 2, 3, 4][4:1:-2])))
except Exception as ex:
    print('[0, 1, 2, 3, 4][4:1:-2]', '=> EXC', type(ex).__name__, ex)
try:
    print('(0, 1, 2)[10:]', '=>', repr(((0, 1, 2)[10:])))
except Exception as ex:
    print('(0, 1, 2)[10:]', '=> EXC', type(ex).__name__, ex)
try:
    print('"hello"[::-2]', '=>', repr(("hello"[::-2])))
except Exception as ex:
    print('"hello"[::-2]', '=> EXC', type(ex).__name__, ex)
try:
    print('"hello"[:-10:-1]', '=>', repr(("hello"[:-10:-1])))
except Exception as ex:
    print('"hello"[:-10:-1]', '=> EXC', type(ex).__name__, ex)
try:
    print('list("abc") * 2', '=>', repr((list("abc") * 2)))
except Exception as ex:
    print('list("abc") * 2', '=> EXC', type(ex).__name__, ex)
try:
    print('str([1, [2, "3"]])', '=>', repr((str([1, [2, "3"]]))))
except Exception as ex:
    print('str([1, [2, "3"]])', '=> EXC', type(ex).__name__, ex)
try:
    print('repr((1, "a", 2.0, None))', '=>', repr((repr((1, "a", 2.0, None)))))
except Exception as ex:
    print('repr((1, "a", 2.0, None))', '=> EXC', type(ex).__name__, ex)
try:
    print('str((1,))', '=>', repr((str((1,)))))
except Exception as ex:
    print('str((1,))', '=> EXC', type(ex).__name__, ex)
try:
    print('repr(("a",))', '=>', repr((repr(("a",)))))
except Exception as ex:
    print('repr(("a",))', '=> EXC', type(ex).__name__, ex)
try:
    print('str({1: {2: {3: [4]}}})', '=>', repr((str({1: {2: {3: [4]}}}))))
except Exception as ex:
    print('str({1: {2: {3: [4]}}})', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2, 3].count(4)', '=>', repr(([1, 2, 3].count(4))))
except Exception as ex:
    print('[1, 2, 3].count(4)', '=> EXC', type(ex).__name__, ex)
try:
    print('[[1], [1]].count([1])', '=>', repr(([[1], [1]].count([1]))))
except Exception as ex:
    print('[[1], [1]].count([1])', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 1.0, True].count(1)', '=>', repr(([1, 1.0, True].count(1))))
except Exception as ex:
    print('[1, 1.0, True].count(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('[3, 1, 2].reverse()', '=>', repr(([3, 1, 2].reverse())))
except Exception as ex:
    print('[3, 1, 2].reverse()', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2, 3].copy()', '=>', repr(([1, 2, 3].copy())))
except Exception as ex:
    print('[1, 2, 3].copy()', '=> EXC', type(ex).__name__, ex)
try:
    print('[].clear()', '=>', repr(([].clear())))
except Exception as ex:
    print('[].clear()', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2, 3].insert(-10, 0)', '=>', repr(([1, 2, 3].insert(-10, 0))))
except Exception as ex:
    print('[1, 2, 3].insert(-10, 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2].extend(range(3))', '=>', repr(([1, 2].extend(range(3)))))
except Exception as ex:
    print('[1, 2].extend(range(3))', '=> EXC', type(ex).__name__, ex)
try:
    print('"a".__class__.__name__', '=>', repr(("a".__class__.__name__)))
except Exception as ex:
    print('"a".__class__.__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('(1).__class__.__name__', '=>', repr(((1).__class__.__name__)))
except Exception as ex:
    print('(1).__class__.__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('type(type(1)).__name__', '=>', repr((type(type(1)).__name__)))
except Exception as ex:
    print('type(type(1)).__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('type(None)', '=>', repr((type(None))))
except Exception as ex:
    print('type(None)', '=> EXC', type(ex).__name__, ex)
try:
    print('type(1)', '=>', repr((type(1))))
except Exception as ex:
    print('type(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('type("")', '=>', repr((type(""))))
except Exception as ex:
    print('type("")', '=> EXC', type(ex).__name__, ex)
try:
    print('type([])', '=>', repr((type([]))))
except Exception as ex:
    print('type([])', '=> EXC', type(ex).__name__, ex)
try:
    print('type({})', '=>', repr((type({}))))
except Exception as ex:
    print('type({})', '=> EXC', type(ex).__name__, ex)
try:
    print('type(3.0)', '=>', repr((type(3.0))))
except Exception as ex:
    print('type(3.0)', '=> EXC', type(ex).__name__, ex)
try:
    print('type(True)', '=>', repr((type(True))))
except Exception as ex:
    print('type(True)', '=> EXC', type(ex).__name__, ex)
try:
    print('type(print)', '=>', repr((type(print))))
except Exception as ex:
    print('type(print)', '=> EXC', type(ex).__name__, ex)
try:
    print('type(len)', '=>', repr((type(len))))
except Exception as ex:
    print('type(len)', '=> EXC', type(ex).__name__, ex)
try:
    print('type(range(1))', '=>', repr((type(range(1)))))
except Exception as ex:
    print('type(range(1))', '=> EXC', type(ex).__name__, ex)
try:
    print('type(int)', '=>', repr((type(int))))
except Exception as ex:
    print('type(int)', '=> EXC', type(ex).__name__, ex)
try:
    print('int', '=>', repr((int)))
except Exception as ex:
    print('int', '=> EXC', type(ex).__name__, ex)
try:
    print('str', '=>', repr((str)))
except Exception as ex:
    print('str', '=> EXC', type(ex).__name__, ex)
try:
    print('ValueError', '=>', repr((ValueError)))
except Exception as ex:
    print('ValueError', '=> EXC', type(ex).__name__, ex)
try:
    print('ValueError("x")', '=>', repr((ValueError("x"))))
except Exception as ex:
    print('ValueError("x")', '=> EXC', type(ex).__name__, ex)
try:
    print('KeyError("x")', '=>', repr((KeyError("x"))))
except Exception as ex:
    print('KeyError("x")', '=> EXC', type(ex).__name__, ex)
try:
    print('KeyError(1)', '=>', repr((KeyError(1))))
except Exception as ex:
    print('KeyError(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('Exception("a", 2)', '=>', repr((Exception("a", 2))))
except Exception as ex:
    print('Exception("a", 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('BaseException()', '=>', repr((BaseException())))
except Exception as ex:
    print('BaseException()', '=> EXC', type(ex).__name__, ex)
try:
    print('StopIteration(5).value', '=>', repr((StopIteration(5).value)))
except Exception as ex:
    print('StopIteration(5).value', '=> EXC', type(ex).__name__, ex)
try:
    print('SystemExit(3).code', '=>', repr((SystemExit(3).code)))
except Exception as ex:
    print('SystemExit(3).code', '=> EXC', type(ex).__name__, ex)
try:
    print('SystemExit().code', '=>', repr((SystemExit().code)))
except Exception as ex:
    print('SystemExit().code', '=> EXC', type(ex).__name__, ex)
try:
    print('SystemExit("m").code', '=>', repr((SystemExit("m").code)))
except Exception as ex:
    print('SystemExit("m").code', '=> EXC', type(ex).__name__, ex)
try:
    print('SystemExit(1, 2).code', '=>', repr((SystemExit(1, 2).code)))
except Exception as ex:
    print('SystemExit(1, 2).code', '=> EXC', type(ex).__name__, ex)
try:
    print('ValueError("a").args', '=>', repr((ValueError("a").args)))
except Exception as ex:
    print('ValueError("a").args', '=> EXC', type(ex).__name__, ex)
try:
    print('isinstance(ValueError(), Exception)', '=>', repr((isinstance(ValueError(), Exception))))
except Exception as ex:
    print('isinstance(ValueError(), Exception)', '=> EXC', type(ex).__name__, ex)
try:
    print('issubclass(KeyError, (ValueError, LookupError))', '=>', repr((issubclass(KeyError, (ValueError, LookupError)))))
except Exception as ex:
    print('issubclass(KeyError, (ValueError, LookupError))', '=> EXC', type(ex).__name__, ex)
try:
    print('isinstance(1, (str, (float, int)))', '=>', repr((isinstance(1, (str, (float, int))))))
except Exception as ex:
    print('isinstance(1, (str, (float, int)))', '=> EXC', type(ex).__name__, ex)
try:
    print('isinstance([], list) and not isinstance([], tuple)', '=>', repr((isinstance([], list) and not isinstance([], tuple))))
except Exception as ex:
    print('isinstance([], list) and not isinstance([], tuple)', '=> EXC', type(ex).__name__, ex)
try:
    print('isinstance(int, type)', '=>', repr((isinstance(int, type))))
except Exception as ex:
    print('isinstance(int, type)', '=> EXC', type(ex).__name__, ex)
try:
    print('isinstance(None, type(None))', '=>', repr((isinstance(None, type(None)))))
except Exception as ex:
    print('isinstance(None, type(None))', '=> EXC', type(ex).__name__, ex)
try:
    print('issubclass(int, int)', '=>', repr((issubclass(int, int))))
except Exception as ex:
    print('issubclass(int, int)', '=> EXC', type(ex).__name__, ex)
try:
    print('issubclass(bool, (int,))', '=>', repr((issubclass(bool, (int,)))))
except Exception as ex:
    print('issubclass(bool, (int,))', '=> EXC', type(ex).__name__, ex)
try:
    print('issubclass(1, int)', '=>', repr((issubclass(1, int))))
except Exception as ex:
    print('issubclass(1, int)', '=> EXC', type(ex).__name__, ex)
try:
    print('isinstance(1, [int])', '=>', repr((isinstance(1, [int]))))
except Exception as ex:
    print('isinstance(1, [int])', '=> EXC', type(ex).__name__, ex)
try:
    print('iter([1, 2]).__next__()', '=>', repr((iter([1, 2]).__next__())))
except Exception as ex:
    print('iter([1, 2]).__next__()', '=> EXC', type(ex).__name__, ex)
try:
    print('next(iter("ab"))', '=>', repr((next(iter("ab")))))
except Exception as ex:
    print('next(iter("ab"))', '=> EXC', type(ex).__name__, ex)
try:
    print('next(reversed([1, 2]))', '=>', repr((next(reversed([1, 2])))))
except Exception as ex:
    print('next(reversed([1, 2]))', '=> EXC', type(ex).__name__, ex)
try:
    print('next(enumerate("a"))', '=>', repr((next(enumerate("a")))))
except Exception as ex:
    print('next(enumerate("a"))', '=> EXC', type(ex).__name__, ex)
try:
    print('next(zip("a", "b"))', '=>', repr((next(zip("a", "b")))))
except Exception as ex:
    print('next(zip("a", "b"))', '=> EXC', type(ex).__name__, ex)
try:
    print('list(enumerate(range(3), start=10))', '=>', repr((list(enumerate(range(3), start=10)))))
except Exception as ex:
    print('list(enumerate(range(3), start=10))', '=> EXC', type(ex).__name__, ex)
try:
    print('list(zip("abc", range(10), [0.5, 1.5]))', '=>', repr((list(zip("abc", range(10), [0.5, 1.5])))))
except Exception as ex:
    print('list(zip("abc", range(10), [0.5, 1.5]))', '=> EXC', type(ex).__name__, ex)
try:
    print('list(filter(lambda x: x > 1, {3: 0, 1: 0, 2: 0}))', '=>', repr((list(filter(lambda x: x > 1, {3: 0, 1: 0, 2: 0})))))
except Exception as ex:
    print('list(filter(lambda x: x > 1, {3: 0, 1: 0, 2: 0}))', '=> EXC', type(ex).__name__, ex)
try:
    print('list(map(pow, [2, 3], [3, 2]))', '=>', repr((list(map(pow, [2, 3], [3, 2])))))
except Exception as ex:
    print('list(map(pow, [2, 3], [3, 2]))', '=> EXC', type(ex).__name__, ex)
try:
    print('list(map(str.upper, ["a"]))', '=>', repr((list(map(str.upper, ["a"])))))
except Exception as ex:
    print('list(map(str.upper, ["a"]))', '=> EXC', type(ex).__name__, ex)
try:
    print('sorted("bca", reverse=True)', '=>', repr((sorted("bca", reverse=True))))
except Exception as ex:
    print('sorted("bca", reverse=True)', '=> EXC', type(ex).__name__, ex)
try:
    print('sorted([(2, "a"), (1, "b")], key=lambda t: t[1], reverse=True)', '=>', repr((sorted([(2, "a"), (1, "b")], key=lambda t: t[1], reverse=True))))
except Exception as ex:
    print('sorted([(2, "a"), (1, "b")], key=lambda t: t[1], reverse=True)', '=> EXC', type(ex).__name__, ex)
try:
    print('"".join(sorted("hello"))', '=>', repr(("".join(sorted("hello")))))
except Exception as ex:
    print('"".join(sorted("hello"))', '=> EXC', type(ex).__name__, ex)
try:
    print('",".join(str(i) for i in range(5))', '=>', repr((",".join(str(i) for i in range(5)))))
except Exception as ex:
    print('",".join(str(i) for i in range(5))', '=> EXC', type(ex).__name__, ex)
try:
    print('" ".join(["a", "b"]).split(" ")', '=>', repr((" ".join(["a", "b"]).split(" "))))
except Exception as ex:
    print('" ".join(["a", "b"]).split(" ")', '=> EXC', type(ex).__name__, ex)
try:
    print('"a-b_c d".replace("-", " ").replace("_", " ").split()', '=>', repr(("a-b_c d".replace("-", " ").replace("_", " ").split())))
except Exception as ex:
    print('"a-b_c d".replace("-", " ").replace("_", " ").split()', '=> EXC', type(ex).__name__, ex)
try:
    print('"CamelCaseString".lower()', '=>', repr(("CamelCaseString".lower())))
except Exception as ex:
    print('"CamelCaseString".lower()', '=> EXC', type(ex).__name__, ex)
try:
    print('"x=1;y=2".split(";")', '=>', repr(("x=1;y=2".split(";"))))
except Exception as ex:
    print('"x=1;y=2".split(";")', '=> EXC', type(ex).__name__, ex)
try:
    print('dict(kv.split("=") for kv in "x=1;y=2".split(";"))', '=>', repr((dict(kv.split("=") for kv in "x=1;y=2".split(";")))))
except Exception as ex:
    print('dict(kv.split("=") for kv in "x=1;y=2".split(";"))', '=> EXC', type(ex).__name__, ex)
try:
    print('[int(c) for c in "123"]', '=>', repr(([int(c) for c in "123"])))
except Exception as ex:
    print('[int(c) for c in "123"]', '=> EXC', type(ex).__name__, ex)
try:
    print('list(map(int, "1 2 3".split()))', '=>', repr((list(map(int, "1 2 3".split())))))
except Exception as ex:
    print('list(map(int, "1 2 3".split()))', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc".upper().center(9, "*")', '=>', repr(("abc".upper().center(9, "*"))))
except Exception as ex:
    print('"abc".upper().center(9, "*")', '=> EXC', type(ex).__name__, ex)
try:
    print('"%-10s|" % "hi"', '=>', repr(("%-10s|" % "hi")))
except Exception as ex:
    print('"%-10s|" % "hi"', '=> EXC', type(ex).__name__, ex)
try:
    print('"%+.3d" % 5', '=>', repr(("%+.3d" % 5)))
except Exception as ex:
    print('"%+.3d" % 5', '=> EXC', type(ex).__name__, ex)
try:
    print('"%05.1f" % -2.25', '=>', repr(("%05.1f" % -2.25)))
except Exception as ex:
    print('"%05.1f" % -2.25', '=> EXC', type(ex).__name__, ex)
try:
    print('"%s" % ()', '=>', repr(("%s" % ())))
except Exception as ex:
    print('"%s" % ()', '=> EXC', type(ex).__name__, ex)
try:
    print('"%s" % ((),)', '=>', repr(("%s" % ((),))))
except Exception as ex:
    print('"%s" % ((),)', '=> EXC', type(ex).__name__, ex)
try:
    print('"%(a)s" % {"a": 1, "b": 2}', '=>', repr(("%(a)s" % {"a": 1, "b": 2})))
except Exception as ex:
    print('"%(a)s" % {"a": 1, "b": 2}', '=> EXC', type(ex).__name__, ex)
try:
    print('"%(a)s %s" % {"a": 1}', '=>', repr(("%(a)s %s" % {"a": 1})))
except Exception as ex:
    print('"%(a)s %s" % {"a": 1}', '=> EXC', type(ex).__name__, ex)
try:
    print('"%s %(a)s" % {"a": 1}', '=>', repr(("%s %(a)s" % {"a": 1})))
except Exception as ex:
    print('"%s %(a)s" % {"a": 1}', '=> EXC', type(ex).__name__, ex)
try:
    print('"%" % ()', '=>', repr(("%" % ())))
except Exception as ex:
    print('"%" % ()', '=> EXC', type(ex).__name__, ex)
try:
    print('"%d" % 3.7', '=>', repr(("%d" % 3.7)))
except Exception as ex:
    print('"%d" % 3.7', '=> EXC', type(ex).__name__, ex)
try:
    print('"%s" % 3.7', '=>', repr(("%s" % 3.7)))
except Exception as ex:
    print('"%s" % 3.7', '=> EXC', type(ex).__name__, ex)
try:
    print('"%i" % -0.5', '=>', repr(("%i" % -0.5)))
except Exception as ex:
    print('"%i" % -0.5', '=> EXC', type(ex).__name__, ex)
try:
    print('"%e" % 1e-300', '=>', repr(("%e" % 1e-300)))
except Exception as ex:
    print('"%e" % 1e-300', '=> EXC', type(ex).__name__, ex)
try:
    print('"%g" % 1e-300', '=>', repr(("%g" % 1e-300)))
except Exception as ex:
    print('"%g" % 1e-300', '=> EXC', type(ex).__name__, ex)
try:
    print('"%g" % 123456789', '=>', repr(("%g" % 123456789)))
except Exception as ex:
    print('"%g" % 123456789', '=> EXC', type(ex).__name__, ex)
try:
    print('"%.15g" % 0.1', '=>', repr(("%.15g" % 0.1)))
except Exception as ex:
    print('"%.15g" % 0.1', '=> EXC', type(ex).__name__, ex)
try:
    print('"%.0e" % 5', '=>', repr(("%.0e" % 5)))
except Exception as ex:
    print('"%.0e" % 5', '=> EXC', type(ex).__name__, ex)
try:
    print('"%#.0f" % 5', '=>', repr(("%#.0f" % 5)))
except Exception as ex:
    print('"%#.0f" % 5', '=> EXC', type(ex).__name__, ex)
try:
    print('"%10.4s|" % "abcdefg"', '=>', repr(("%10.4s|" % "abcdefg")))
except Exception as ex:
    print('"%10.4s|" % "abcdefg"', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.0f}".format(0.5)', '=>', repr(("{:.0f}".format(0.5))))
except Exception as ex:
    print('"{:.0f}".format(0.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.1f}".format(0.05)', '=>', repr(("{:.1f}".format(0.05))))
except Exception as ex:
    print('"{:.1f}".format(0.05)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.1f}".format(0.15)', '=>', repr(("{:.1f}".format(0.15))))
except Exception as ex:
    print('"{:.1f}".format(0.15)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.1f}".format(0.25)', '=>', repr(("{:.1f}".format(0.25))))
except Exception as ex:
    print('"{:.1f}".format(0.25)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.2f}".format(1.005)', '=>', repr(("{:.2f}".format(1.005))))
except Exception as ex:
    print('"{:.2f}".format(1.005)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.3f}".format(2.0005)', '=>', repr(("{:.3f}".format(2.0005))))
except Exception as ex:
    print('"{:.3f}".format(2.0005)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:10.2%}".format(0.5)', '=>', repr(("{:10.2%}".format(0.5))))
except Exception as ex:
    print('"{:10.2%}".format(0.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:e}".format(1)', '=>', repr(("{:e}".format(1))))
except Exception as ex:
    print('"{:e}".format(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:g}".format(1e15)', '=>', repr(("{:g}".format(1e15))))
except Exception as ex:
    print('"{:g}".format(1e15)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:g}".format(1e16)', '=>', repr(("{:g}".format(1e16))))
except Exception as ex:
    print('"{:g}".format(1e16)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:g}".format(123456.5)', '=>', repr(("{:g}".format(123456.5))))
except Exception as ex:
    print('"{:g}".format(123456.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:g}".format(1234567)', '=>', repr(("{:g}".format(1234567))))
except Exception as ex:
    print('"{:g}".format(1234567)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.2g}".format(0.000999)', '=>', repr(("{:.2g}".format(0.000999))))
except Exception as ex:
    print('"{:.2g}".format(0.000999)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.3g}".format(999.5)', '=>', repr(("{:.3g}".format(999.5))))
except Exception as ex:
    print('"{:.3g}".format(999.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:,.3f}".format(1234567.0005)', '=>', repr(("{:,.3f}".format(1234567.0005))))
except Exception as ex:
    print('"{:,.3f}".format(1234567.0005)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:_}".format(1234567.125)', '=>', repr(("{:_}".format(1234567.125))))
except Exception as ex:
    print('"{:_}".format(1234567.125)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:>+10.3e}".format(-0.0)', '=>', repr(("{:>+10.3e}".format(-0.0))))
except Exception as ex:
    print('"{:>+10.3e}".format(-0.0)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:x}".format(True)', '=>', repr(("{:x}".format(True))))
except Exception as ex:
    print('"{:x}".format(True)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{0!s:^7}".format(None)', '=>', repr(("{0!s:^7}".format(None))))
except Exception as ex:
    print('"{0!s:^7}".format(None)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:d}".format(10**18)', '=>', repr(("{:d}".format(10**18))))
except Exception as ex:
    print('"{:d}".format(10**18)', '=> EXC', type(ex).__name__, ex)
