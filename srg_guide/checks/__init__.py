"""Bestandscontrole: check an SRG delivery file before it goes to CBS. No textual here."""

import os

# polars allocates with jemalloc; one arena that returns freed pages after 100 ms keeps the
# peak memory of a million-row check low at little cost in time (bench/check_bench.py).
# Must be set before polars is first imported.
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:100,muzzy_decay_ms:0,narenas:1")
