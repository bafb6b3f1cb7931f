"""Entering and importing post metrics."""
