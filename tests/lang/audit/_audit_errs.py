# helper module for imports_star_alias_and_errors.py: exception classes defined in another module
class GameOver(Exception):
    pass
class Nested:
    class Inner(Exception):
        pass
