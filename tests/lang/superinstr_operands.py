# The fused LOAD_FAST + LOAD_FAST|LOAD_CONST + BINARY_SUBSCR|BINARY_OP|
# COMPARE_OP superinstructions: every fast path, and every operand kind that
# must fall back to the plain instructions, with CPython's results.

def subscr(l, t, s, d, i, j):
    out = [l[0], l[i], l[-1], l[j], t[1], t[i], t[-2], s[1], s[i], d["k"], d[i]]
    for bad in (lambda: l[10], lambda: t[j + 10], lambda: l[1.0], lambda: s[i * 100]):
        try:
            bad()
        except (IndexError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


class L:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return ("user", self.items[i])

    def __add__(self, other):
        return ("add", other)

    def __lt__(self, other):
        return "lt"


def user_types(u, k):
    return [u[k], u[0], u + k, u + 1.5, u < k]


def arith(a, b, f, g, big):
    r = [a + b, a - b, a + 1, a - 1, 1 - a, f + g, f - g, f * g, f * 2, 3 * f, f + a, a - f,
         a * b, a / b, a // b, a % b, f / g, big + 1, big - big, a + big, big - a]
    x = a
    x += 5
    y = f
    y *= g
    y -= 1
    r += [x, y]
    m = 4611686018427387903  # the largest small int on 64 bits, 2**62 - 1
    n = -4611686018427387904
    r += [m + 1, m + m, n - 1, n - m, m - n, m * 2]
    e = 2 ** 60
    r += [e * 1.0, float(e) + 1, e + 0.5, 9007199254740993 * 1.0, 9007199254740993 + 0.0]
    s, t = "ab", "cd"
    r += [s + t, s * 2, [1] + [2]]
    return r


def compare(a, b, f, g, s, t):
    return [a < b, a <= b, a > b, a >= b, a == b, a != b, f < g, f == g, f != f, a < f, f > a,
            a == 1, 1 < a, s < t, s == t, a is b, a < 3]


def unbound(flag):
    if flag:
        v = [1, 2, 3]
    try:
        return v[0]
    except UnboundLocalError as e:
        return "UnboundLocalError"


def unbound_second(flag):
    if flag:
        k = 1
    l = [5, 6]
    try:
        return l[k]
    except UnboundLocalError:
        return "UnboundLocalError (index)"


def jumps(a, b, c):
    # Jumps landing on the second word of a fused triple: (a or b) + c
    # compiles to LOAD_FAST a; JUMP_IF_TRUE_OR_POP; LOAD_FAST b; LOAD_FAST c;
    # BINARY_OP, where the LOAD_FAST b; LOAD_FAST c; BINARY_OP is fused.
    return [(a or b) + c, (a and b) - c, (a if c else b) * c, [a, b][c > 1] < c]


def nan_and_inf():
    n = float("nan")
    i = float("inf")
    return [n == n, n < 1, i > 1e300 * 1.0, i - i != i - i, -i < i]


def loop_sum(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i = i + 1
    acc = 0.0
    for k in range(n):
        acc = acc + k * 0.5
    return total, acc


print(subscr([10, 20, 30, 40], (1, 2, 3), "xyz", {"k": "v", 1: "one"}, 1, -2))
print(user_types(L([7, 8]), 1))
print(arith(7, 3, 2.5, 0.5, 2 ** 62))
print(compare(2, 3, 1.5, 2.5, "a", "b"))
print(unbound(True), unbound(False), unbound_second(True), unbound_second(False))
print(jumps(0, 5, 2), jumps(4, 5, 2), jumps(4, 5, 0))
print(nan_and_inf())
print(loop_sum(1000))


def err_line(l):
    x = 1
    return l[x + 5]


try:
    err_line([1])
except IndexError as e:
    print("IndexError", e)
