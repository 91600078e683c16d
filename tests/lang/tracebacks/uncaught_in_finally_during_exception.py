# compare-stderr: traceback
# An exception raised in finally while another propagates chains to it.
def work():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("cleanup failed")
print("working")
work()
