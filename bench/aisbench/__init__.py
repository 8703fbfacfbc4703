"""The aisclient benchmark harness (driven by scripts/bench.py)."""
