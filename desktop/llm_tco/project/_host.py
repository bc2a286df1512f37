"""Who and where we are: process id liveness, host name and user name (no network)."""

from __future__ import annotations

import ctypes
import getpass
import os
import secrets
import socket
import sys
from typing import Any

# identifies this run of the app; tells a crashed earlier run apart from us even if the pid repeats
SESSION_ID = secrets.token_hex(8)
_STILL_ACTIVE = 259
_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_ERROR_ACCESS_DENIED = 5


def hostname() -> str:
    """This machine's name as the OS reports it (no DNS lookup)."""
    try:
        return socket.gethostname() or "unknown-host"
    except OSError:
        return "unknown-host"


def username() -> str:
    """The login name of the current user, or ``unknown`` when the OS cannot tell."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    kernel32: Any = getattr(ctypes, "windll").kernel32  # noqa: B009 - absent on POSIX
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return bool(kernel32.GetLastError() == _ERROR_ACCESS_DENIED)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (never signals it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


def owner_gone(*, pid: int, host: str, session: str) -> bool:
    """Whether the process that wrote a lock or autosave (pid, host, session) has ended.

    Only answerable for this machine: another host's owner counts as alive.
    """
    if host != hostname():
        return False
    if pid == os.getpid():
        return session != SESSION_ID  # an earlier run that had our pid
    return not pid_alive(pid)
