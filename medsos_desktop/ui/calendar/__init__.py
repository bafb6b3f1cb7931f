"""The content calendar page and its views."""
