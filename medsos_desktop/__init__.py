"""Medsos Desktop: drafting, checking and approving government social-media posts."""

__version__ = "0.1.0"
