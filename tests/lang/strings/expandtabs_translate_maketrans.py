# expandtabs, str.maketrans and translate.
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), repr("\t".expandtabs(2)))
table = str.maketrans("abc", "xyz")
print("aabbcc abc".translate(table))
t2 = str.maketrans({"a": "1", "b": None, "c": "33"})
print("abcabc".translate(t2))
t3 = str.maketrans("", "", "aeiou")
print("programming language".translate(t3))
