# '\N{NAME}' escapes: any case, aliases, computed CJK and Hangul names, f-strings, raw and bytes literals.
x = 7
print(ascii("\N{LATIN SMALL LETTER A}\N{latin small letter a}\N{Latin Small Letter A}"))
print(ascii("\N{GREEK SMALL LETTER ALPHA}\N{greek capital letter omega}\N{EURO SIGN}"))
print(ascii("\N{SNOWMAN}\N{GRINNING FACE}\N{EMOJI MODIFIER FITZPATRICK TYPE-1-2}"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "\u00e9" == "\xe9" == "é")

# Aliases (corrections, control names, abbreviations) are names too.
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{BYTE ORDER MARK}\N{BOM}\N{ZWJ}\N{zero width space}"))
print(ascii("\N{NUL}\N{NULL}\N{LINE FEED}\N{LF}\N{CHARACTER TABULATION}\N{DELETE}"))
print(ascii("\N{HANGUL JUNGSEONG O-E}\N{HANGUL JUNGSEONG OE}\N{TIBETAN LETTER -A}"), len("\N{VS256}"))

# Computed names: CJK unified ideographs (four or five hex digits) and Hangul syllables.
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-9FFF}\N{CJK UNIFIED IDEOGRAPH-20000}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-04E00}\N{CJK UNIFIED IDEOGRAPH-3134A}"))
print(ascii("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE HIH}"))
print(ascii("\N{cjk compatibility ideograph-f900}\N{NUSHU CHARACTER-1B170}"))

# Escapes mix with the others and with plain text; one escape is one character.
s = "a\N{BULLET}b\x41\u00e9\N{DIGIT ONE}\101\n"
print(ascii(s), len(s), len("\N{GRINNING FACE}"))
print(ascii('''\N{COMET}
\N{SNOWMAN}'''), ascii("con" '\N{BULLET}' "cat"))

# f-strings: the braces of '\N{...}' are not a replacement field.
print(f"\N{DIGIT ONE}{x}", f"{x}\N{DIGIT TWO}{x}", f"{{\N{DIGIT THREE}}}")
print(f"\N{LEFT CURLY BRACKET}{x}\N{RIGHT CURLY BRACKET}", f"{x:\N{DIGIT ZERO}>4}")
print(ascii(f"{x!r}\N{BULLET}" 'plain\N{BULLET}' f"{'q'}"))

# Raw literals keep '\N{...}' as written; in a raw f-string the braces are a field.
print(r"\N{DIGIT ONE}", len(r"\N{BULLET}"), R'\N{x}', rf"\N{x}", fr"\N{x!r}")

# In bytes literals '\N' is not an escape: the backslash stays.
print(b"\N{BULLET}", len(b"\N{BULLET}"), rb"\N{X}", b"\N")
