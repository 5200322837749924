"""When the window listens, what it does with what it hears, and when it
holds its ears.

Qt-free, like the domain, so each rule is tested without a display or a
microphone: the window (``ui.voice_control``) asks these functions and only
carries out the answer.

* It listens only while a session is in progress (counting down, running,
  paused, or waiting between phases) and the session page shows: never in
  practice, in aftercare or before the first start.
* Each giver command does what its key does, and only what it says: "pause"
  never resumes and "go" never pauses, though Space does both.
* Check-in answers count only while the check-in prompt shows.
* It never obeys itself: while the app chimes or speaks, and for
  ``MUTE_AFTER_S`` after, the microphone's sound is not even fed to the
  recogniser, and the recogniser forgets any half-heard words before it
  listens again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from ..domain.session import EXTRA_TIME_S, State
from ..i18n import QT_TRANSLATE_NOOP, Context
from .vocabulary import GIVER, RECEIVER, WAKE_WORD, Spoken

Clock = Callable[[], float]


class VoiceText(Context):
    """What the window shows and says about listening (the commands
    themselves stay English: the recogniser knows English words only)."""


MUTE_AFTER_S = 0.8
"""The app's own sound lingers (the room echoes, the audio buffers drain):
input stays ignored this long after the chime or a spoken cue ends."""
SPEECH_START_S = 0.5
"""A spoken cue reaches the loudspeaker this long after it is asked for, at most
(the speech server's start); counted in the cue's estimated length."""
SPEECH_WORDS_PER_S = 2.2
"""A slow speaking rate, so the estimate of a cue's length errs long."""
LONGEST_SPEECH_S = 20.0
"""An engine that says it is still speaking after this long is not believed
(a wedged engine must not deafen the app for good)."""
SPEECH_OVERRUN_S = 3.0
"""Nor for longer than the estimate of the cue it was given (which errs long)
plus this, counted from when it says it started (a cue may start late, behind
a slow speech server): speech-dispatcher without a working sound output says
it started and never that it stopped, and voice commands went deaf for the
20 s after every cue."""
HEARD_SHOWN_S = 4.0
"""How long "Heard: next" stays on screen."""

IN_PROGRESS = (State.GET_READY, State.RUNNING, State.PAUSED)

COMMAND_FOR: dict[Spoken, str] = {
    Spoken.NEXT: "next",
    Spoken.PREVIOUS: "previous",
    Spoken.PAUSE: "toggle",
    Spoken.RESUME: "toggle",
    Spoken.MORE_TIME: "add_time",
    Spoken.FINE: "checkin_fine",
    Spoken.LIGHTER: "checkin_lighter",
    Spoken.STOP: "checkin_stop",
}
"""The command (in ``commands.COMMANDS``) whose key each spoken command presses."""

_SAID_BACK: dict[Spoken, str] = {
    Spoken.NEXT: QT_TRANSLATE_NOOP("VoiceText", "Next."),
    Spoken.PREVIOUS: QT_TRANSLATE_NOOP("VoiceText", "Back."),
    Spoken.PAUSE: QT_TRANSLATE_NOOP("VoiceText", "Paused."),
    Spoken.RESUME: QT_TRANSLATE_NOOP("VoiceText", "Going on."),
    Spoken.MORE_TIME: QT_TRANSLATE_NOOP("VoiceText", "{seconds} more seconds."),
}


def said_back(spoken: Spoken) -> str:
    """What the app says back after a giver's command (when spoken cues are
    on), or "" for a check-in answer (the prompt's own reply follows)."""
    text = _SAID_BACK.get(spoken)
    return VoiceText.tr(text).format(seconds=f"{EXTRA_TIME_S:g}") if text else ""


_SHOWN: dict[Spoken, str] = {
    Spoken.NEXT: "next",
    Spoken.PREVIOUS: "back",
    Spoken.PAUSE: "pause",
    Spoken.RESUME: "go on",
    Spoken.MORE_TIME: "more time",
    Spoken.FINE: "fine",
    Spoken.LIGHTER: "lighter",
    Spoken.STOP: "stop",
}


def should_listen(*, switched_on: bool, state: State, on_session_page: bool) -> bool:
    """Whether the microphone is open now."""
    return switched_on and on_session_page and state in IN_PROGRESS


@dataclass(frozen=True)
class Situation:
    """What the window is doing when a command is heard."""

    state: State
    checkin_showing: bool
    muted: bool = False
    listening: bool = True


def attending(now: Situation) -> bool:
    """Whether what is heard now may be acted on at all."""
    return now.listening and not now.muted and now.state in IN_PROGRESS


def to_act_on(spoken: Spoken | None, now: Situation) -> Spoken | None:
    """The command to carry out for ``spoken``, or None to ignore it."""
    if spoken is None or not attending(now):
        return None
    if spoken in RECEIVER:
        return spoken if now.checkin_showing else None
    if spoken is Spoken.PAUSE:
        return spoken if now.state in (State.GET_READY, State.RUNNING) else None
    if spoken is Spoken.RESUME:  # also "go on" after a held phase end
        return spoken if now.state is State.PAUSED else None
    return spoken if spoken in GIVER else None


def heard_text(spoken: Spoken | None, words: str = "") -> str:
    """The line shown after acting on a command: what was said, without the
    wake word ("Heard: that's fine"), or the command's own word; for the wake
    word said alone, that the command may follow (on two lines: the sign
    sits beside the figure's head, and one long line covered it)."""
    if spoken is None:
        return VoiceText.tr("Heard: coach.\nNow the command")
    said = " ".join(w for w in words.replace(",", " ").split() if w.lower() != WAKE_WORD)
    return VoiceText.tr("Heard: {words}").format(words=said or _SHOWN[spoken])


def on_one_line(text: str) -> str:
    """``text`` (a :func:`heard_text`) as one line, where there is the width
    or it is read aloud."""
    return " ".join(text.split())


def speech_seconds(text: str) -> float:
    """How long a spoken cue may sound, erring long."""
    return SPEECH_START_S + len(text.split()) / SPEECH_WORDS_PER_S


class Ears(Enum):
    """What to do with the next chunk of microphone sound."""

    DROP = "drop"
    """The app is sounding (or just was): the chunk is not fed."""
    RESET_THEN_FEED = "reset then feed"
    """The first chunk after the app sounded: forget half-heard words first."""
    FEED = "feed"


class SelfMute:
    """Holds the window's ears while the app chimes or speaks, and
    ``after_s`` after.

    The window says when it sounds (``sounding``, with how long the sound
    may last) and, where the speech engine tells, when speaking starts and
    stops. A cue's length is only guessed (erring long) until the engine
    says it has finished; a chime's is known. The listening thread asks
    ``admit`` for each chunk of sound; the window asks ``muted`` before it
    acts. Times come from ``clock``.
    """

    def __init__(self, clock: Clock, after_s: float = MUTE_AFTER_S) -> None:
        self._clock = clock
        self._after_s = after_s
        self._chime_until = float("-inf")
        self._speech_until = float("-inf")
        self._speaking_since: float | None = None
        self._cue_s: float | None = None
        """The estimated length of the longest cue asked for since the engine
        last said it finished (None: none asked for)."""
        self._dropped = False
        self._lock = threading.Lock()  # the listening thread asks, the GUI thread tells

    def sounding(self, seconds: float, speech: bool = False) -> None:
        """The app starts a chime, or a cue (``speech``), lasting up to ``seconds``."""
        with self._lock:
            until = self._clock() + max(0.0, seconds)
            if speech:
                self._speech_until = max(self._speech_until, until)
                self._cue_s = max(self._cue_s or 0.0, seconds)
            else:
                self._chime_until = max(self._chime_until, until)

    def speaking(self, on: bool) -> None:
        """The speech engine says it started (True) or stopped (False)
        speaking: when it stops, the guess at the cue's length is done with."""
        now = self._clock()
        with self._lock:
            if on:
                if self._speaking_since is None:
                    self._speaking_since = now
            else:
                self._speaking_since = None
                self._speech_until = now
                self._cue_s = None

    def muted(self) -> bool:
        with self._lock:
            return self._muted(self._clock())

    def admit(self) -> Ears:
        """For the listening thread: what to do with the chunk just captured."""
        with self._lock:
            if self._muted(self._clock()):
                self._dropped = True
                return Ears.DROP
            if self._dropped:
                self._dropped = False
                return Ears.RESET_THEN_FEED
            return Ears.FEED

    def _muted(self, now: float) -> bool:
        since = self._speaking_since
        if since is not None:
            longest = LONGEST_SPEECH_S
            if self._cue_s is not None:  # the app knows what it asked to be said
                longest = min(longest, self._cue_s + SPEECH_OVERRUN_S)
            if now - since < longest:
                return True
        return now < max(self._chime_until, self._speech_until) + self._after_s


class MicProblem(Enum):
    """Why the window cannot listen."""

    NO_DEVICE = QT_TRANSLATE_NOOP("VoiceText", "no microphone found")
    DENIED = QT_TRANSLATE_NOOP("VoiceText", "access to the microphone was denied")
    UNUSABLE = QT_TRANSLATE_NOOP("VoiceText", "the microphone could not be opened")
    STOPPED = QT_TRANSLATE_NOOP("VoiceText", "the microphone stopped working")
    NO_RECOGNISER = QT_TRANSLATE_NOOP("VoiceText", "speech recognition is not available")


KEYS_GO_ON = QT_TRANSLATE_NOOP("VoiceText", "voice commands are off, the keys work as before.")


def mic_message(problem: MicProblem, detail: str = "") -> str:
    """The one line the window shows when it cannot listen."""
    what = VoiceText.tr(problem.value)
    if detail:
        what = f"{what} ({detail})"
    return VoiceText.tr("Not listening: {what}; {then}").format(
        what=what, then=VoiceText.tr(KEYS_GO_ON)
    )
