# The string constants, capwords and Template.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('  the  old  man and the sea '), string.capwords('a-b-c', '-'))
t = string.Template('$hero finds ${count} coins, costs $$5')
print(t.substitute(hero='Ana', count=3), t.safe_substitute(hero='Bo'))
try:
    t.substitute(hero='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('cost: $').substitute()
except ValueError as e:
    print('ValueError', e)
print(t.get_identifiers(), t.is_valid())
