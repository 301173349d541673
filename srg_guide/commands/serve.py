"""`srg-guide serve`: the app in a web browser via textual-serve. No login: localhost by default."""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import sys

from srg_guide.commands.common import add_command
from srg_guide.errors import SrgGuideError

NO_LOGIN_WARNING = (
    "Let op: deze server heeft geen inlog. "
    "Iedereen die dit adres kan bereiken, kan de app gebruiken."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(subparsers, "serve", "open de app in een webbrowser (zonder inlog)")
    parser.add_argument("--host", default="127.0.0.1", help="adres (standaard 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="poort (standaard 8000)")
    parser.add_argument(
        "--public",
        action="store_true",
        help="sta een adres buiten deze computer toe (alleen op een vertrouwd netwerk)",
    )
    parser.set_defaults(func=run)


def is_loopback(host: str) -> bool:
    """True for localhost and 127.x / ::1 addresses."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    if not is_loopback(args.host) and not args.public:
        raise SrgGuideError(
            "Adres geweigerd",
            f"{args.host} is bereikbaar vanaf andere computers en de server heeft geen inlog. "
            "Gebruik 127.0.0.1, of voeg --public toe als u dit echt wilt.",
        )
    from textual_serve.server import Server

    command = f"{shlex.quote(sys.executable)} -m srg_guide app"
    url = f"http://{args.host}:{args.port}"
    print(f"srg-guide draait op {url}", flush=True)
    print(NO_LOGIN_WARNING, flush=True)
    print("Stoppen: Ctrl+C.", flush=True)
    Server(command, host=args.host, port=args.port, title="srg-guide").serve()
    return 0
