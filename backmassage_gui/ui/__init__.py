"""The Qt front end. It reads ``backmassage_gui.domain``; the domain never reads it."""
