# An unknown name in a '\N{...}' escape is a SyntaxError before anything runs.
print("must not be printed")
s = "caf\N{LATIN SMALL LETTER E WITH ACUTE} \N{LATIN SMALL LETTER NOT A LETTER}"
