# upper, lower, title, capitalize, swapcase, casefold, including non-ASCII letters.
s = "hello World-of pYTHON 3rd éclair"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("Straße".upper(), "ÉCOLE".lower(), "ß".casefold(), "they're bill's".title())
print("ABC".isupper(), "abc".islower(), "Title Case".istitle(), "aBc".isupper())
