"""In the standalone bundle, the processes multiprocessing starts from it.

The recogniser decodes in a child process (``voice.out_of_process``), started
by multiprocessing's ``spawn``. From a frozen bundle there is no Python to
start: spawn runs the bundle's own executable again, with
``--multiprocessing-fork`` and the pipe to read its work from, and on Linux
and macOS once more, for its resource tracker, as ``-c 'from
multiprocessing.resource_tracker import main;main(FD)'``. Without this the
app would read either as a bad command line. The standard library's
``multiprocessing.freeze_support()`` handles only the first, and only on
Windows; PyInstaller's run-time hook that extends it is left out of the
bundle (it imports multiprocessing at every start, 10-15 ms). So the entry
point asks :func:`run_child_if_asked` first, which looks at the command line
with string methods only and imports multiprocessing only for a child.
"""

from __future__ import annotations

from collections.abc import Sequence

FORK_FLAG = "--multiprocessing-fork"
TRACKER_PREFIX = "from multiprocessing.resource_tracker import main;main("
"""The resource tracker's ``-c`` program, up to its file descriptor."""


def child_kind(argv: Sequence[str]) -> tuple[str, dict[str, int | None]] | None:
    """Which of multiprocessing's processes ``argv`` starts ("fork": a spawned
    child, "tracker": the resource tracker) and its arguments; None for the app."""
    if len(argv) >= 2 and argv[1] == FORK_FLAG:
        kwds: dict[str, int | None] = {}
        for arg in argv[2:]:  # tracker_fd=5 pipe_handle=7 (Windows: parent_pid=...)
            name, _, value = arg.partition("=")
            kwds[name] = None if value == "None" else int(value)
        return "fork", kwds
    if len(argv) >= 3 and argv[-2] == "-c" and argv[-1].startswith(TRACKER_PREFIX):
        fd = argv[-1][len(TRACKER_PREFIX) :].removesuffix(")")
        if fd.isdigit():
            return "tracker", {"fd": int(fd)}
    return None


def run_child_if_asked(argv: Sequence[str]) -> bool:
    """If ``argv`` is multiprocessing starting one of its processes from this
    executable, be that process and return True once it has ended (a spawned
    child exits from inside). False, at once, for any other command line."""
    kind = child_kind(argv)
    if kind is None:
        return False
    name, kwds = kind
    if name == "fork":
        from multiprocessing import spawn

        # Whatever this Python's spawn passed, as it passed it (mypy cannot
        # know that pipe_handle, which it requires, is among them).
        spawn.spawn_main(**kwds)  # type: ignore[arg-type]  # runs the child, then exits
    else:
        from multiprocessing import resource_tracker

        fd = kwds["fd"]
        assert fd is not None
        resource_tracker.main(fd)
    return True
