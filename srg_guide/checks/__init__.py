"""Bestandscontrole: check an SRG delivery file before it goes to CBS. No textual here."""

import os

# polars allocates with jemalloc; returning freed pages at once keeps the peak memory of a
# million-row check low. Must be set before polars is first imported.
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")
