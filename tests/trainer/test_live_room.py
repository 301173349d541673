"""The live room's rules: one vote per participant per question, validated, closed is closed."""

from __future__ import annotations

import pytest

from srg_guide.live.room import CODE_ALPHABET, CODE_LENGTH, Room, VoteRejected, new_room_code

OPTIONS = [("ja", "Ja"), ("nee", "Nee"), ("weet-ik-niet", "Weet ik niet")]


def open_room() -> Room:
    room = Room()
    room.show("Zet de gemeente dit in?", OPTIONS)
    return room


def test_room_codes_are_random_and_unambiguous() -> None:
    codes = {new_room_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert not set("01OIL") & set(CODE_ALPHABET)


def test_votes_are_tallied_per_option_with_zeros() -> None:
    room = open_room()
    room.vote("p1", 1, "ja")
    room.vote("p2", 1, "ja")
    room.vote("p3", 1, "nee")
    assert room.tally() == {"ja": 2, "nee": 1, "weet-ik-niet": 0}


@pytest.mark.parametrize(
    ("number", "option", "message"),
    [
        (2, "ja", "al voorbij"),
        (0, "ja", "al voorbij"),
        ("1", "ja", "al voorbij"),
        (True, "ja", "al voorbij"),
        (1, "misschien", "hoort niet bij de vraag"),
        (1, None, "hoort niet bij de vraag"),
        (1, ["ja"], "hoort niet bij de vraag"),
        (1, "<script>", "hoort niet bij de vraag"),
    ],
)
def test_invalid_votes_are_rejected(number: object, option: object, message: str) -> None:
    room = open_room()
    with pytest.raises(VoteRejected, match=message):
        room.vote("p1", number, option)
    assert room.tally() == {"ja": 0, "nee": 0, "weet-ik-niet": 0}


def test_one_vote_per_participant_per_question() -> None:
    room = open_room()
    room.vote("p1", 1, "ja")
    with pytest.raises(VoteRejected, match="al gestemd"):
        room.vote("p1", 1, "nee")
    room.show("Volgende vraag?", OPTIONS)
    room.vote("p1", 2, "nee")
    assert room.tally(1) == {"ja": 1}
    assert room.tally() == {"ja": 0, "nee": 1, "weet-ik-niet": 0}


def test_no_votes_after_the_reveal_or_when_closed() -> None:
    room = open_room()
    room.show_answer("ja", "Omdat de gemeente het inzet.")
    with pytest.raises(VoteRejected, match="antwoord is al getoond"):
        room.vote("p1", 1, "ja")
    room.show("Volgende vraag?", OPTIONS)
    room.close()
    with pytest.raises(VoteRejected, match="gesloten"):
        room.vote("p1", 2, "ja")


def test_no_vote_before_the_first_question() -> None:
    with pytest.raises(VoteRejected, match="nog geen vraag"):
        Room().vote("p1", 1, "ja")


def test_state_hides_the_tally_until_the_reveal() -> None:
    room = open_room()
    room.vote("p1", 1, "nee")
    assert "tally" not in room.state()
    room.show_answer("ja", "Uitleg")
    state = room.state()
    assert state["tally"] == {"ja": 0, "nee": 1, "weet-ik-niet": 0}
    assert state["reveal"] == {"option": "ja", "why": "Uitleg"}
    assert [o["letter"] for o in state["question"]["options"]] == ["A", "B", "C"]  # type: ignore[index]
