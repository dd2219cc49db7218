# Uncaught IndexError: string index out of range.
word = "abc"
print(word[-1], word[0])
print(word[5])
