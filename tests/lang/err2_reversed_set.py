reversed({1})
