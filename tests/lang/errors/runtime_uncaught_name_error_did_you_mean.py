# An uncaught NameError for a near-miss name: CPython adds a "Did you mean" suggestion.
value = 10
print(value)
print(vaule)
