# Frames of an imported module are printed with its own file and source.
import _tb_helper

print(_tb_helper.parse("21"))
print(_tb_helper.table())
