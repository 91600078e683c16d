# The constants of the string module and string.capwords.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable[-10:]), len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c", "-"))
print(string.Template("$who likes $what").substitute(who="tim", what="pie"))
