import random
try:
    print('(random.seed(3.5), random.random())[1]', '=>', repr(((random.seed(3.5), random.random())[1])))
except Exception as ex:
    print('(random.seed(3.5), random.random())[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(-7), random.random())[1]', '=>', repr(((random.seed(-7), random.random())[1])))
except Exception as ex:
    print('(random.seed(-7), random.random())[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed("abc"), random.randint(1, 10**9))[1]', '=>', repr(((random.seed("abc"), random.randint(1, 10**9))[1])))
except Exception as ex:
    print('(random.seed("abc"), random.randint(1, 10**9))[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(""), random.random())[1]', '=>', repr(((random.seed(""), random.random())[1])))
except Exception as ex:
    print('(random.seed(""), random.random())[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(True), random.random())[1]', '=>', repr(((random.seed(True), random.random())[1])))
except Exception as ex:
    print('(random.seed(True), random.random())[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(0), [random.randrange(1, 2**62, 3) for _ in range(3)])[1]', '=>', repr(((random.seed(0), [random.randrange(1, 2**62, 3) for _ in range(3)])[1])))
except Exception as ex:
    print('(random.seed(0), [random.randrange(1, 2**62, 3) for _ in range(3)])[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(0), [random.randint(-5, 5) for _ in range(10)])[1]', '=>', repr(((random.seed(0), [random.randint(-5, 5) for _ in range(10)])[1])))
except Exception as ex:
    print('(random.seed(0), [random.randint(-5, 5) for _ in range(10)])[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(1), random.sample(range(100), 5))[1]', '=>', repr(((random.seed(1), random.sample(range(100), 5))[1])))
except Exception as ex:
    print('(random.seed(1), random.sample(range(100), 5))[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(1), random.sample([1, 2, 3, 4], 4))[1]', '=>', repr(((random.seed(1), random.sample([1, 2, 3, 4], 4))[1])))
except Exception as ex:
    print('(random.seed(1), random.sample([1, 2, 3, 4], 4))[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(1), random.choices("abc", k=6))[1]', '=>', repr(((random.seed(1), random.choices("abc", k=6))[1])))
except Exception as ex:
    print('(random.seed(1), random.choices("abc", k=6))[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(1), random.choices([1, 2, 3], weights=[1, 0, 5], k=6))[1]', '=>', repr(((random.seed(1), random.choices([1, 2, 3], weights=[1, 0, 5], k=6))[1])))
except Exception as ex:
    print('(random.seed(1), random.choices([1, 2, 3], weights=[1, 0, 5], k=6))[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(1), random.getrandbits(40))[1]', '=>', repr(((random.seed(1), random.getrandbits(40))[1])))
except Exception as ex:
    print('(random.seed(1), random.getrandbits(40))[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(1), random.randrange(0, 100, 7), random.randrange(50, 0, -5))[1:]', '=>', repr(((random.seed(1), random.randrange(0, 100, 7), random.randrange(50, 0, -5))[1:])))
except Exception as ex:
    print('(random.seed(1), random.randrange(0, 100, 7), random.randrange(50, 0, -5))[1:]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(5), random.uniform(10, 1))[1]', '=>', repr(((random.seed(5), random.uniform(10, 1))[1])))
except Exception as ex:
    print('(random.seed(5), random.uniform(10, 1))[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('random.randrange(10, 5)', '=>', repr((random.randrange(10, 5))))
except Exception as ex:
    print('random.randrange(10, 5)', '=> EXC', type(ex).__name__, ex)
try:
    print('random.randint(1, 1.5)', '=>', repr((random.randint(1, 1.5))))
except Exception as ex:
    print('random.randint(1, 1.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('random.choice("")', '=>', repr((random.choice(""))))
except Exception as ex:
    print('random.choice("")', '=> EXC', type(ex).__name__, ex)
try:
    print('random.sample([1, 2], 3)', '=>', repr((random.sample([1, 2], 3))))
except Exception as ex:
    print('random.sample([1, 2], 3)', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(9), [random.choice(range(0, 100, 3)) for _ in range(4)])[1]', '=>', repr(((random.seed(9), [random.choice(range(0, 100, 3)) for _ in range(4)])[1])))
except Exception as ex:
    print('(random.seed(9), [random.choice(range(0, 100, 3)) for _ in range(4)])[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(9), [random.random() < 0.5 for _ in range(10)])[1]', '=>', repr(((random.seed(9), [random.random() < 0.5 for _ in range(10)])[1])))
except Exception as ex:
    print('(random.seed(9), [random.random() < 0.5 for _ in range(10)])[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('(random.seed(12), (lambda l: (random.shuffle(l), l)[1])(list(range(25))))[1]', '=>', repr(((random.seed(12), (lambda l: (random.shuffle(l), l)[1])(list(range(25))))[1])))
except Exception as ex:
    print('(random.seed(12), (lambda l: (random.shuffle(l), l)[1])(list(range(25))))[1]', '=> EXC', type(ex).__name__, ex)
