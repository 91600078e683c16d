# f-strings with triple quotes, mixed quotes and implicit concatenation.
a, b = 1, 2
s = f"""a={a}
b={b}"""
print(s)
print(f'{"double inside single"}', f"{'single inside double'}")
msg = (f"part {a} "
       f"part {b} "
       "plain part")
print(msg)
print(f"{a}" f"{b}" "c" f"{a + b}")
