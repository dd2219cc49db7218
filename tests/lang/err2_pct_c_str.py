print("%c" % "ab")
