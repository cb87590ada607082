"""Benchmarks: scripts, not tests, each printing its figures beside a baseline's."""
