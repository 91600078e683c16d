# A string literal missing its closing quote.
print("must not be printed")
s = "never closed
print(s)
