d = {}
d['say "hi"']
