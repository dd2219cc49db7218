"abc"[None]
