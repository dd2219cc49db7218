yield 1
break
