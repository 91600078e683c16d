# Triple-quoted strings keep newlines and quotes; backslash-newline joins lines.
s = """line one
  line "two"
line three"""
print(s)
print(len(s.splitlines()))
t = '''a\
b'''
print(t)
u = """\
starts here
"""
print(repr(u))
print(repr('''it's "quoted"'''))
