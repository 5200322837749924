"""Hands-free control by voice: what can be said, and the offline recogniser.

Qt-free, like the domain: the words and the recogniser are tested without a
display, and ``ui`` feeds them microphone audio off the GUI thread. No audio
is ever written to disk or sent anywhere.
"""
