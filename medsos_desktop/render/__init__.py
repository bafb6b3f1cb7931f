"""Pillow work: safe image import now, infographic rendering later. No Qt."""
