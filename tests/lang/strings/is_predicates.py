# isdigit, isalpha, isalnum, isspace, isdecimal, isnumeric, isidentifier, isprintable.
samples = ["123", "abc", "abc123", "  \t\n", "", "12.5", "-1", "ÀÉ", "a b", "_x1", "1x", "\x00"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isdecimal(),
          s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())
