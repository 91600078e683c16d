# compare-stderr: traceback
# An exception class defined in an imported module prints as module.Class.
import _tb_helper
print("calling helper")
_tb_helper.explode("kaboom")
