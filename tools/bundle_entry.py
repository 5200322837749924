"""The standalone bundle's entry point: the same ``main`` as the installed command."""

import sys

from backmassage_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
