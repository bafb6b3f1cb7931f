"""Pillow work, no Qt: safe image import, fonts, the infographic template spec, layout,
rendering and export."""
