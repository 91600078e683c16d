# The common pattern: sys.exit(main()) under the main guard.
import sys
def main():
    print("main running")
    return 7
if __name__ == "__main__":
    sys.exit(main())
