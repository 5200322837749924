"""``python -m backmassage_gui`` runs the app."""

from backmassage_gui.cli import main

raise SystemExit(main())
