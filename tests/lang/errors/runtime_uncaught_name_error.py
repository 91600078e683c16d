# Uncaught NameError for a name with no similar name in scope.
value = 10
print(value)
print(zzqx_completely_unknown)
