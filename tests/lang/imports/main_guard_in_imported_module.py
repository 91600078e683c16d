# An imported module's __name__ is its own name, so its main guard does not run.
import _helper_mod
print(__name__, _helper_mod.__name__)
if __name__ == "__main__":
    print("entry guard runs")
