"""The benchmarks are a script (`run.py`), not tests: pytest must not collect anything here."""

collect_ignore_glob = ["*.py"]
