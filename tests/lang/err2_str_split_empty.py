"a b".split("")
