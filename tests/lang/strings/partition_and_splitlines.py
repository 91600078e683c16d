# partition / rpartition and splitlines with keepends.
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
text = "one\ntwo\r\nthree\rfour\n\nsix"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[:2], "".splitlines(), "end\n".splitlines())
