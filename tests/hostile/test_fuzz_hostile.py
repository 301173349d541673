"""Fuzz over delivery bytes, layouts and trees: never an internal error (exit 70), never a hang.

Each case runs in-process under a timer: a case that takes longer than CASE_SECONDS raises
``Hang`` (a BaseException, so the CLI's own handler cannot turn it into an exit code).
"""

from __future__ import annotations

import contextlib
import io
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srg_guide.cli import main
from srg_guide.sample.records import FIELDS
from tests.checks.deliveries import BASE
from tests.hostile.conftest import REPO, SAMPLE

CASE_SECONDS = 20
FUZZ = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)
LAYOUT = yaml.safe_load((REPO / "tables" / "layouts" / "voorbeeld.yaml").read_text("utf-8"))
SMALL_SAMPLE = b"\n".join(SAMPLE.read_bytes().split(b"\n")[:15]) + b"\n"


class Hang(BaseException):
    """A case ran longer than CASE_SECONDS."""


@contextlib.contextmanager
def _time_limit() -> Iterator[None]:
    def stop(_signum: int, _frame: FrameType | None) -> None:
        raise Hang(f"langer dan {CASE_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, CASE_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _run(*argv: str) -> int:
    """Run the CLI quietly within the time limit; an internal error fails the case."""
    out, err = io.StringIO(), io.StringIO()
    with _time_limit(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    assert code != 70, err.getvalue()
    assert code in (0, 1, 2), (code, err.getvalue())
    assert "Traceback" not in err.getvalue()
    return code


VALUES = st.one_of(
    st.sampled_from(["", "0", "-1", "99999999999999999999", "20250231", "2025-01-01", "NaN"]),
    st.sampled_from(["123456782", "12345678", "\x00", "\x1b[31m", "=1+1", '"', ";", "é", "\ufeff"]),
    st.text(max_size=12),
)
RECORD = st.fixed_dictionaries({name: VALUES for name in FIELDS})


@st.composite
def deliveries(draw: st.DrawFn) -> bytes:
    header = list(FIELDS)
    if draw(st.booleans()):
        header = draw(st.permutations(header))
    if draw(st.integers(0, 4)) == 0:
        header.append(draw(st.sampled_from(header)))  # a duplicate column
    records = draw(st.lists(st.one_of(RECORD, st.just(BASE)), max_size=6))
    delimiter = draw(st.sampled_from([";", ";", ",", "\t"]))
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    lines = [delimiter.join(header)]
    lines += [delimiter.join(str(r.get(name, "")) for name in header) for r in records]
    text = ending.join(lines) + draw(st.sampled_from([ending, ""]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "cp1252", "utf-16", "utf-8-sig"]))
    data = text.encode(encoding, errors="replace")
    tail = draw(st.binary(max_size=20))
    return data + tail


@FUZZ
@given(delivery=deliveries(), previous=st.booleans())
def test_fuzz_delivery_bytes(delivery: bytes, previous: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "levering.csv"
        path.write_bytes(delivery)
        extra = ["--previous", str(path)] if previous else []
        _run("check", str(path), "--format", "json", *extra)


YAML_VALUES: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**6) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
LAYOUT_KEYS = ["name", "format", "csv", "fields", "record_length", "xlsx", "assumption"]
FIELD_KEYS = [
    "name",
    "type",
    "format",
    "codes",
    "digits",
    "min",
    "max",
    "required",
    "start",
    "length",
]


@st.composite
def layouts(draw: st.DrawFn) -> str:
    layout = yaml.safe_load(yaml.safe_dump(LAYOUT))
    for _ in range(draw(st.integers(1, 4))):
        fields = layout.get("fields")
        if draw(st.booleans()) and isinstance(fields, list) and fields:
            field = fields[draw(st.integers(0, len(fields) - 1))]
            if isinstance(field, dict):
                field[draw(st.sampled_from(FIELD_KEYS))] = draw(YAML_VALUES)
        else:
            layout[draw(st.sampled_from(LAYOUT_KEYS))] = draw(YAML_VALUES)
    text = yaml.safe_dump(layout, allow_unicode=True)
    if draw(st.integers(0, 5)) == 0:
        cut = draw(st.integers(0, len(text)))
        text = (
            text[:cut]
            + draw(
                st.sampled_from(["&a [*a]", "*x", "\t", ": :", "[[[[", "!!python/object:os.system"])
            )
            + text[cut:]
        )
    return text


@FUZZ
@given(layout=layouts())
def test_fuzz_layouts(layout: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "layout.yaml"
        path.write_text(layout, encoding="utf-8")
        delivery = Path(folder) / "levering.csv"
        delivery.write_bytes(SMALL_SAMPLE)
        _run("check", str(delivery), "--layout", str(path), "--format", "json")


NODE_IDS = ["a", "b", "c", "d", "uit-1", "uit-2"]


@st.composite
def trees(draw: st.DrawFn) -> tuple[str, dict[str, str]]:
    nodes: dict[str, Any] = {}
    for node_id in draw(st.lists(st.sampled_from(NODE_IDS), min_size=1, max_size=6, unique=True)):
        kind = draw(st.sampled_from(["question", "question", "note", "outcome", "onzin"]))
        node: dict[str, Any] = {"kind": kind}
        if kind == "outcome":
            node |= {"counts": draw(st.booleans()), "level": "voorziening", "title": "Uit"}
            if node["counts"]:
                node |= {"code": draw(st.sampled_from(["42", "99", ""])), "doel": "1"}
        elif kind == "note":
            node |= {"text": "Let op.", "next": draw(st.sampled_from(NODE_IDS))}
        else:
            node["text"] = draw(st.sampled_from(["Vraag?", "", "x" * 300]))
            node["options"] = [
                {"id": f"o{i}", "label": f"Keuze {i}", "next": draw(st.sampled_from(NODE_IDS))}
                for i in range(draw(st.integers(0, 3)))
            ]
        if draw(st.integers(0, 6)) == 0:
            node[draw(st.sampled_from(["guidelines", "help", "zomaar"]))] = draw(YAML_VALUES)
        nodes[node_id] = node
    tree = {
        "id": "fuzz",
        "title": "Fuzzboom",
        "version": "1",
        "valid_from": "2025-01-01",
        "start": draw(st.sampled_from(NODE_IDS)),
        "nodes": nodes,
    }
    answers = {node_id: draw(st.sampled_from(["o0", "o1", "o2", "x"])) for node_id in NODE_IDS}
    return yaml.safe_dump(tree, allow_unicode=True), answers


@settings(FUZZ, max_examples=40)
@given(case=trees())
def test_fuzz_trees(case: tuple[str, dict[str, str]]) -> None:
    text, answers = case
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "fuzz.yaml"
        tree.write_text(text, encoding="utf-8")
        answer_file = Path(folder) / "antwoorden.yaml"
        answer_file.write_text(yaml.safe_dump(answers), encoding="utf-8")
        _run("classify", "--tree", str(tree), "--answers", str(answer_file))
        _run("tree", "diagram", "--tree", str(tree))
        _run("tree", "paths", "--outcome", "uit-1", "--tree", str(tree))
        _run("tree", "lint", str(tree))


def test_layout_whose_xlsx_section_is_not_a_mapping() -> None:
    """Found by the layout fuzz: ``xlsx: '0'`` was an internal error."""
    layout = yaml.safe_dump({**LAYOUT, "xlsx": "0"})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "layout.yaml"
        path.write_text(layout, encoding="utf-8")
        assert _run("check", str(SAMPLE), "--layout", str(path)) == 2
