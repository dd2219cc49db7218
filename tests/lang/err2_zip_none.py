zip([1], None)
