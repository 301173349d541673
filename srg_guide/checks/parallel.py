"""Check batches on two threads while the next one is read.

polars releases the GIL, so the rules on two batches run on both cores at once while this
thread reads the next block. Results come back in file order, and at most ``workers``
batches are in flight besides the one being read, so memory stays bounded.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

WORKERS = 2


def ordered_map(function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
    """``function(item)`` for every item, worked on by ``WORKERS`` threads, in order.

    An error in ``function`` is raised here, at its item; when the caller stops early, the
    items already started are finished and dropped.
    """
    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="srg-batch") as pool:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(function, item))
            del item  # the worker holds it until it is done
            if len(pending) >= WORKERS:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
