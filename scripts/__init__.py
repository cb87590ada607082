"""Maintenance scripts, run with ``python -m scripts.<name>`` from the repository root."""
