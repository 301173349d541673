"""Saved tree sessions in the user folder: autosave, list, delete; export file names.

A session file holds the core's ``TreeSession.to_dict()`` plus keys for the start screen:
``saved`` (time), ``dossier`` (the user's label), ``note`` (the optional remark) and
``outcome`` (its title, once reached). Any BSN in user text is masked. No textual imports.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from srg_guide.tree.model import Tree
    from srg_guide.tree.session import TreeSession

MAX_LISTED = 20
_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")


@dataclass(frozen=True)
class SavedSession:
    """One session file as the start screen shows it."""

    path: Path
    saved: dt.datetime
    dossier: str
    outcome: str
    readable: bool = True

    @property
    def label(self) -> str:
        """One line: dossier label, date and outcome (or how far the walk got)."""
        dossier = self.dossier or "zonder dossier"
        if not self.readable:
            return f"{self.saved:%d-%m-%Y %H:%M}  onleesbaar sessiebestand ({self.path.name})"
        return f"{dossier}  ·  {self.saved:%d-%m-%Y %H:%M}  ·  {self.outcome}"


@dataclass
class Walk:
    """One walk as the app keeps it: the core session, its file, dossier label and remark."""

    session: TreeSession
    path: Path = field(default_factory=lambda: new_session_path())
    dossier: str = ""
    note: str = ""

    def save(self) -> None:
        """Autosave: called after every change, so Escape never loses answers."""
        save_session(self.session, self.path, self.dossier, self.note)

    def autosave(self, notify: Callable[..., object]) -> None:
        """Save; a failed save is shown with the screen's ``notify``, never fatal."""
        from srg_guide.errors import SrgGuideError

        try:
            self.save()
        except SrgGuideError as exc:
            notify(str(exc), title="Sessie niet bewaard", severity="error")


def sessions_dir() -> Path:
    """Folder of saved sessions (created on demand)."""
    from srg_guide.locations import user_data_dir

    folder = user_data_dir() / "sessions"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def new_session_path() -> Path:
    """A fresh, unique file name for one walk."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return sessions_dir() / f"sessie-{stamp}-{uuid.uuid4().hex[:6]}.yaml"


def clean_label(text: str) -> str:
    """A dossier label as stored and shown: one line, any BSN masked."""
    from srg_guide.privacy import mask_bsns_in_text

    return mask_bsns_in_text(" ".join(text.split()))


def save_session(session: TreeSession, path: Path, dossier: str = "", note: str = "") -> None:
    """Write the session and its start-screen keys atomically; nothing while nothing is answered."""
    import yaml

    from srg_guide.atomic import write_atomic

    data = session.to_dict()
    if not data["answers"] and not data["kept"]:
        return  # nothing to lose yet; an existing file is never removed here
    outcome = session.outcome
    data["saved"] = dt.datetime.now().isoformat(timespec="seconds")
    data["dossier"] = clean_label(dossier)
    data["note"] = clean_label(note)
    title = outcome.title if outcome is not None else ""
    data["outcome"] = f"{title} (voorwaardelijk)" if title and session.is_conditional else title
    write_atomic(path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def load_walk(path: Path, tree: Tree) -> TreeSession:
    """Read a saved session of the app: its own file, so later autosaves may replace it."""
    from srg_guide.inputs import own_files
    from srg_guide.tree.session import load_session

    with own_files():
        return load_session(path, tree)


def saved_labels(path: Path) -> tuple[str, str]:
    """The dossier label and remark stored in a session file (empty when none or unreadable)."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    return clean_label(str(data.get("dossier") or "")), clean_label(str(data.get("note") or ""))


def list_sessions() -> list[SavedSession]:
    """Saved sessions, newest first, at most MAX_LISTED."""
    files = sorted(sessions_dir().glob("*.yaml"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [_read(path) for path in files[:MAX_LISTED]]


def delete_session(path: Path) -> None:
    """Remove a saved session file."""
    path.unlink(missing_ok=True)


def export_stem(kind: str, dossier: str, fallback: str) -> str:
    """A file name stem such as ``onderbouwing-dossier-2026-17``: the label made safe for files."""
    label = _UNSAFE.sub("-", clean_label(dossier).replace("*", "x")).strip("-._")[:60]
    return f"{kind}-{label or fallback}"


def _read(path: Path) -> SavedSession:
    import yaml  # only once there are sessions: the start screen opens without it

    try:
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime)
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return SavedSession(path, dt.datetime.now(), "", "", readable=False)
    if not isinstance(data, dict) or not isinstance(data.get("answers"), list):
        return SavedSession(path, mtime, "", "", readable=False)
    try:
        saved = dt.datetime.fromisoformat(str(data.get("saved")))
    except ValueError:
        saved = mtime
    outcome = str(data.get("outcome") or "")
    if not outcome:
        count = _answer_count(data)
        outcome = f"nog geen uitkomst ({count} {'antwoord' if count == 1 else 'antwoorden'})"
    return SavedSession(path, saved, clean_label(str(data.get("dossier") or "")), outcome)


def _answer_count(data: dict[str, Any]) -> int:
    """Questions answered: on the path, or kept after going back (notes read are no answers)."""
    from srg_guide.tree.model import CONTINUE_OPTION_ID

    answers = {
        str(item.get("question")): str(item.get("answer"))
        for item in data["answers"]
        if isinstance(item, dict)
    }
    kept = data.get("kept")
    if isinstance(kept, dict):
        answers.update({str(q): str(a) for q, a in kept.items()})
    return sum(1 for answer in answers.values() if answer != CONTINUE_OPTION_ID)
