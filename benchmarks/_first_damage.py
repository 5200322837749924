"""Time from starting a program to its first painted window, seen from outside.

``startup.py`` times the first paint from inside the app (a wrapped
``paintEvent``), which needs the app's Python code to be patchable; a
standalone bundle's is not. This watches the X server instead: every new
top-level window gets an X Damage object, and the first damage reported on a
window at least ``min_width`` wide is the moment the app's first frame
reached the screen (Qt's windows have no background of their own, so mapping
one draws nothing; only the app's own flush does). It works the same for
anything that opens a window, so the venv and the bundle are timed alike.

Needs libX11 and libXdamage (both there wherever Xvfb is), through ctypes.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, cast

_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
_CREATE_NOTIFY = 16
_DAMAGE_REPORT_NON_EMPTY = 3


class _Event(ctypes.Structure):
    """XEvent: a union of at most 24 longs; the fields read here sit at fixed
    offsets (x86-64 and other LP64 systems)."""

    _fields_ = [("pad", ctypes.c_long * 24)]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


@dataclass(frozen=True)
class FirstPaint:
    seconds: float
    """From just before the program was started to its first painted frame."""
    wall: float
    """time.time() at that frame, to compare with a stamp the program prints."""
    width: int
    height: int
    output: str = ""
    """What the program printed (it is stopped once it has painted)."""
    cpu: float = 0.0
    """CPU seconds (user + system, all threads) the program used by then: less
    swayed than wall time by other work on the machine."""


class DamageWatch:
    """An X connection that reports the first paint of new top-level windows."""

    def __init__(self, display: str) -> None:
        self.x11 = ctypes.cdll.LoadLibrary("libX11.so.6")
        self.xdamage = ctypes.cdll.LoadLibrary("libXdamage.so.1")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self.x11.XPending.argtypes = [ctypes.c_void_p]
        self.x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Event)]
        self.x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.xdamage.XDamageQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        self.xdamage.XDamageCreate.restype = ctypes.c_ulong
        self.xdamage.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
        # A window that vanished before its damage object was made is no fault.
        self._ignore = _ERROR_HANDLER(lambda display, event: 0)
        self.x11.XSetErrorHandler(self._ignore)
        self.dpy = self.x11.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open X display {display}")
        base, error = ctypes.c_int(), ctypes.c_int()
        if not self.xdamage.XDamageQueryExtension(
            self.dpy, ctypes.byref(base), ctypes.byref(error)
        ):
            raise RuntimeError(f"the X server on {display} has no Damage extension")
        self.damage_notify = base.value
        root = self.x11.XDefaultRootWindow(self.dpy)
        self.x11.XSelectInput(self.dpy, root, _SUBSTRUCTURE_NOTIFY_MASK)
        self.x11.XSync(self.dpy, 0)

    def close(self) -> None:
        if self.dpy:
            self.x11.XCloseDisplay(self.dpy)
            self.dpy = None

    def _drain(self) -> None:
        event = _Event()
        while self.x11.XPending(self.dpy):
            self.x11.XNextEvent(self.dpy, ctypes.byref(event))

    def time_first_paint(
        self,
        cmd: Sequence[str],
        env: dict[str, str],
        *,
        cwd: str | None = None,
        min_width: int = 400,
        timeout: float = 60.0,
    ) -> FirstPaint:
        """Start ``cmd``, wait for its first frame, stop it, and say when."""
        self._drain()
        with tempfile.TemporaryFile() as out:
            t0 = time.perf_counter()
            proc = subprocess.Popen(
                list(cmd), env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT
            )
            try:
                seconds, wall, width, height = self._wait(proc, out, t0, min_width, timeout)
            finally:
                cpu = _stop(proc)
            out.seek(0)
            text = out.read().decode(errors="replace")
        return FirstPaint(seconds, wall, width, height, text, cpu)

    def _wait(
        self,
        proc: subprocess.Popen[bytes],
        out: IO[bytes],
        t0: float,
        min_width: int,
        timeout: float,
    ) -> tuple[float, float, int, int]:
        program = cast("list[str]", proc.args)[0]  # time_first_paint passes a list of str
        event = _Event()
        fd = self.x11.XConnectionNumber(self.dpy)
        deadline = t0 + timeout
        while time.perf_counter() < deadline:
            if not self.x11.XPending(self.dpy):
                if proc.poll() is not None:
                    self.x11.XSync(self.dpy, 0)  # its last frame may still be on the way
                    if self.x11.XPending(self.dpy):
                        continue
                    out.seek(0)
                    raise RuntimeError(
                        f"{program} exited ({proc.returncode}) before "
                        f"painting: {out.read()[-1500:]!r}"
                    )
                select.select([fd], [], [], 0.02)
                continue
            self.x11.XNextEvent(self.dpy, ctypes.byref(event))
            words = event.pad
            kind = words[0] & 0xFFFFFFFF
            if kind == _CREATE_NOTIFY:
                # XCreateWindowEvent.window is the sixth long.
                self.xdamage.XDamageCreate(
                    self.dpy, ctypes.c_ulong(words[5]), _DAMAGE_REPORT_NON_EMPTY
                )
                self.x11.XFlush(self.dpy)
            elif kind == self.damage_notify:
                stamp, wall = time.perf_counter(), time.time()
                # XDamageNotifyEvent.geometry (x, y, width, height as shorts)
                # is the tenth long.
                geometry = words[9] & 0xFFFFFFFFFFFFFFFF
                width, height = (geometry >> 32) & 0xFFFF, (geometry >> 48) & 0xFFFF
                if width >= min_width:
                    return stamp - t0, wall, width, height
        raise RuntimeError(f"no window of {program} painted within {timeout:g} s")


def _stop(proc: subprocess.Popen[bytes]) -> float:
    """End the program (SIGTERM: Qt and Python keep no handler for it, so it
    ends at once) and return the CPU time it used."""
    with contextlib.suppress(ProcessLookupError):
        proc.terminate()
    deadline = time.monotonic() + 5
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return usage.ru_utime + usage.ru_stime
        if time.monotonic() > deadline:
            proc.kill()
            deadline = time.monotonic() + 5
        time.sleep(0.005)


def display_env(base: dict[str, str], display: str) -> dict[str, str]:
    env = dict(base)
    env["DISPLAY"] = display
    env["QT_QPA_PLATFORM"] = "xcb"
    env.pop("WAYLAND_DISPLAY", None)
    return env


if __name__ == "__main__":  # a quick look: python benchmarks/_first_damage.py :70 CMD...
    import sys

    watch = DamageWatch(sys.argv[1])
    result = watch.time_first_paint(sys.argv[2:], display_env(dict(os.environ), sys.argv[1]))
    print(f"first paint after {result.seconds:.3f} s ({result.width}x{result.height})")
