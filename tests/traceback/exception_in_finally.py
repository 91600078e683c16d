# A new exception raised in a finally block while another propagates.
def risky():
    try:
        return [][1]
    finally:
        None.close()


risky()
