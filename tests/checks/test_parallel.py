"""Batches worked on by two threads come back in file order, errors where they happened."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from srg_guide.checks.parallel import WORKERS, ordered_map


def test_results_keep_the_order_of_the_items_when_later_ones_finish_first() -> None:
    def slow_for_even(n: int) -> int:
        time.sleep(0.02 if n % 2 == 0 else 0)
        return n * 10

    assert list(ordered_map(slow_for_even, range(9))) == [n * 10 for n in range(9)]


def test_items_are_worked_on_by_more_than_one_thread() -> None:
    names: set[str] = set()
    both_busy = threading.Barrier(WORKERS, timeout=5)

    def record(n: int) -> int:
        names.add(threading.current_thread().name)
        if n < WORKERS:
            both_busy.wait()  # fails with BrokenBarrierError if they ran one after the other
        return n

    assert list(ordered_map(record, range(4))) == [0, 1, 2, 3]
    assert len(names) == WORKERS


def test_an_error_in_the_work_is_raised_at_its_item() -> None:
    def fails_at_three(n: int) -> int:
        if n == 3:
            raise ValueError("kapot bij 3")
        return n

    seen = []
    with pytest.raises(ValueError, match="kapot bij 3"):
        for n in ordered_map(fails_at_three, range(6)):
            seen.append(n)
    assert seen == [0, 1, 2]


def test_stopping_early_reads_no_further_than_the_items_in_flight() -> None:
    read = []

    def items() -> Iterator[int]:
        for n in range(100):
            read.append(n)
            yield n

    results = ordered_map(lambda n: n, items())
    assert next(results) == 0
    results.close()
    assert len(read) <= WORKERS + 1
