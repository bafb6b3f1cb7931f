"""Use cases: what the UI and the command line call."""
