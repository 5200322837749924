"""Turning the domain's state into the words the window shows and speaks.

No Qt here: each presenter is a plain function or small class from domain
values to text, tested without a display. Widgets only place the text.
"""
