# A helper module can import another helper module beside the entry program.
import _chain_a
import _chain_b
print(_chain_a.VALUE, _chain_a.call_b(), _chain_b.VALUE, _chain_a._chain_b is _chain_b)
import _uses_math
print(_uses_math.area(2), _uses_math.math.floor(2.5))
