prnt "x"
