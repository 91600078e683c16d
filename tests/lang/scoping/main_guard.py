# The entry file runs as __main__, so the main guard executes.
def main():
    print("main() called")
    return 0
print("module body runs, __name__ =", __name__)
if __name__ == "__main__":
    print("inside the guard")
    main()
else:
    print("not main")
print("after guard")
