def t0():
    try:
        -"s"
        print(0, 'no error')
    except Exception as e:
        print(0, type(e).__name__ + ':', e)
t0()
def t1():
    try:
        +[]
        print(1, 'no error')
    except Exception as e:
        print(1, type(e).__name__ + ':', e)
t1()
def t2():
    try:
        ~"x"
        print(2, 'no error')
    except Exception as e:
        print(2, type(e).__name__ + ':', e)
t2()
def t3():
    try:
        not_callable = 5
        not_callable()
        print(3, 'no error')
    except Exception as e:
        print(3, type(e).__name__ + ':', e)
t3()
def t4():
    try:
        None()
        print(4, 'no error')
    except Exception as e:
        print(4, type(e).__name__ + ':', e)
t4()
def t5():
    try:
        {}()
        print(5, 'no error')
    except Exception as e:
        print(5, type(e).__name__ + ':', e)
t5()
def t6():
    try:
        range("a")
        print(6, 'no error')
    except Exception as e:
        print(6, type(e).__name__ + ':', e)
t6()
def t7():
    try:
        [1][""]
        print(7, 'no error')
    except Exception as e:
        print(7, type(e).__name__ + ':', e)
t7()
def t8():
    try:
        "abc"["x"]
        print(8, 'no error')
    except Exception as e:
        print(8, type(e).__name__ + ':', e)
t8()
def t9():
    try:
        (1,)[1.5]
        print(9, 'no error')
    except Exception as e:
        print(9, type(e).__name__ + ':', e)
t9()
def t10():
    try:
        len(5)
        print(10, 'no error')
    except Exception as e:
        print(10, type(e).__name__ + ':', e)
t10()
def t11():
    try:
        1 in 5
        print(11, 'no error')
    except Exception as e:
        print(11, type(e).__name__ + ':', e)
t11()
def t12():
    try:
        "a" in 5
        print(12, 'no error')
    except Exception as e:
        print(12, type(e).__name__ + ':', e)
t12()
def t13():
    try:
        list[int]
        print(13, 'no error')
    except Exception as e:
        print(13, type(e).__name__ + ':', e)
t13()
def t14():
    try:
        "s" ** 2
        print(14, 'no error')
    except Exception as e:
        print(14, type(e).__name__ + ':', e)
t14()
def t15():
    try:
        pow("s", 2)
        print(15, 'no error')
    except Exception as e:
        print(15, type(e).__name__ + ':', e)
t15()
def t16():
    try:
        [1] * 1.5
        print(16, 'no error')
    except Exception as e:
        print(16, type(e).__name__ + ':', e)
t16()
def t17():
    try:
        del_target = (1, 2)
        exec_del = None
        print(17, 'no error')
    except Exception as e:
        print(17, type(e).__name__ + ':', e)
t17()
def t18():
    try:
        "abc".__delitem__ if False else 0
        print(18, 'no error')
    except Exception as e:
        print(18, type(e).__name__ + ':', e)
t18()
def t19():
    try:
        int([1])
        print(19, 'no error')
    except Exception as e:
        print(19, type(e).__name__ + ':', e)
t19()
def t20():
    try:
        float([1])
        print(20, 'no error')
    except Exception as e:
        print(20, type(e).__name__ + ':', e)
t20()
def t21():
    try:
        float("x")
        print(21, 'no error')
    except Exception as e:
        print(21, type(e).__name__ + ':', e)
t21()
def t22():
    try:
        int("x")
        print(22, 'no error')
    except Exception as e:
        print(22, type(e).__name__ + ':', e)
t22()
def t23():
    try:
        int("1.5")
        print(23, 'no error')
    except Exception as e:
        print(23, type(e).__name__ + ':', e)
t23()
def t24():
    try:
        int(" ")
        print(24, 'no error')
    except Exception as e:
        print(24, type(e).__name__ + ':', e)
t24()
def t25():
    try:
        int("")
        print(25, 'no error')
    except Exception as e:
        print(25, type(e).__name__ + ':', e)
t25()
def t26():
    try:
        float("")
        print(26, 'no error')
    except Exception as e:
        print(26, type(e).__name__ + ':', e)
t26()
def t27():
    try:
        chr("a")
        print(27, 'no error')
    except Exception as e:
        print(27, type(e).__name__ + ':', e)
t27()
def t28():
    try:
        chr(1.5)
        print(28, 'no error')
    except Exception as e:
        print(28, type(e).__name__ + ':', e)
t28()
def t29():
    try:
        ord(5)
        print(29, 'no error')
    except Exception as e:
        print(29, type(e).__name__ + ':', e)
t29()
def t30():
    try:
        ord("ab")
        print(30, 'no error')
    except Exception as e:
        print(30, type(e).__name__ + ':', e)
t30()
def t31():
    try:
        divmod("a", 2)
        print(31, 'no error')
    except Exception as e:
        print(31, type(e).__name__ + ':', e)
t31()
def t32():
    try:
        divmod(1, "b")
        print(32, 'no error')
    except Exception as e:
        print(32, type(e).__name__ + ':', e)
t32()
def t33():
    try:
        1 % 0
        print(33, 'no error')
    except Exception as e:
        print(33, type(e).__name__ + ':', e)
t33()
def t34():
    try:
        1 // 0
        print(34, 'no error')
    except Exception as e:
        print(34, type(e).__name__ + ':', e)
t34()
def t35():
    try:
        1.0 // 0
        print(35, 'no error')
    except Exception as e:
        print(35, type(e).__name__ + ':', e)
t35()
def t36():
    try:
        1.0 % 0
        print(36, 'no error')
    except Exception as e:
        print(36, type(e).__name__ + ':', e)
t36()
def t37():
    try:
        divmod(1.0, 0)
        print(37, 'no error')
    except Exception as e:
        print(37, type(e).__name__ + ':', e)
t37()
def t38():
    try:
        divmod(1, 0)
        print(38, 'no error')
    except Exception as e:
        print(38, type(e).__name__ + ':', e)
t38()
def t39():
    try:
        1 / 0
        print(39, 'no error')
    except Exception as e:
        print(39, type(e).__name__ + ':', e)
t39()
def t40():
    try:
        1.0 / 0
        print(40, 'no error')
    except Exception as e:
        print(40, type(e).__name__ + ':', e)
t40()
def t41():
    try:
        pow(0, -1)
        print(41, 'no error')
    except Exception as e:
        print(41, type(e).__name__ + ':', e)
t41()
def t42():
    try:
        pow(0.0, -1)
        print(42, 'no error')
    except Exception as e:
        print(42, type(e).__name__ + ':', e)
t42()
def t43():
    try:
        pow(2, 3, 0)
        print(43, 'no error')
    except Exception as e:
        print(43, type(e).__name__ + ':', e)
t43()
def t44():
    try:
        pow(2.0, 3, 5)
        print(44, 'no error')
    except Exception as e:
        print(44, type(e).__name__ + ':', e)
t44()
def t45():
    try:
        pow(2, -1, 4)
        print(45, 'no error')
    except Exception as e:
        print(45, type(e).__name__ + ':', e)
t45()
def t46():
    try:
        1 << -1
        print(46, 'no error')
    except Exception as e:
        print(46, type(e).__name__ + ':', e)
t46()
def t47():
    try:
        1 >> -1
        print(47, 'no error')
    except Exception as e:
        print(47, type(e).__name__ + ':', e)
t47()
def t48():
    try:
        [].index(5)
        print(48, 'no error')
    except Exception as e:
        print(48, type(e).__name__ + ':', e)
t48()
def t49():
    try:
        [].remove(5)
        print(49, 'no error')
    except Exception as e:
        print(49, type(e).__name__ + ':', e)
t49()
def t50():
    try:
        (1, 2).index(3)
        print(50, 'no error')
    except Exception as e:
        print(50, type(e).__name__ + ':', e)
t50()
def t51():
    try:
        "abc".index("z")
        print(51, 'no error')
    except Exception as e:
        print(51, type(e).__name__ + ':', e)
t51()
def t52():
    try:
        "abc".rindex("z")
        print(52, 'no error')
    except Exception as e:
        print(52, type(e).__name__ + ':', e)
t52()
def t53():
    try:
        "abc".find(5)
        print(53, 'no error')
    except Exception as e:
        print(53, type(e).__name__ + ':', e)
t53()
def t54():
    try:
        [].pop()
        print(54, 'no error')
    except Exception as e:
        print(54, type(e).__name__ + ':', e)
t54()
def t55():
    try:
        [1].pop(3)
        print(55, 'no error')
    except Exception as e:
        print(55, type(e).__name__ + ':', e)
t55()
def t56():
    try:
        set().pop()
        print(56, 'no error')
    except Exception as e:
        print(56, type(e).__name__ + ':', e)
t56()
def t57():
    try:
        {}.popitem()
        print(57, 'no error')
    except Exception as e:
        print(57, type(e).__name__ + ':', e)
t57()
def t58():
    try:
        "".split("")
        print(58, 'no error')
    except Exception as e:
        print(58, type(e).__name__ + ':', e)
t58()
def t59():
    try:
        "a".rsplit("")
        print(59, 'no error')
    except Exception as e:
        print(59, type(e).__name__ + ':', e)
t59()
def t60():
    try:
        ",".join([1])
        print(60, 'no error')
    except Exception as e:
        print(60, type(e).__name__ + ':', e)
t60()
def t61():
    try:
        ",".join(["a", 2])
        print(61, 'no error')
    except Exception as e:
        print(61, type(e).__name__ + ':', e)
t61()
def t62():
    try:
        max([])
        print(62, 'no error')
    except Exception as e:
        print(62, type(e).__name__ + ':', e)
t62()
def t63():
    try:
        min([])
        print(63, 'no error')
    except Exception as e:
        print(63, type(e).__name__ + ':', e)
t63()
def t64():
    try:
        max(())
        print(64, 'no error')
    except Exception as e:
        print(64, type(e).__name__ + ':', e)
t64()
def t65():
    try:
        min("")
        print(65, 'no error')
    except Exception as e:
        print(65, type(e).__name__ + ':', e)
t65()
def t66():
    try:
        max(1)
        print(66, 'no error')
    except Exception as e:
        print(66, type(e).__name__ + ':', e)
t66()
def t67():
    try:
        min(1, 2, default=0)
        print(67, 'no error')
    except Exception as e:
        print(67, type(e).__name__ + ':', e)
t67()
def t68():
    try:
        range(1, 2, 0)
        print(68, 'no error')
    except Exception as e:
        print(68, type(e).__name__ + ':', e)
t68()
def t69():
    try:
        [1, 2][::0]
        print(69, 'no error')
    except Exception as e:
        print(69, type(e).__name__ + ':', e)
t69()
def t70():
    try:
        "ab"[::0]
        print(70, 'no error')
    except Exception as e:
        print(70, type(e).__name__ + ':', e)
t70()
def t71():
    try:
        sorted([1, None])
        print(71, 'no error')
    except Exception as e:
        print(71, type(e).__name__ + ':', e)
t71()
def t72():
    try:
        sorted([None, None])
        print(72, 'no error')
    except Exception as e:
        print(72, type(e).__name__ + ':', e)
t72()
def t73():
    try:
        [1, 2] < [1, "a"]
        print(73, 'no error')
    except Exception as e:
        print(73, type(e).__name__ + ':', e)
t73()
def t74():
    try:
        (1, None) < (1, None)
        print(74, 'no error')
    except Exception as e:
        print(74, type(e).__name__ + ':', e)
t74()
def t75():
    try:
        (1, None) < (2, None)
        print(75, 'no error')
    except Exception as e:
        print(75, type(e).__name__ + ':', e)
t75()
def t76():
    try:
        {1} < {1: 2}
        print(76, 'no error')
    except Exception as e:
        print(76, type(e).__name__ + ':', e)
t76()
def t77():
    try:
        {} > {}
        print(77, 'no error')
    except Exception as e:
        print(77, type(e).__name__ + ':', e)
t77()
def t78():
    try:
        1 < None
        print(78, 'no error')
    except Exception as e:
        print(78, type(e).__name__ + ':', e)
t78()
def t79():
    try:
        None < 1
        print(79, 'no error')
    except Exception as e:
        print(79, type(e).__name__ + ':', e)
t79()
def t80():
    try:
        "a" < 1
        print(80, 'no error')
    except Exception as e:
        print(80, type(e).__name__ + ':', e)
t80()
def t81():
    try:
        [] < ()
        print(81, 'no error')
    except Exception as e:
        print(81, type(e).__name__ + ':', e)
t81()
def t82():
    try:
        1.5 < "x"
        print(82, 'no error')
    except Exception as e:
        print(82, type(e).__name__ + ':', e)
t82()
def t83():
    try:
        1 + None
        print(83, 'no error')
    except Exception as e:
        print(83, type(e).__name__ + ':', e)
t83()
def t84():
    try:
        None + 1
        print(84, 'no error')
    except Exception as e:
        print(84, type(e).__name__ + ':', e)
t84()
def t85():
    try:
        [] + None
        print(85, 'no error')
    except Exception as e:
        print(85, type(e).__name__ + ':', e)
t85()
def t86():
    try:
        "a" + None
        print(86, 'no error')
    except Exception as e:
        print(86, type(e).__name__ + ':', e)
t86()
def t87():
    try:
        (1,) + [2]
        print(87, 'no error')
    except Exception as e:
        print(87, type(e).__name__ + ':', e)
t87()
def t88():
    try:
        {1} + {2}
        print(88, 'no error')
    except Exception as e:
        print(88, type(e).__name__ + ':', e)
t88()
def t89():
    try:
        {1: 2} + {3: 4}
        print(89, 'no error')
    except Exception as e:
        print(89, type(e).__name__ + ':', e)
t89()
def t90():
    try:
        [] - []
        print(90, 'no error')
    except Exception as e:
        print(90, type(e).__name__ + ':', e)
t90()
def t91():
    try:
        "a" - "b"
        print(91, 'no error')
    except Exception as e:
        print(91, type(e).__name__ + ':', e)
t91()
def t92():
    try:
        {} | []
        print(92, 'no error')
    except Exception as e:
        print(92, type(e).__name__ + ':', e)
t92()
def t93():
    try:
        [] & []
        print(93, 'no error')
    except Exception as e:
        print(93, type(e).__name__ + ':', e)
t93()
def t94():
    try:
        1 + 2
        print(94, 'no error')
    except Exception as e:
        print(94, type(e).__name__ + ':', e)
t94()
def t95():
    try:
        hash([])
        print(95, 'no error')
    except Exception as e:
        print(95, type(e).__name__ + ':', e)
t95()
def t96():
    try:
        hash({})
        print(96, 'no error')
    except Exception as e:
        print(96, type(e).__name__ + ':', e)
t96()
def t97():
    try:
        hash(set())
        print(97, 'no error')
    except Exception as e:
        print(97, type(e).__name__ + ':', e)
t97()
def t98():
    try:
        hash(([],))
        print(98, 'no error')
    except Exception as e:
        print(98, type(e).__name__ + ':', e)
t98()
def t99():
    try:
        {[]: 1}
        print(99, 'no error')
    except Exception as e:
        print(99, type(e).__name__ + ':', e)
t99()
def t100():
    try:
        {[1]}
        print(100, 'no error')
    except Exception as e:
        print(100, type(e).__name__ + ':', e)
t100()
def t101():
    try:
        set([[1]])
        print(101, 'no error')
    except Exception as e:
        print(101, type(e).__name__ + ':', e)
t101()
def t102():
    try:
        frozenset if False else 0
        print(102, 'no error')
    except Exception as e:
        print(102, type(e).__name__ + ':', e)
t102()
def t103():
    try:
        iter(5)
        print(103, 'no error')
    except Exception as e:
        print(103, type(e).__name__ + ':', e)
t103()
def t104():
    try:
        iter(None)
        print(104, 'no error')
    except Exception as e:
        print(104, type(e).__name__ + ':', e)
t104()
def t105():
    try:
        next(5)
        print(105, 'no error')
    except Exception as e:
        print(105, type(e).__name__ + ':', e)
t105()
def t106():
    try:
        next([])
        print(106, 'no error')
    except Exception as e:
        print(106, type(e).__name__ + ':', e)
t106()
def t107():
    try:
        reversed(5)
        print(107, 'no error')
    except Exception as e:
        print(107, type(e).__name__ + ':', e)
t107()
def t108():
    try:
        reversed({1})
        print(108, 'no error')
    except Exception as e:
        print(108, type(e).__name__ + ':', e)
t108()
def t109():
    try:
        enumerate(5)
        print(109, 'no error')
    except Exception as e:
        print(109, type(e).__name__ + ':', e)
t109()
def t110():
    try:
        zip(5)
        print(110, 'no error')
    except Exception as e:
        print(110, type(e).__name__ + ':', e)
t110()
def t111():
    try:
        zip([1], 5)
        print(111, 'no error')
    except Exception as e:
        print(111, type(e).__name__ + ':', e)
t111()
def t112():
    try:
        map(5, [1])
        print(112, 'no error')
    except Exception as e:
        print(112, type(e).__name__ + ':', e)
t112()
def t113():
    try:
        list(map(5, [1]))
        print(113, 'no error')
    except Exception as e:
        print(113, type(e).__name__ + ':', e)
t113()
def t114():
    try:
        filter(5, [1])
        print(114, 'no error')
    except Exception as e:
        print(114, type(e).__name__ + ':', e)
t114()
def t115():
    try:
        list(filter(5, [1]))
        print(115, 'no error')
    except Exception as e:
        print(115, type(e).__name__ + ':', e)
t115()
def t116():
    try:
        sum(5)
        print(116, 'no error')
    except Exception as e:
        print(116, type(e).__name__ + ':', e)
t116()
def t117():
    try:
        sum(["a"])
        print(117, 'no error')
    except Exception as e:
        print(117, type(e).__name__ + ':', e)
t117()
def t118():
    try:
        sum([[1]])
        print(118, 'no error')
    except Exception as e:
        print(118, type(e).__name__ + ':', e)
t118()
def t119():
    try:
        sum([1, "a"])
        print(119, 'no error')
    except Exception as e:
        print(119, type(e).__name__ + ':', e)
t119()
def t120():
    try:
        any(5)
        print(120, 'no error')
    except Exception as e:
        print(120, type(e).__name__ + ':', e)
t120()
def t121():
    try:
        all(None)
        print(121, 'no error')
    except Exception as e:
        print(121, type(e).__name__ + ':', e)
t121()
def t122():
    try:
        sorted(None)
        print(122, 'no error')
    except Exception as e:
        print(122, type(e).__name__ + ':', e)
t122()
def t123():
    try:
        list(5)
        print(123, 'no error')
    except Exception as e:
        print(123, type(e).__name__ + ':', e)
t123()
def t124():
    try:
        tuple(5)
        print(124, 'no error')
    except Exception as e:
        print(124, type(e).__name__ + ':', e)
t124()
def t125():
    try:
        set(5)
        print(125, 'no error')
    except Exception as e:
        print(125, type(e).__name__ + ':', e)
t125()
def t126():
    try:
        dict(5)
        print(126, 'no error')
    except Exception as e:
        print(126, type(e).__name__ + ':', e)
t126()
def t127():
    try:
        dict([1])
        print(127, 'no error')
    except Exception as e:
        print(127, type(e).__name__ + ':', e)
t127()
def t128():
    try:
        dict(["ab", "c"])
        print(128, 'no error')
    except Exception as e:
        print(128, type(e).__name__ + ':', e)
t128()
def t129():
    try:
        dict([("a", 1, 2)])
        print(129, 'no error')
    except Exception as e:
        print(129, type(e).__name__ + ':', e)
t129()
def t130():
    try:
        str.join(5, [])
        print(130, 'no error')
    except Exception as e:
        print(130, type(e).__name__ + ':', e)
t130()
def t131():
    try:
        isinstance(1, "int")
        print(131, 'no error')
    except Exception as e:
        print(131, type(e).__name__ + ':', e)
t131()
def t132():
    try:
        issubclass("a", int)
        print(132, 'no error')
    except Exception as e:
        print(132, type(e).__name__ + ':', e)
t132()
def t133():
    try:
        issubclass(int, int)
        print(133, 'no error')
    except Exception as e:
        print(133, type(e).__name__ + ':', e)
t133()
def t134():
    try:
        getattr(1, 5)
        print(134, 'no error')
    except Exception as e:
        print(134, type(e).__name__ + ':', e)
t134()
def t135():
    try:
        setattr([], "x", 1)
        print(135, 'no error')
    except Exception as e:
        print(135, type(e).__name__ + ':', e)
t135()
def t136():
    try:
        hasattr(1, 5)
        print(136, 'no error')
    except Exception as e:
        print(136, type(e).__name__ + ':', e)
t136()
def t137():
    try:
        abs(None)
        print(137, 'no error')
    except Exception as e:
        print(137, type(e).__name__ + ':', e)
t137()
def t138():
    try:
        round(None)
        print(138, 'no error')
    except Exception as e:
        print(138, type(e).__name__ + ':', e)
t138()
def t139():
    try:
        round("1.5")
        print(139, 'no error')
    except Exception as e:
        print(139, type(e).__name__ + ':', e)
t139()
def t140():
    try:
        round(1.5, "x")
        print(140, 'no error')
    except Exception as e:
        print(140, type(e).__name__ + ':', e)
t140()
def t141():
    try:
        len(None)
        print(141, 'no error')
    except Exception as e:
        print(141, type(e).__name__ + ':', e)
t141()
def t142():
    try:
        len(iter([]))
        print(142, 'no error')
    except Exception as e:
        print(142, type(e).__name__ + ':', e)
t142()
def t143():
    try:
        bin(1.5)
        print(143, 'no error')
    except Exception as e:
        print(143, type(e).__name__ + ':', e)
t143()
def t144():
    try:
        hex("a")
        print(144, 'no error')
    except Exception as e:
        print(144, type(e).__name__ + ':', e)
t144()
def t145():
    try:
        oct(None)
        print(145, 'no error')
    except Exception as e:
        print(145, type(e).__name__ + ':', e)
t145()
def t146():
    try:
        callable if False else 0
        print(146, 'no error')
    except Exception as e:
        print(146, type(e).__name__ + ':', e)
t146()
def t147():
    try:
        a, b = 1
        print(147, 'no error')
    except Exception as e:
        print(147, type(e).__name__ + ':', e)
t147()
def t148():
    try:
        a, b = [1, 2, 3]
        print(148, 'no error')
    except Exception as e:
        print(148, type(e).__name__ + ':', e)
t148()
def t149():
    try:
        a, b, c = [1, 2]
        print(149, 'no error')
    except Exception as e:
        print(149, type(e).__name__ + ':', e)
t149()
def t150():
    try:
        a, *b, c = [1]
        print(150, 'no error')
    except Exception as e:
        print(150, type(e).__name__ + ':', e)
t150()
def t151():
    try:
        [a] = []
        print(151, 'no error')
    except Exception as e:
        print(151, type(e).__name__ + ':', e)
t151()
def t152():
    try:
        (a, b), c = 1, 2
        print(152, 'no error')
    except Exception as e:
        print(152, type(e).__name__ + ':', e)
t152()
def t153():
    try:
        x = [1, 2]
        x[5] = 1
        print(153, 'no error')
    except Exception as e:
        print(153, type(e).__name__ + ':', e)
t153()
def t154():
    try:
        x = (1, 2)
        x[0] = 5
        print(154, 'no error')
    except Exception as e:
        print(154, type(e).__name__ + ':', e)
t154()
def t155():
    try:
        x = "ab"
        x[0] = "c"
        print(155, 'no error')
    except Exception as e:
        print(155, type(e).__name__ + ':', e)
t155()
def t156():
    try:
        x = (1, 2)
        del x[0]
        print(156, 'no error')
    except Exception as e:
        print(156, type(e).__name__ + ':', e)
t156()
def t157():
    try:
        x = "ab"
        del x[0]
        print(157, 'no error')
    except Exception as e:
        print(157, type(e).__name__ + ':', e)
t157()
def t158():
    try:
        x = {}
        del x["k"]
        print(158, 'no error')
    except Exception as e:
        print(158, type(e).__name__ + ':', e)
t158()
def t159():
    try:
        x = [1]
        del x[5]
        print(159, 'no error')
    except Exception as e:
        print(159, type(e).__name__ + ':', e)
t159()
def t160():
    try:
        x = 5
        x[0]
        print(160, 'no error')
    except Exception as e:
        print(160, type(e).__name__ + ':', e)
t160()
def t161():
    try:
        x = 5
        x[0] = 1
        print(161, 'no error')
    except Exception as e:
        print(161, type(e).__name__ + ':', e)
t161()
def t162():
    try:
        x = None
        x[0]
        print(162, 'no error')
    except Exception as e:
        print(162, type(e).__name__ + ':', e)
t162()
def t163():
    try:
        x = None
        x.attr = 1
        print(163, 'no error')
    except Exception as e:
        print(163, type(e).__name__ + ':', e)
t163()
def t164():
    try:
        x = 5
        x.attr = 1
        print(164, 'no error')
    except Exception as e:
        print(164, type(e).__name__ + ':', e)
t164()
def t165():
    try:
        x = "s"
        x.attr = 1
        print(165, 'no error')
    except Exception as e:
        print(165, type(e).__name__ + ':', e)
t165()
def t166():
    try:
        x = [1]
        x.append = 5
        print(166, 'no error')
    except Exception as e:
        print(166, type(e).__name__ + ':', e)
t166()
def t167():
    try:
        del undefined_name_q
        print(167, 'no error')
    except Exception as e:
        print(167, type(e).__name__ + ':', e)
t167()
