x = "abc %" % ()
