"""Widgets and helpers every page uses: the task runner, autosave, messages, screen fitting."""
