"""`srg-guide serve`: the app in a web browser via textual-serve. No login: localhost by default."""

from __future__ import annotations

import argparse
import errno
import sys
from typing import Any

from srg_guide.commands.common import add_command

NO_LOGIN_WARNING = (
    "Let op: deze server heeft geen inlog. "
    "Iedereen die dit adres kan bereiken, kan de app gebruiken."
)


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = add_command(subparsers, "serve", "open de app in een webbrowser (zonder inlog)")
    parser.add_argument("--host", default="127.0.0.1", help="adres (standaard 127.0.0.1)")
    parser.add_argument(
        "--port", type=_port, default=8000, help="poort, 1 tot en met 65535 (standaard 8000)"
    )
    parser.add_argument(
        "--font-size",
        type=_font_size,
        default=16,
        metavar="PUNTEN",
        help="lettergrootte in de browser, 8 tot en met 48 (standaard 16)",
    )
    parser.add_argument(
        "--public",
        action="store_true",
        help="sta een adres buiten deze computer toe (alleen op een vertrouwd netwerk)",
    )
    parser.set_defaults(func=run)


def _number_between(text: str, low: int, high: int, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is geen {what}') from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"{what} moet tussen {low} en {high} liggen")
    return value


def _port(text: str) -> int:
    return _number_between(text, 1, 65535, "poortnummer")


def _font_size(text: str) -> int:
    return _number_between(text, 8, 48, "lettergrootte")


def is_loopback(host: str) -> bool:
    """True for localhost and 127.x / ::1 addresses."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    import shlex

    from srg_guide.errors import SrgGuideError

    if not is_loopback(args.host) and not args.public:
        raise SrgGuideError(
            "Adres geweigerd",
            f"{args.host} is bereikbaar vanaf andere computers en de server heeft geen inlog. "
            "Gebruik 127.0.0.1, of voeg --public toe als u dit echt wilt.",
        )
    from srg_guide.web.server import GuardedServer

    command = f"{shlex.quote(sys.executable)} -m srg_guide app"
    server = GuardedServer(command, args.host, args.port, args.font_size)
    _check_address(args.host, args.port)
    print(f"srg-guide draait op {server.session_url}", flush=True)
    print("Open precies dit adres: zonder de sessiesleutel start er geen sessie.", flush=True)
    print(NO_LOGIN_WARNING, flush=True)
    print("Stoppen: Ctrl+C.", flush=True)
    try:
        server.serve()
    except OSError as exc:  # the port was taken between the check and the start
        raise SrgGuideError("Poort niet beschikbaar", _bind_problem(args.port, exc)) from None
    return 0


def _check_address(host: str, port: int) -> None:
    """Refuse a busy port or an unknown host before printing an address that will not work."""
    import socket

    from srg_guide.errors import SrgGuideError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise SrgGuideError("Adres onbekend", f"{host} is geen bekend adres") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise SrgGuideError("Poort niet beschikbaar", _bind_problem(port, exc)) from None


def _bind_problem(port: int, exc: OSError) -> str:
    reasons = {
        errno.EADDRINUSE: "is al in gebruik; kies een andere met --port",
        errno.EACCES: "vraagt beheerdersrechten; kies een poort boven 1024",
        errno.EADDRNOTAVAIL: "kan niet: dit adres hoort niet bij deze computer",
    }
    return f"poort {port} " + reasons.get(exc.errno or 0, "kan niet gebruikt worden")
