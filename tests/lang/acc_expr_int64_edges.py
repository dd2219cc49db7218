try:
    print('int("-9223372036854775808")', '=>', repr((int("-9223372036854775808"))))
except Exception as ex:
    print('int("-9223372036854775808")', '=> EXC', type(ex).__name__, ex)
try:
    print('int("9223372036854775807")', '=>', repr((int("9223372036854775807"))))
except Exception as ex:
    print('int("9223372036854775807")', '=> EXC', type(ex).__name__, ex)
try:
    print('int("-0x8000000000000000", 16)', '=>', repr((int("-0x8000000000000000", 16))))
except Exception as ex:
    print('int("-0x8000000000000000", 16)', '=> EXC', type(ex).__name__, ex)
try:
    print('int("7fffffffffffffff", 16)', '=>', repr((int("7fffffffffffffff", 16))))
except Exception as ex:
    print('int("7fffffffffffffff", 16)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(-9223372036854775807 - 1)', '=>', repr((hash(-9223372036854775807 - 1))))
except Exception as ex:
    print('hash(-9223372036854775807 - 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(9223372036854775807)', '=>', repr((hash(9223372036854775807))))
except Exception as ex:
    print('hash(9223372036854775807)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(2305843009213693951)', '=>', repr((hash(2305843009213693951))))
except Exception as ex:
    print('hash(2305843009213693951)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(2305843009213693952)', '=>', repr((hash(2305843009213693952))))
except Exception as ex:
    print('hash(2305843009213693952)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(-2305843009213693951)', '=>', repr((hash(-2305843009213693951))))
except Exception as ex:
    print('hash(-2305843009213693951)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(-2305843009213693952)', '=>', repr((hash(-2305843009213693952))))
except Exception as ex:
    print('hash(-2305843009213693952)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(-1)', '=>', repr((hash(-1))))
except Exception as ex:
    print('hash(-1)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(-2)', '=>', repr((hash(-2))))
except Exception as ex:
    print('hash(-2)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(1e18)', '=>', repr((hash(1e18))))
except Exception as ex:
    print('hash(1e18)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(2.5)', '=>', repr((hash(2.5))))
except Exception as ex:
    print('hash(2.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(-2.5)', '=>', repr((hash(-2.5))))
except Exception as ex:
    print('hash(-2.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(float(2**61))', '=>', repr((hash(float(2**61)))))
except Exception as ex:
    print('hash(float(2**61))', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(1e-300)', '=>', repr((hash(1e-300))))
except Exception as ex:
    print('hash(1e-300)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(1.7976931348623157e308)', '=>', repr((hash(1.7976931348623157e308))))
except Exception as ex:
    print('hash(1.7976931348623157e308)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(float("inf"))', '=>', repr((hash(float("inf")))))
except Exception as ex:
    print('hash(float("inf"))', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(float("-inf"))', '=>', repr((hash(float("-inf")))))
except Exception as ex:
    print('hash(float("-inf"))', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(0.1)', '=>', repr((hash(0.1))))
except Exception as ex:
    print('hash(0.1)', '=> EXC', type(ex).__name__, ex)
try:
    print('hash((1, 2, 3))', '=>', repr((hash((1, 2, 3)))))
except Exception as ex:
    print('hash((1, 2, 3))', '=> EXC', type(ex).__name__, ex)
try:
    print('hash((-1,))', '=>', repr((hash((-1,)))))
except Exception as ex:
    print('hash((-1,))', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(((),))', '=>', repr((hash(((),)))))
except Exception as ex:
    print('hash(((),))', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(True)', '=>', repr((hash(True))))
except Exception as ex:
    print('hash(True)', '=> EXC', type(ex).__name__, ex)
try:
    print('str(-9223372036854775807 - 1)', '=>', repr((str(-9223372036854775807 - 1))))
except Exception as ex:
    print('str(-9223372036854775807 - 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('repr(-9223372036854775807 - 1)', '=>', repr((repr(-9223372036854775807 - 1))))
except Exception as ex:
    print('repr(-9223372036854775807 - 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('(-9223372036854775807 - 1) // 2', '=>', repr(((-9223372036854775807 - 1) // 2)))
except Exception as ex:
    print('(-9223372036854775807 - 1) // 2', '=> EXC', type(ex).__name__, ex)
try:
    print('(-9223372036854775807 - 1) % 3', '=>', repr(((-9223372036854775807 - 1) % 3)))
except Exception as ex:
    print('(-9223372036854775807 - 1) % 3', '=> EXC', type(ex).__name__, ex)
try:
    print('(-9223372036854775807 - 1) * 1', '=>', repr(((-9223372036854775807 - 1) * 1)))
except Exception as ex:
    print('(-9223372036854775807 - 1) * 1', '=> EXC', type(ex).__name__, ex)
try:
    print('(-9223372036854775807 - 1) + 9223372036854775807', '=>', repr(((-9223372036854775807 - 1) + 9223372036854775807)))
except Exception as ex:
    print('(-9223372036854775807 - 1) + 9223372036854775807', '=> EXC', type(ex).__name__, ex)
try:
    print('9223372036854775807 * -1', '=>', repr((9223372036854775807 * -1)))
except Exception as ex:
    print('9223372036854775807 * -1', '=> EXC', type(ex).__name__, ex)
try:
    print('(-9223372036854775807 - 1) >> 64', '=>', repr(((-9223372036854775807 - 1) >> 64)))
except Exception as ex:
    print('(-9223372036854775807 - 1) >> 64', '=> EXC', type(ex).__name__, ex)
try:
    print('5 >> 64', '=>', repr((5 >> 64)))
except Exception as ex:
    print('5 >> 64', '=> EXC', type(ex).__name__, ex)
try:
    print('(-5) >> 100', '=>', repr(((-5) >> 100)))
except Exception as ex:
    print('(-5) >> 100', '=> EXC', type(ex).__name__, ex)
try:
    print('7 << 0', '=>', repr((7 << 0)))
except Exception as ex:
    print('7 << 0', '=> EXC', type(ex).__name__, ex)
try:
    print('divmod(-9223372036854775807 - 1, 10)', '=>', repr((divmod(-9223372036854775807 - 1, 10))))
except Exception as ex:
    print('divmod(-9223372036854775807 - 1, 10)', '=> EXC', type(ex).__name__, ex)
try:
    print('divmod(9223372036854775807, -10)', '=>', repr((divmod(9223372036854775807, -10))))
except Exception as ex:
    print('divmod(9223372036854775807, -10)', '=> EXC', type(ex).__name__, ex)
try:
    print('pow(2, 62) + (pow(2, 62) - 1)', '=>', repr((pow(2, 62) + (pow(2, 62) - 1))))
except Exception as ex:
    print('pow(2, 62) + (pow(2, 62) - 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('pow(-2, 63)', '=>', repr((pow(-2, 63))))
except Exception as ex:
    print('pow(-2, 63)', '=> EXC', type(ex).__name__, ex)
try:
    print('pow(10, 18, 10**9 + 7)', '=>', repr((pow(10, 18, 10**9 + 7))))
except Exception as ex:
    print('pow(10, 18, 10**9 + 7)', '=> EXC', type(ex).__name__, ex)
try:
    print('pow(123456789, 987654321, 2**31 - 1)', '=>', repr((pow(123456789, 987654321, 2**31 - 1))))
except Exception as ex:
    print('pow(123456789, 987654321, 2**31 - 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('pow(9223372036854775807, 2, 1000000007)', '=>', repr((pow(9223372036854775807, 2, 1000000007))))
except Exception as ex:
    print('pow(9223372036854775807, 2, 1000000007)', '=> EXC', type(ex).__name__, ex)
try:
    print('pow(-3, 3, 7)', '=>', repr((pow(-3, 3, 7))))
except Exception as ex:
    print('pow(-3, 3, 7)', '=> EXC', type(ex).__name__, ex)
try:
    print('pow(3, -1, 7)', '=>', repr((pow(3, -1, 7))))
except Exception as ex:
    print('pow(3, -1, 7)', '=> EXC', type(ex).__name__, ex)
try:
    print('pow(2, 100, 1)', '=>', repr((pow(2, 100, 1))))
except Exception as ex:
    print('pow(2, 100, 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(-9223372036854775807, -18)', '=>', repr((round(-9223372036854775807, -18))))
except Exception as ex:
    print('round(-9223372036854775807, -18)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(123, -5)', '=>', repr((round(123, -5))))
except Exception as ex:
    print('round(123, -5)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(5, -1), round(15, -1), round(25, -1), round(-35, -1)', '=>', repr((round(5, -1), round(15, -1), round(25, -1), round(-35, -1))))
except Exception as ex:
    print('round(5, -1), round(15, -1), round(25, -1), round(-35, -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('9223372036854775807 / 2', '=>', repr((9223372036854775807 / 2)))
except Exception as ex:
    print('9223372036854775807 / 2', '=> EXC', type(ex).__name__, ex)
try:
    print('9223372036854775807 // 2.0', '=>', repr((9223372036854775807 // 2.0)))
except Exception as ex:
    print('9223372036854775807 // 2.0', '=> EXC', type(ex).__name__, ex)
try:
    print('float(9223372036854775807)', '=>', repr((float(9223372036854775807))))
except Exception as ex:
    print('float(9223372036854775807)', '=> EXC', type(ex).__name__, ex)
try:
    print('int(9.223372036854775e18)', '=>', repr((int(9.223372036854775e18))))
except Exception as ex:
    print('int(9.223372036854775e18)', '=> EXC', type(ex).__name__, ex)
try:
    print('9223372036854775807 == 9223372036854775808.0', '=>', repr((9223372036854775807 == 9223372036854775808.0)))
except Exception as ex:
    print('9223372036854775807 == 9223372036854775808.0', '=> EXC', type(ex).__name__, ex)
try:
    print('9223372036854775807 < 9223372036854775808.0', '=>', repr((9223372036854775807 < 9223372036854775808.0)))
except Exception as ex:
    print('9223372036854775807 < 9223372036854775808.0', '=> EXC', type(ex).__name__, ex)
try:
    print('-9223372036854775807 - 1 == -9223372036854775808.0', '=>', repr((-9223372036854775807 - 1 == -9223372036854775808.0)))
except Exception as ex:
    print('-9223372036854775807 - 1 == -9223372036854775808.0', '=> EXC', type(ex).__name__, ex)
try:
    print('9007199254740993 < 9007199254740993.0', '=>', repr((9007199254740993 < 9007199254740993.0)))
except Exception as ex:
    print('9007199254740993 < 9007199254740993.0', '=> EXC', type(ex).__name__, ex)
try:
    print('9007199254740993 > 9007199254740992.0', '=>', repr((9007199254740993 > 9007199254740992.0)))
except Exception as ex:
    print('9007199254740993 > 9007199254740992.0', '=> EXC', type(ex).__name__, ex)
try:
    print('9007199254740993.0 == 9007199254740992', '=>', repr((9007199254740993.0 == 9007199254740992)))
except Exception as ex:
    print('9007199254740993.0 == 9007199254740992', '=> EXC', type(ex).__name__, ex)
try:
    print('[9223372036854775807 > x for x in (9.2e18, 9.3e18, float("inf"), float("nan"))]', '=>', repr(([9223372036854775807 > x for x in (9.2e18, 9.3e18, float("inf"), float("nan"))])))
except Exception as ex:
    print('[9223372036854775807 > x for x in (9.2e18, 9.3e18, float("inf"), float("nan"))]', '=> EXC', type(ex).__name__, ex)
try:
    print('max(9223372036854775807, 9.3e18)', '=>', repr((max(9223372036854775807, 9.3e18))))
except Exception as ex:
    print('max(9223372036854775807, 9.3e18)', '=> EXC', type(ex).__name__, ex)
try:
    print('sorted([9223372036854775807, 9.223372036854775807e18, 9223372036854775806])', '=>', repr((sorted([9223372036854775807, 9.223372036854775807e18, 9223372036854775806]))))
except Exception as ex:
    print('sorted([9223372036854775807, 9.223372036854775807e18, 9223372036854775806])', '=> EXC', type(ex).__name__, ex)
try:
    print('bin(-9223372036854775807 - 1)', '=>', repr((bin(-9223372036854775807 - 1))))
except Exception as ex:
    print('bin(-9223372036854775807 - 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('oct(9223372036854775807)', '=>', repr((oct(9223372036854775807))))
except Exception as ex:
    print('oct(9223372036854775807)', '=> EXC', type(ex).__name__, ex)
try:
    print('"%x" % (-9223372036854775807 - 1)', '=>', repr(("%x" % (-9223372036854775807 - 1))))
except Exception as ex:
    print('"%x" % (-9223372036854775807 - 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:,}".format(-9223372036854775807 - 1)', '=>', repr(("{:,}".format(-9223372036854775807 - 1))))
except Exception as ex:
    print('"{:,}".format(-9223372036854775807 - 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{9.3e18:.0f}"', '=>', repr((f"{9.3e18:.0f}")))
except Exception as ex:
    print('f"{9.3e18:.0f}"', '=> EXC', type(ex).__name__, ex)
try:
    print('format(2**62, "e")', '=>', repr((format(2**62, "e"))))
except Exception as ex:
    print('format(2**62, "e")', '=> EXC', type(ex).__name__, ex)
