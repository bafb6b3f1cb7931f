"""Qt widgets, view models and background workers. No business rules live here."""
