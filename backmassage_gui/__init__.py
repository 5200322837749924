"""Back Massage Coach: a desktop coach for giving a back massage, phase by phase."""

__version__ = "0.1.0"
