"""The pieces of `lockvm bench` (bench/lockvm_bench.py): fresh-process
measurement, statistics, the interpreters measured, the sweep, the reports
and plots, and `lockvm bench compare`."""
