"""Evaluation of published posts: comments, complaints and replies."""
