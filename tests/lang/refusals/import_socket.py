# expect-error: ModuleNotFoundError: No module named 'socket'
# Socket I/O is outside the subset.
import socket
