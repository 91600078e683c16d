# compare-stderr: traceback
# An uncaught exception class defined in __main__ prints without a module prefix.
class GameOver(Exception):
    def __init__(self, score):
        super().__init__(f"final score {score}")
        self.score = score
print("playing")
raise GameOver(42)
