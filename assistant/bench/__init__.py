"""Benchmarks: open-domain Chinese QA against peers (`cmrc`), and speed and scale (`speed`)."""
