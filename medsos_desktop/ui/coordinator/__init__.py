"""Diskominfo's coordinator window over the central folder."""
