# A syntax error late in the file still prevents every earlier line from running.
print("line 1 must not run")
def f():
    return 1
print(f())
for i in range(3):
    print(i)
class C:
    pass
x = (1 +)
