try:
    print('"a\\u3000b c".split()', '=>', repr(("a\u3000b c".split())))
except Exception as ex:
    print('"a\\u3000b c".split()', '=> EXC', type(ex).__name__, ex)
try:
    print('"\\xa0x\\xa0".strip()', '=>', repr(("\xa0x\xa0".strip())))
except Exception as ex:
    print('"\\xa0x\\xa0".strip()', '=> EXC', type(ex).__name__, ex)
try:
    print('" \\t\\n x \\x0b\\x0c".strip()', '=>', repr((" \t\n x \x0b\x0c".strip())))
except Exception as ex:
    print('" \\t\\n x \\x0b\\x0c".strip()', '=> EXC', type(ex).__name__, ex)
try:
    print('"a b c".split(None, 0)', '=>', repr(("a b c".split(None, 0))))
except Exception as ex:
    print('"a b c".split(None, 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('"  a b c".split(None, 1)', '=>', repr(("  a b c".split(None, 1))))
except Exception as ex:
    print('"  a b c".split(None, 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"a,b".split(",", 0)', '=>', repr(("a,b".split(",", 0))))
except Exception as ex:
    print('"a,b".split(",", 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('"a,b,c".rsplit(",", 0)', '=>', repr(("a,b,c".rsplit(",", 0))))
except Exception as ex:
    print('"a,b,c".rsplit(",", 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc".replace("b", "x", 0)', '=>', repr(("abc".replace("b", "x", 0))))
except Exception as ex:
    print('"abc".replace("b", "x", 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc".replace("b", "x", -1)', '=>', repr(("abc".replace("b", "x", -1))))
except Exception as ex:
    print('"abc".replace("b", "x", -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"abcabc".find("c", 10)', '=>', repr(("abcabc".find("c", 10))))
except Exception as ex:
    print('"abcabc".find("c", 10)', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc".find("", 3)', '=>', repr(("abc".find("", 3))))
except Exception as ex:
    print('"abc".find("", 3)', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc".find("", 4)', '=>', repr(("abc".find("", 4))))
except Exception as ex:
    print('"abc".find("", 4)', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc".count("", 1)', '=>', repr(("abc".count("", 1))))
except Exception as ex:
    print('"abc".count("", 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"aaa".count("a", -2)', '=>', repr(("aaa".count("a", -2))))
except Exception as ex:
    print('"aaa".count("a", -2)', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2, 3, 2].index(2, -2)', '=>', repr(([1, 2, 3, 2].index(2, -2))))
except Exception as ex:
    print('[1, 2, 3, 2].index(2, -2)', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2, 3].index(3, 0, 2)', '=>', repr(([1, 2, 3].index(3, 0, 2))))
except Exception as ex:
    print('[1, 2, 3].index(3, 0, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('(1, 2, 1).index(1, 1)', '=>', repr(((1, 2, 1).index(1, 1))))
except Exception as ex:
    print('(1, 2, 1).index(1, 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('(1, 2, 1).count(1)', '=>', repr(((1, 2, 1).count(1))))
except Exception as ex:
    print('(1, 2, 1).count(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2] == (1, 2)', '=>', repr(([1, 2] == (1, 2))))
except Exception as ex:
    print('[1, 2] == (1, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('[1] * 0', '=>', repr(([1] * 0)))
except Exception as ex:
    print('[1] * 0', '=> EXC', type(ex).__name__, ex)
try:
    print('[[0] * 2] * 2', '=>', repr(([[0] * 2] * 2)))
except Exception as ex:
    print('[[0] * 2] * 2', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, [2]] < [1, [3]]', '=>', repr(([1, [2]] < [1, [3]])))
except Exception as ex:
    print('[1, [2]] < [1, [3]]', '=> EXC', type(ex).__name__, ex)
try:
    print('(1, 2) < (1, 2, 0)', '=>', repr(((1, 2) < (1, 2, 0))))
except Exception as ex:
    print('(1, 2) < (1, 2, 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('() < (0,)', '=>', repr((() < (0,))))
except Exception as ex:
    print('() < (0,)', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc" < "abcd"', '=>', repr(("abc" < "abcd")))
except Exception as ex:
    print('"abc" < "abcd"', '=> EXC', type(ex).__name__, ex)
try:
    print('[3, 2, 1].sort() is None', '=>', repr(([3, 2, 1].sort() is None)))
except Exception as ex:
    print('[3, 2, 1].sort() is None', '=> EXC', type(ex).__name__, ex)
try:
    print('sorted([3, 1, 2], key=lambda x: -x)', '=>', repr((sorted([3, 1, 2], key=lambda x: -x))))
except Exception as ex:
    print('sorted([3, 1, 2], key=lambda x: -x)', '=> EXC', type(ex).__name__, ex)
try:
    print('list(range(10, 0, -2)), len(range(10, 0, -2))', '=>', repr((list(range(10, 0, -2)), len(range(10, 0, -2)))))
except Exception as ex:
    print('list(range(10, 0, -2)), len(range(10, 0, -2))', '=> EXC', type(ex).__name__, ex)
try:
    print('range(0) == range(2, 2)', '=>', repr((range(0) == range(2, 2))))
except Exception as ex:
    print('range(0) == range(2, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('range(0, 3)[5]', '=>', repr((range(0, 3)[5])))
except Exception as ex:
    print('range(0, 3)[5]', '=> EXC', type(ex).__name__, ex)
try:
    print('range(1, 10, 3)[-1]', '=>', repr((range(1, 10, 3)[-1])))
except Exception as ex:
    print('range(1, 10, 3)[-1]', '=> EXC', type(ex).__name__, ex)
try:
    print('range(1, 10, 3).index(7)', '=>', repr((range(1, 10, 3).index(7))))
except Exception as ex:
    print('range(1, 10, 3).index(7)', '=> EXC', type(ex).__name__, ex)
try:
    print('list(range(5))[::-2]', '=>', repr((list(range(5))[::-2])))
except Exception as ex:
    print('list(range(5))[::-2]', '=> EXC', type(ex).__name__, ex)
try:
    print('list(map(lambda a, b: (a, b), [1, 2, 3], "ab"))', '=>', repr((list(map(lambda a, b: (a, b), [1, 2, 3], "ab")))))
except Exception as ex:
    print('list(map(lambda a, b: (a, b), [1, 2, 3], "ab"))', '=> EXC', type(ex).__name__, ex)
try:
    print('sum([[1], [2]], [])', '=>', repr((sum([[1], [2]], []))))
except Exception as ex:
    print('sum([[1], [2]], [])', '=> EXC', type(ex).__name__, ex)
try:
    print('sum([0.1, 0.2, 0.3])', '=>', repr((sum([0.1, 0.2, 0.3]))))
except Exception as ex:
    print('sum([0.1, 0.2, 0.3])', '=> EXC', type(ex).__name__, ex)
try:
    print('sum(range(5), 10)', '=>', repr((sum(range(5), 10))))
except Exception as ex:
    print('sum(range(5), 10)', '=> EXC', type(ex).__name__, ex)
try:
    print('max("a", "b", key=str.upper)', '=>', repr((max("a", "b", key=str.upper))))
except Exception as ex:
    print('max("a", "b", key=str.upper)', '=> EXC', type(ex).__name__, ex)
try:
    print('max([1, 2], [1, 3])', '=>', repr((max([1, 2], [1, 3]))))
except Exception as ex:
    print('max([1, 2], [1, 3])', '=> EXC', type(ex).__name__, ex)
try:
    print('max(1, 2, default=0)', '=>', repr((max(1, 2, default=0))))
except Exception as ex:
    print('max(1, 2, default=0)', '=> EXC', type(ex).__name__, ex)
try:
    print('min((), default=None)', '=>', repr((min((), default=None))))
except Exception as ex:
    print('min((), default=None)', '=> EXC', type(ex).__name__, ex)
try:
    print('min([3, 1, 2], key=lambda x: -x)', '=>', repr((min([3, 1, 2], key=lambda x: -x))))
except Exception as ex:
    print('min([3, 1, 2], key=lambda x: -x)', '=> EXC', type(ex).__name__, ex)
try:
    print('max([], default=5)', '=>', repr((max([], default=5))))
except Exception as ex:
    print('max([], default=5)', '=> EXC', type(ex).__name__, ex)
try:
    print('max({1: "a", 3: "b"})', '=>', repr((max({1: "a", 3: "b"}))))
except Exception as ex:
    print('max({1: "a", 3: "b"})', '=> EXC', type(ex).__name__, ex)
try:
    print('any(x for x in [0, 0, 1])', '=>', repr((any(x for x in [0, 0, 1]))))
except Exception as ex:
    print('any(x for x in [0, 0, 1])', '=> EXC', type(ex).__name__, ex)
try:
    print('all(x for x in [1, 0, 1])', '=>', repr((all(x for x in [1, 0, 1]))))
except Exception as ex:
    print('all(x for x in [1, 0, 1])', '=> EXC', type(ex).__name__, ex)
try:
    print('next(iter([]), "d")', '=>', repr((next(iter([]), "d"))))
except Exception as ex:
    print('next(iter([]), "d")', '=> EXC', type(ex).__name__, ex)
try:
    print('list(reversed([1, 2, 3]))', '=>', repr((list(reversed([1, 2, 3])))))
except Exception as ex:
    print('list(reversed([1, 2, 3]))', '=> EXC', type(ex).__name__, ex)
try:
    print('hash((1, [2]))', '=>', repr((hash((1, [2])))))
except Exception as ex:
    print('hash((1, [2]))', '=> EXC', type(ex).__name__, ex)
try:
    print('hash((1, 2)) == hash((1, 2))', '=>', repr((hash((1, 2)) == hash((1, 2)))))
except Exception as ex:
    print('hash((1, 2)) == hash((1, 2))', '=> EXC', type(ex).__name__, ex)
try:
    print('isinstance(True, bool)', '=>', repr((isinstance(True, bool))))
except Exception as ex:
    print('isinstance(True, bool)', '=> EXC', type(ex).__name__, ex)
try:
    print('type(1) == type(True)', '=>', repr((type(1) == type(True))))
except Exception as ex:
    print('type(1) == type(True)', '=> EXC', type(ex).__name__, ex)
try:
    print('getattr(1, "x", None)', '=>', repr((getattr(1, "x", None))))
except Exception as ex:
    print('getattr(1, "x", None)', '=> EXC', type(ex).__name__, ex)
try:
    print('getattr([], "append").__name__', '=>', repr((getattr([], "append").__name__)))
except Exception as ex:
    print('getattr([], "append").__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('chr(0x110000)', '=>', repr((chr(0x110000))))
except Exception as ex:
    print('chr(0x110000)', '=> EXC', type(ex).__name__, ex)
try:
    print('chr(65) + chr(0x263A)', '=>', repr((chr(65) + chr(0x263A))))
except Exception as ex:
    print('chr(65) + chr(0x263A)', '=> EXC', type(ex).__name__, ex)
try:
    print('hex(-0), oct(0), bin(-1)', '=>', repr((hex(-0), oct(0), bin(-1))))
except Exception as ex:
    print('hex(-0), oct(0), bin(-1)', '=> EXC', type(ex).__name__, ex)
try:
    print('int("  -  5")', '=>', repr((int("  -  5"))))
except Exception as ex:
    print('int("  -  5")', '=> EXC', type(ex).__name__, ex)
try:
    print('int("0b11", 2)', '=>', repr((int("0b11", 2))))
except Exception as ex:
    print('int("0b11", 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('int("11", 0)', '=>', repr((int("11", 0))))
except Exception as ex:
    print('int("11", 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('int("011", 0)', '=>', repr((int("011", 0))))
except Exception as ex:
    print('int("011", 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('int("0", 0)', '=>', repr((int("0", 0))))
except Exception as ex:
    print('int("0", 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('int("00", 0)', '=>', repr((int("00", 0))))
except Exception as ex:
    print('int("00", 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('int(" +0x1A ", 16)', '=>', repr((int(" +0x1A ", 16))))
except Exception as ex:
    print('int(" +0x1A ", 16)', '=> EXC', type(ex).__name__, ex)
try:
    print('int("Z", 36)', '=>', repr((int("Z", 36))))
except Exception as ex:
    print('int("Z", 36)', '=> EXC', type(ex).__name__, ex)
try:
    print('bool("")', '=>', repr((bool(""))))
except Exception as ex:
    print('bool("")', '=> EXC', type(ex).__name__, ex)
try:
    print('bool("0")', '=>', repr((bool("0"))))
except Exception as ex:
    print('bool("0")', '=> EXC', type(ex).__name__, ex)
try:
    print('bool([[]])', '=>', repr((bool([[]]))))
except Exception as ex:
    print('bool([[]])', '=> EXC', type(ex).__name__, ex)
try:
    print('str(0.0), str(-0.0), str(1e-05)', '=>', repr((str(0.0), str(-0.0), str(1e-05))))
except Exception as ex:
    print('str(0.0), str(-0.0), str(1e-05)', '=> EXC', type(ex).__name__, ex)
try:
    print('float("infinity"), float("-inf"), float("NaN")', '=>', repr((float("infinity"), float("-inf"), float("NaN"))))
except Exception as ex:
    print('float("infinity"), float("-inf"), float("NaN")', '=> EXC', type(ex).__name__, ex)
try:
    print('float("1.")', '=>', repr((float("1."))))
except Exception as ex:
    print('float("1.")', '=> EXC', type(ex).__name__, ex)
try:
    print('float("1e")', '=>', repr((float("1e"))))
except Exception as ex:
    print('float("1e")', '=> EXC', type(ex).__name__, ex)
try:
    print('float("0x10")', '=>', repr((float("0x10"))))
except Exception as ex:
    print('float("0x10")', '=> EXC', type(ex).__name__, ex)
try:
    print('round(0.5 + 1e-16)', '=>', repr((round(0.5 + 1e-16))))
except Exception as ex:
    print('round(0.5 + 1e-16)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(-1.5), round(-2.5)', '=>', repr((round(-1.5), round(-2.5))))
except Exception as ex:
    print('round(-1.5), round(-2.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(1.23456789, 5)', '=>', repr((round(1.23456789, 5))))
except Exception as ex:
    print('round(1.23456789, 5)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(2.675, 2)', '=>', repr((round(2.675, 2))))
except Exception as ex:
    print('round(2.675, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(10.0, -1)', '=>', repr((round(10.0, -1))))
except Exception as ex:
    print('round(10.0, -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(15.0, -1)', '=>', repr((round(15.0, -1))))
except Exception as ex:
    print('round(15.0, -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(25.0, -1)', '=>', repr((round(25.0, -1))))
except Exception as ex:
    print('round(25.0, -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(0.0001234, 6)', '=>', repr((round(0.0001234, 6))))
except Exception as ex:
    print('round(0.0001234, 6)', '=> EXC', type(ex).__name__, ex)
try:
    print('divmod(-1, 3)', '=>', repr((divmod(-1, 3))))
except Exception as ex:
    print('divmod(-1, 3)', '=> EXC', type(ex).__name__, ex)
try:
    print('divmod(1, -3)', '=>', repr((divmod(1, -3))))
except Exception as ex:
    print('divmod(1, -3)', '=> EXC', type(ex).__name__, ex)
try:
    print('divmod(-1.5, 1)', '=>', repr((divmod(-1.5, 1))))
except Exception as ex:
    print('divmod(-1.5, 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('pow(-2, 3, 5)', '=>', repr((pow(-2, 3, 5))))
except Exception as ex:
    print('pow(-2, 3, 5)', '=> EXC', type(ex).__name__, ex)
try:
    print('pow(2, 62)', '=>', repr((pow(2, 62))))
except Exception as ex:
    print('pow(2, 62)', '=> EXC', type(ex).__name__, ex)
try:
    print('pow(3, -2)', '=>', repr((pow(3, -2))))
except Exception as ex:
    print('pow(3, -2)', '=> EXC', type(ex).__name__, ex)
try:
    print('pow(0.0, 0)', '=>', repr((pow(0.0, 0))))
except Exception as ex:
    print('pow(0.0, 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('abs(-0)', '=>', repr((abs(-0))))
except Exception as ex:
    print('abs(-0)', '=> EXC', type(ex).__name__, ex)
try:
    print('abs(True)', '=>', repr((abs(True))))
except Exception as ex:
    print('abs(True)', '=> EXC', type(ex).__name__, ex)
try:
    print('-True', '=>', repr((-True)))
except Exception as ex:
    print('-True', '=> EXC', type(ex).__name__, ex)
try:
    print('True + 1.5', '=>', repr((True + 1.5)))
except Exception as ex:
    print('True + 1.5', '=> EXC', type(ex).__name__, ex)
try:
    print('True / False', '=>', repr((True / False)))
except Exception as ex:
    print('True / False', '=> EXC', type(ex).__name__, ex)
try:
    print('1 / True', '=>', repr((1 / True)))
except Exception as ex:
    print('1 / True', '=> EXC', type(ex).__name__, ex)
try:
    print('5 // True', '=>', repr((5 // True)))
except Exception as ex:
    print('5 // True', '=> EXC', type(ex).__name__, ex)
try:
    print('"x" * True', '=>', repr(("x" * True)))
except Exception as ex:
    print('"x" * True', '=> EXC', type(ex).__name__, ex)
try:
    print('[0] * False', '=>', repr(([0] * False)))
except Exception as ex:
    print('[0] * False', '=> EXC', type(ex).__name__, ex)
try:
    print('(1, 2) * 2', '=>', repr(((1, 2) * 2)))
except Exception as ex:
    print('(1, 2) * 2', '=> EXC', type(ex).__name__, ex)
try:
    print('3 * (1,)', '=>', repr((3 * (1,))))
except Exception as ex:
    print('3 * (1,)', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2] + [3]', '=>', repr(([1, 2] + [3])))
except Exception as ex:
    print('[1, 2] + [3]', '=> EXC', type(ex).__name__, ex)
try:
    print('"%s" % []', '=>', repr(("%s" % [])))
except Exception as ex:
    print('"%s" % []', '=> EXC', type(ex).__name__, ex)
try:
    print('"%s %s" % ([], ())', '=>', repr(("%s %s" % ([], ()))))
except Exception as ex:
    print('"%s %s" % ([], ())', '=> EXC', type(ex).__name__, ex)
try:
    print('"%d%%" % 5', '=>', repr(("%d%%" % 5)))
except Exception as ex:
    print('"%d%%" % 5', '=> EXC', type(ex).__name__, ex)
try:
    print('"%5s|%-5s" % (None, True)', '=>', repr(("%5s|%-5s" % (None, True))))
except Exception as ex:
    print('"%5s|%-5s" % (None, True)', '=> EXC', type(ex).__name__, ex)
try:
    print('"%.1f" % 2.25', '=>', repr(("%.1f" % 2.25)))
except Exception as ex:
    print('"%.1f" % 2.25', '=> EXC', type(ex).__name__, ex)
try:
    print('"%.1f" % 2.35', '=>', repr(("%.1f" % 2.35)))
except Exception as ex:
    print('"%.1f" % 2.35', '=> EXC', type(ex).__name__, ex)
try:
    print('"%.2e" % 123456', '=>', repr(("%.2e" % 123456)))
except Exception as ex:
    print('"%.2e" % 123456', '=> EXC', type(ex).__name__, ex)
try:
    print('"%x" % 3.0', '=>', repr(("%x" % 3.0)))
except Exception as ex:
    print('"%x" % 3.0', '=> EXC', type(ex).__name__, ex)
try:
    print('"%c" % 256', '=>', repr(("%c" % 256)))
except Exception as ex:
    print('"%c" % 256', '=> EXC', type(ex).__name__, ex)
try:
    print('"%r" % {"a": [1.0]}', '=>', repr(("%r" % {"a": [1.0]})))
except Exception as ex:
    print('"%r" % {"a": [1.0]}', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:}".format(1.0)', '=>', repr(("{:}".format(1.0))))
except Exception as ex:
    print('"{:}".format(1.0)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{0}{0}{1}".format("a", "b")', '=>', repr(("{0}{0}{1}".format("a", "b"))))
except Exception as ex:
    print('"{0}{0}{1}".format("a", "b")', '=> EXC', type(ex).__name__, ex)
try:
    print('"{}".format([1, 2])', '=>', repr(("{}".format([1, 2]))))
except Exception as ex:
    print('"{}".format([1, 2])', '=> EXC', type(ex).__name__, ex)
try:
    print('"{!r:>6}".format("a")', '=>', repr(("{!r:>6}".format("a"))))
except Exception as ex:
    print('"{!r:>6}".format("a")', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:>{w}}".format(1, w=4)', '=>', repr(("{:>{w}}".format(1, w=4))))
except Exception as ex:
    print('"{:>{w}}".format(1, w=4)', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{\'abc\':.{2}}"', '=>', repr((f"{'abc':.{2}}")))
except Exception as ex:
    print('f"{\'abc\':.{2}}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{3.14159:{\'.2f\'}}"', '=>', repr((f"{3.14159:{'.2f'}}")))
except Exception as ex:
    print('f"{3.14159:{\'.2f\'}}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{10:#b}"', '=>', repr((f"{10:#b}")))
except Exception as ex:
    print('f"{10:#b}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{-5:05d}"', '=>', repr((f"{-5:05d}")))
except Exception as ex:
    print('f"{-5:05d}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{5:+05d}"', '=>', repr((f"{5:+05d}")))
except Exception as ex:
    print('f"{5:+05d}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{1e6:,.0f}"', '=>', repr((f"{1e6:,.0f}")))
except Exception as ex:
    print('f"{1e6:,.0f}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{12.5:06.2f}"', '=>', repr((f"{12.5:06.2f}")))
except Exception as ex:
    print('f"{12.5:06.2f}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{-12.5:06.2f}"', '=>', repr((f"{-12.5:06.2f}")))
except Exception as ex:
    print('f"{-12.5:06.2f}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{0.1:.30f}"', '=>', repr((f"{0.1:.30f}")))
except Exception as ex:
    print('f"{0.1:.30f}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{1/3:.17f}"', '=>', repr((f"{1/3:.17f}")))
except Exception as ex:
    print('f"{1/3:.17f}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{2**62:,}"', '=>', repr((f"{2**62:,}")))
except Exception as ex:
    print('f"{2**62:,}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{123:_b}"', '=>', repr((f"{123:_b}")))
except Exception as ex:
    print('f"{123:_b}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{\'x\':^3}|"', '=>', repr((f"{'x':^3}|")))
except Exception as ex:
    print('f"{\'x\':^3}|"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{True!r}"', '=>', repr((f"{True!r}")))
except Exception as ex:
    print('f"{True!r}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{None!s:>5}"', '=>', repr((f"{None!s:>5}")))
except Exception as ex:
    print('f"{None!s:>5}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{[1, 2]!s}"', '=>', repr((f"{[1, 2]!s}")))
except Exception as ex:
    print('f"{[1, 2]!s}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{ {1: 2} }"', '=>', repr((f"{ {1: 2} }")))
except Exception as ex:
    print('f"{ {1: 2} }"', '=> EXC', type(ex).__name__, ex)
try:
    print('repr(1e16), repr(1e15), repr(123456789012345.6), repr(0.000001), repr(1.23e-7)', '=>', repr((repr(1e16), repr(1e15), repr(123456789012345.6), repr(0.000001), repr(1.23e-7))))
except Exception as ex:
    print('repr(1e16), repr(1e15), repr(123456789012345.6), repr(0.000001), repr(1.23e-7)', '=> EXC', type(ex).__name__, ex)
try:
    print('str(1.0e100)', '=>', repr((str(1.0e100))))
except Exception as ex:
    print('str(1.0e100)', '=> EXC', type(ex).__name__, ex)
try:
    print('repr(-1.5e-300)', '=>', repr((repr(-1.5e-300))))
except Exception as ex:
    print('repr(-1.5e-300)', '=> EXC', type(ex).__name__, ex)
try:
    print('5e-324 / 2', '=>', repr((5e-324 / 2)))
except Exception as ex:
    print('5e-324 / 2', '=> EXC', type(ex).__name__, ex)
try:
    print('1.7976931348623157e308 * 1.0000001', '=>', repr((1.7976931348623157e308 * 1.0000001)))
except Exception as ex:
    print('1.7976931348623157e308 * 1.0000001', '=> EXC', type(ex).__name__, ex)
try:
    print('1e16 + 1.0', '=>', repr((1e16 + 1.0)))
except Exception as ex:
    print('1e16 + 1.0', '=> EXC', type(ex).__name__, ex)
try:
    print('0.1 + 0.2 - 0.3', '=>', repr((0.1 + 0.2 - 0.3)))
except Exception as ex:
    print('0.1 + 0.2 - 0.3', '=> EXC', type(ex).__name__, ex)
try:
    print('3.0 * 1.1', '=>', repr((3.0 * 1.1)))
except Exception as ex:
    print('3.0 * 1.1', '=> EXC', type(ex).__name__, ex)
try:
    print('1.1 + 2.2', '=>', repr((1.1 + 2.2)))
except Exception as ex:
    print('1.1 + 2.2', '=> EXC', type(ex).__name__, ex)
try:
    print('100.0 / 7.0', '=>', repr((100.0 / 7.0)))
except Exception as ex:
    print('100.0 / 7.0', '=> EXC', type(ex).__name__, ex)
try:
    print('2.0 ** 100', '=>', repr((2.0 ** 100)))
except Exception as ex:
    print('2.0 ** 100', '=> EXC', type(ex).__name__, ex)
try:
    print('2 ** 0.5', '=>', repr((2 ** 0.5)))
except Exception as ex:
    print('2 ** 0.5', '=> EXC', type(ex).__name__, ex)
try:
    print('10 ** -3', '=>', repr((10 ** -3)))
except Exception as ex:
    print('10 ** -3', '=> EXC', type(ex).__name__, ex)
try:
    print('(-1) ** 0.5 if False else 0', '=>', repr(((-1) ** 0.5 if False else 0)))
except Exception as ex:
    print('(-1) ** 0.5 if False else 0', '=> EXC', type(ex).__name__, ex)
try:
    print('7.0 % -3', '=>', repr((7.0 % -3)))
except Exception as ex:
    print('7.0 % -3', '=> EXC', type(ex).__name__, ex)
try:
    print('-7.0 % 3', '=>', repr((-7.0 % 3)))
except Exception as ex:
    print('-7.0 % 3', '=> EXC', type(ex).__name__, ex)
try:
    print('-0.0 % 5', '=>', repr((-0.0 % 5)))
except Exception as ex:
    print('-0.0 % 5', '=> EXC', type(ex).__name__, ex)
try:
    print('0.0 % -5', '=>', repr((0.0 % -5)))
except Exception as ex:
    print('0.0 % -5', '=> EXC', type(ex).__name__, ex)
try:
    print('-7 // 2.5', '=>', repr((-7 // 2.5)))
except Exception as ex:
    print('-7 // 2.5', '=> EXC', type(ex).__name__, ex)
try:
    print('7 // -2.5', '=>', repr((7 // -2.5)))
except Exception as ex:
    print('7 // -2.5', '=> EXC', type(ex).__name__, ex)
try:
    print('1e300 * 1e300 / 1e300', '=>', repr((1e300 * 1e300 / 1e300)))
except Exception as ex:
    print('1e300 * 1e300 / 1e300', '=> EXC', type(ex).__name__, ex)
try:
    print('9223372036854775807 + 0.0', '=>', repr((9223372036854775807 + 0.0)))
except Exception as ex:
    print('9223372036854775807 + 0.0', '=> EXC', type(ex).__name__, ex)
try:
    print('-9223372036854775807 - 1', '=>', repr((-9223372036854775807 - 1)))
except Exception as ex:
    print('-9223372036854775807 - 1', '=> EXC', type(ex).__name__, ex)
try:
    print('float(-9223372036854775807 - 1)', '=>', repr((float(-9223372036854775807 - 1))))
except Exception as ex:
    print('float(-9223372036854775807 - 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('int(float(-9223372036854775807 - 1))', '=>', repr((int(float(-9223372036854775807 - 1)))))
except Exception as ex:
    print('int(float(-9223372036854775807 - 1))', '=> EXC', type(ex).__name__, ex)
try:
    print('(-9223372036854775807 - 1) % -1', '=>', repr(((-9223372036854775807 - 1) % -1)))
except Exception as ex:
    print('(-9223372036854775807 - 1) % -1', '=> EXC', type(ex).__name__, ex)
try:
    print('1 << 62', '=>', repr((1 << 62)))
except Exception as ex:
    print('1 << 62', '=> EXC', type(ex).__name__, ex)
try:
    print('(-9223372036854775807 - 1) >> 1', '=>', repr(((-9223372036854775807 - 1) >> 1)))
except Exception as ex:
    print('(-9223372036854775807 - 1) >> 1', '=> EXC', type(ex).__name__, ex)
try:
    print('~(-9223372036854775807 - 1)', '=>', repr((~(-9223372036854775807 - 1))))
except Exception as ex:
    print('~(-9223372036854775807 - 1)', '=> EXC', type(ex).__name__, ex)
