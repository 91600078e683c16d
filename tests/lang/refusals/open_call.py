# expect-error: NameError: name 'open' is not defined
# Scripts are sandboxed: there is no open().
print("before open")
with open("no_such_file_for_the_open_test.txt") as f:
    print(f.read())
