# expect-error: NameError: name 'input' is not defined
# Scripts are sandboxed: there is no input().
print("before input")
name = input("name? ")
