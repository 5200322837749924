"""The standalone bundle's entry point: the same ``main`` as the installed command.

The bundle's executable is also what multiprocessing starts for the
recogniser's process (there is no Python beside it), so such a start is
taken first, before anything of the app loads (``frozen_support``)."""

import sys

from backmassage_gui.frozen_support import run_child_if_asked

if __name__ == "__main__":
    if run_child_if_asked(sys.argv):
        sys.exit(0)
    from backmassage_gui.cli import main

    sys.exit(main())
