"""Live quiz: a room the audience votes in from its own browser (aiohttp, no Textual)."""

from srg_guide.live.room import LiveQuestion, Room, VoteRejected

__all__ = ["LiveQuestion", "Room", "VoteRejected"]
