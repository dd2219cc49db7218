{k for k in x} += 1
