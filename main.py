"""Run Back Massage Coach from a source checkout: ``python main.py --help``."""

from backmassage_gui.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
