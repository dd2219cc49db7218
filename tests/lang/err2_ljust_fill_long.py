"a".ljust(3, fillchar="ab")
