for x in y: for z in w: pass
