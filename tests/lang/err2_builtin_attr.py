print.x
