bin("1")
