# expect-error: NameError: name '__import__' is not defined
# __import__ is not a built-in of the subset; import statements are the only way in.
print("before __import__")
os = __import__("os")
