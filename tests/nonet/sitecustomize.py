"""Forbid network access in any Python process started with this folder on PYTHONPATH.

    env PYTHONPATH=tests/nonet:. NONET_LOG=/tmp/attempts.log python -m desktop ...

Every attempt to reach the network (connect, sendto, DNS resolution) raises
``OSError("network access forbidden by tests/nonet")`` and, when ``NONET_LOG``
is set, appends one line to that file, so a test can assert the file stays
empty even when the code swallowed the exception.

Local IPC over AF_UNIX sockets (D-Bus for the OS keyring) is allowed unless
``NONET_STRICT=1``.  In-process tests can call ``install()`` directly.
"""

from __future__ import annotations

import os
import socket
import traceback

_ERROR = "network access forbidden by tests/nonet"
_installed = False


def _record(what: str, target: object) -> None:
    path = os.environ.get("NONET_LOG")
    if path:
        stack = "".join(traceback.format_stack(limit=8)[:-2]).replace("\n", " | ")
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {what} {target!r} :: {stack}\n")


def _is_local_ipc(sock: socket.socket) -> bool:
    family = getattr(socket, "AF_UNIX", None)
    return family is not None and sock.family == family and os.environ.get("NONET_STRICT") != "1"


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto

    def connect(self: socket.socket, address: object) -> None:
        if _is_local_ipc(self):
            return real_connect(self, address)  # type: ignore[arg-type]
        _record("connect", address)
        raise OSError(_ERROR)

    def connect_ex(self: socket.socket, address: object) -> int:
        if _is_local_ipc(self):
            return real_connect_ex(self, address)  # type: ignore[arg-type]
        _record("connect_ex", address)
        raise OSError(_ERROR)

    def sendto(self: socket.socket, *args: object) -> int:
        if _is_local_ipc(self):
            return real_sendto(self, *args)  # type: ignore[arg-type]
        _record("sendto", args[-1] if args else None)
        raise OSError(_ERROR)

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> list[object]:
        _record("getaddrinfo", host)
        raise socket.gaierror(_ERROR)

    def create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
        _record("create_connection", address)
        raise OSError(_ERROR)

    socket.socket.connect = connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign,assignment]
    socket.socket.sendto = sendto  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    socket.create_connection = create_connection  # type: ignore[assignment]
    socket.gethostbyname = getaddrinfo  # type: ignore[assignment]


install()
