"""Benchmarks for casualtylog: synthetic and real logs, and the script that measures them.

Run ``python benchmarks/run.py --size 1000000`` (see ``docs/performance.md``).
"""
