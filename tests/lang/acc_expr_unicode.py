try:
    print('"aé中😀b".find("😀")', '=>', repr(("aé中😀b".find("😀"))))
except Exception as ex:
    print('"aé中😀b".find("😀")', '=> EXC', type(ex).__name__, ex)
try:
    print('"aé中😀b".index("b")', '=>', repr(("aé中😀b".index("b"))))
except Exception as ex:
    print('"aé中😀b".index("b")', '=> EXC', type(ex).__name__, ex)
try:
    print('"aé中😀b"[::-1]', '=>', repr(("aé中😀b"[::-1])))
except Exception as ex:
    print('"aé中😀b"[::-1]', '=> EXC', type(ex).__name__, ex)
try:
    print('"aé中😀b"[1:4]', '=>', repr(("aé中😀b"[1:4])))
except Exception as ex:
    print('"aé中😀b"[1:4]', '=> EXC', type(ex).__name__, ex)
try:
    print('"aé中😀b"[-2]', '=>', repr(("aé中😀b"[-2])))
except Exception as ex:
    print('"aé中😀b"[-2]', '=> EXC', type(ex).__name__, ex)
try:
    print('"héllo wörld"[::-2]', '=>', repr(("héllo wörld"[::-2])))
except Exception as ex:
    print('"héllo wörld"[::-2]', '=> EXC', type(ex).__name__, ex)
try:
    print('"héllo wörld".split("ö")', '=>', repr(("héllo wörld".split("ö"))))
except Exception as ex:
    print('"héllo wörld".split("ö")', '=> EXC', type(ex).__name__, ex)
try:
    print('"héllo wörld".replace("ö", "oe")', '=>', repr(("héllo wörld".replace("ö", "oe"))))
except Exception as ex:
    print('"héllo wörld".replace("ö", "oe")', '=> EXC', type(ex).__name__, ex)
try:
    print('"中文字符".center(10, "*")', '=>', repr(("中文字符".center(10, "*"))))
except Exception as ex:
    print('"中文字符".center(10, "*")', '=> EXC', type(ex).__name__, ex)
try:
    print('"中".ljust(3, "文") + "|"', '=>', repr(("中".ljust(3, "文") + "|")))
except Exception as ex:
    print('"中".ljust(3, "文") + "|"', '=> EXC', type(ex).__name__, ex)
try:
    print('"😀" * 3', '=>', repr(("😀" * 3)))
except Exception as ex:
    print('"😀" * 3', '=> EXC', type(ex).__name__, ex)
try:
    print('len("😀" * 3)', '=>', repr((len("😀" * 3))))
except Exception as ex:
    print('len("😀" * 3)', '=> EXC', type(ex).__name__, ex)
try:
    print('"é".zfill(4)', '=>', repr(("é".zfill(4))))
except Exception as ex:
    print('"é".zfill(4)', '=> EXC', type(ex).__name__, ex)
try:
    print('"%5s|" % "中文"', '=>', repr(("%5s|" % "中文")))
except Exception as ex:
    print('"%5s|" % "中文"', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:^7}".format("é😀")', '=>', repr(("{:^7}".format("é😀"))))
except Exception as ex:
    print('"{:^7}".format("é😀")', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{\'中\':>4}"', '=>', repr((f"{'中':>4}")))
except Exception as ex:
    print('f"{\'中\':>4}"', '=> EXC', type(ex).__name__, ex)
try:
    print('"aé中😀b".count("中")', '=>', repr(("aé中😀b".count("中"))))
except Exception as ex:
    print('"aé中😀b".count("中")', '=> EXC', type(ex).__name__, ex)
try:
    print('"ÀÉÎõü".upper()', '=>', repr(("ÀÉÎõü".upper())))
except Exception as ex:
    print('"ÀÉÎõü".upper()', '=> EXC', type(ex).__name__, ex)
try:
    print('"ÀÉÎõü".lower()', '=>', repr(("ÀÉÎõü".lower())))
except Exception as ex:
    print('"ÀÉÎõü".lower()', '=> EXC', type(ex).__name__, ex)
try:
    print('"é" < "z"', '=>', repr(("é" < "z")))
except Exception as ex:
    print('"é" < "z"', '=> EXC', type(ex).__name__, ex)
try:
    print('"z" < "é"', '=>', repr(("z" < "é")))
except Exception as ex:
    print('"z" < "é"', '=> EXC', type(ex).__name__, ex)
try:
    print('"😀" > "中"', '=>', repr(("😀" > "中")))
except Exception as ex:
    print('"😀" > "中"', '=> EXC', type(ex).__name__, ex)
try:
    print('sorted("zéa中😀A")', '=>', repr((sorted("zéa中😀A"))))
except Exception as ex:
    print('sorted("zéa中😀A")', '=> EXC', type(ex).__name__, ex)
try:
    print('max("zéa中😀A")', '=>', repr((max("zéa中😀A"))))
except Exception as ex:
    print('max("zéa中😀A")', '=> EXC', type(ex).__name__, ex)
try:
    print('ord(max("zéa中😀A"))', '=>', repr((ord(max("zéa中😀A")))))
except Exception as ex:
    print('ord(max("zéa中😀A"))', '=> EXC', type(ex).__name__, ex)
try:
    print('[c for c in "a😀b"]', '=>', repr(([c for c in "a😀b"])))
except Exception as ex:
    print('[c for c in "a😀b"]', '=> EXC', type(ex).__name__, ex)
try:
    print('list(reversed("a😀b"))', '=>', repr((list(reversed("a😀b")))))
except Exception as ex:
    print('list(reversed("a😀b"))', '=> EXC', type(ex).__name__, ex)
try:
    print('"a😀b".startswith("a😀")', '=>', repr(("a😀b".startswith("a😀"))))
except Exception as ex:
    print('"a😀b".startswith("a😀")', '=> EXC', type(ex).__name__, ex)
try:
    print('"a😀b".endswith("😀b")', '=>', repr(("a😀b".endswith("😀b"))))
except Exception as ex:
    print('"a😀b".endswith("😀b")', '=> EXC', type(ex).__name__, ex)
try:
    print('"x😀y😀z".split("😀")', '=>', repr(("x😀y😀z".split("😀"))))
except Exception as ex:
    print('"x😀y😀z".split("😀")', '=> EXC', type(ex).__name__, ex)
try:
    print('"😀".join("abc")', '=>', repr(("😀".join("abc"))))
except Exception as ex:
    print('"😀".join("abc")', '=> EXC', type(ex).__name__, ex)
try:
    print('"ab😀".strip("😀")', '=>', repr(("ab😀".strip("😀"))))
except Exception as ex:
    print('"ab😀".strip("😀")', '=> EXC', type(ex).__name__, ex)
try:
    print('"  é  ".strip()', '=>', repr(("  é  ".strip())))
except Exception as ex:
    print('"  é  ".strip()', '=> EXC', type(ex).__name__, ex)
try:
    print('"\\u00e9" == "e\\u0301"', '=>', repr(("\u00e9" == "e\u0301")))
except Exception as ex:
    print('"\\u00e9" == "e\\u0301"', '=> EXC', type(ex).__name__, ex)
try:
    print('len("e\\u0301")', '=>', repr((len("e\u0301"))))
except Exception as ex:
    print('len("e\\u0301")', '=> EXC', type(ex).__name__, ex)
try:
    print('"e\\u0301"[::-1] == "\\u0301e"', '=>', repr(("e\u0301"[::-1] == "\u0301e")))
except Exception as ex:
    print('"e\\u0301"[::-1] == "\\u0301e"', '=> EXC', type(ex).__name__, ex)
try:
    print('"ǅ".upper(), "ǅ".lower()', '=>', repr(("ǅ".upper(), "ǅ".lower())))
except Exception as ex:
    print('"ǅ".upper(), "ǅ".lower()', '=> EXC', type(ex).__name__, ex)
try:
    print('"ﬃ".upper()', '=>', repr(("ﬃ".upper())))
except Exception as ex:
    print('"ﬃ".upper()', '=> EXC', type(ex).__name__, ex)
try:
    print('"ΣΑΣ".lower()', '=>', repr(("ΣΑΣ".lower())))
except Exception as ex:
    print('"ΣΑΣ".lower()', '=> EXC', type(ex).__name__, ex)
try:
    print('"ς".upper()', '=>', repr(("ς".upper())))
except Exception as ex:
    print('"ς".upper()', '=> EXC', type(ex).__name__, ex)
try:
    print('"ß".isalpha(), "²".isalpha(), "Ⅷ".isdigit(), "٣".isdigit()', '=>', repr(("ß".isalpha(), "²".isalpha(), "Ⅷ".isdigit(), "٣".isdigit())))
except Exception as ex:
    print('"ß".isalpha(), "²".isalpha(), "Ⅷ".isdigit(), "٣".isdigit()', '=> EXC', type(ex).__name__, ex)
try:
    print('int("٣")', '=>', repr((int("٣"))))
except Exception as ex:
    print('int("٣")', '=> EXC', type(ex).__name__, ex)
try:
    print('float("٣.٥")', '=>', repr((float("٣.٥"))))
except Exception as ex:
    print('float("٣.٥")', '=> EXC', type(ex).__name__, ex)
try:
    print('str(12).isdigit(), "12.5".isdigit(), "-1".isdigit()', '=>', repr((str(12).isdigit(), "12.5".isdigit(), "-1".isdigit())))
except Exception as ex:
    print('str(12).isdigit(), "12.5".isdigit(), "-1".isdigit()', '=> EXC', type(ex).__name__, ex)
try:
    print('chr(233).encode if False else chr(233)', '=>', repr((chr(233).encode if False else chr(233))))
except Exception as ex:
    print('chr(233).encode if False else chr(233)', '=> EXC', type(ex).__name__, ex)
try:
    print('hex(ord("😀"))', '=>', repr((hex(ord("😀")))))
except Exception as ex:
    print('hex(ord("😀"))', '=> EXC', type(ex).__name__, ex)
try:
    print('"\\t".join(["é", "中"])', '=>', repr(("\t".join(["é", "中"]))))
except Exception as ex:
    print('"\\t".join(["é", "中"])', '=> EXC', type(ex).__name__, ex)
try:
    print('"a\\u2003b".split()', '=>', repr(("a\u2003b".split())))
except Exception as ex:
    print('"a\\u2003b".split()', '=> EXC', type(ex).__name__, ex)
try:
    print('"a\\u200bb".split()', '=>', repr(("a\u200bb".split())))
except Exception as ex:
    print('"a\\u200bb".split()', '=> EXC', type(ex).__name__, ex)
try:
    print('"a\\x1cb\\x1dc".split()', '=>', repr(("a\x1cb\x1dc".split())))
except Exception as ex:
    print('"a\\x1cb\\x1dc".split()', '=> EXC', type(ex).__name__, ex)
try:
    print('"\\u3000x\\u3000".strip()', '=>', repr(("\u3000x\u3000".strip())))
except Exception as ex:
    print('"\\u3000x\\u3000".strip()', '=> EXC', type(ex).__name__, ex)
try:
    print('"x\\x85y".split()', '=>', repr(("x\x85y".split())))
except Exception as ex:
    print('"x\\x85y".split()', '=> EXC', type(ex).__name__, ex)
try:
    print('"\\xa0".isspace(), "\\u200b".isspace(), "\\x1c".isspace()', '=>', repr(("\xa0".isspace(), "\u200b".isspace(), "\x1c".isspace())))
except Exception as ex:
    print('"\\xa0".isspace(), "\\u200b".isspace(), "\\x1c".isspace()', '=> EXC', type(ex).__name__, ex)
