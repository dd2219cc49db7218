reversed(iter([]))
