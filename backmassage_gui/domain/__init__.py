"""The app's domain: zones, strokes, pressure, routines and session timing.

Nothing in this package imports Qt, so all of it is tested without a display.
The widgets in ``backmassage_gui.ui`` read it; it never reads them.
"""
