"""RoomKeeper: one live room for a whole presentation, shared by its presenter screens.

The start screen keeps it while the trainer moves from example to example, so participants
keep their room code; it closes when presentation mode is left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from srg_guide.live.server import LiveServer


class RoomKeeper:
    """Opens the room on first use (in the app's event loop) and closes it once."""

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self.server: LiveServer | None = None

    async def open(self) -> LiveServer:
        """The running room, started now if needed; OSError when the port is taken."""
        if self.server is None:
            from srg_guide.live.room import Room
            from srg_guide.live.server import LiveServer

            server = LiveServer(Room(), self.host, self.port)
            await server.start()
            self.server = server
        return self.server

    async def close(self) -> None:
        """Close the room: participants are told, the port is freed."""
        if self.server is not None:
            server, self.server = self.server, None
            await server.stop()
