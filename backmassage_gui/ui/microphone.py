"""The microphone, through QtMultimedia, on the listening thread.

A ``Capture`` is made, opened, read and closed on the listening thread (an
``off_thread.Worker``), never on the GUI thread: opening a device talks to the
audio server, which can be slow or wedged. It hands on sound already turned
into what the recogniser takes (16-bit mono at its rate, ``voice.pcm``), as
it arrives, and says once if the device fails. Nothing is kept: each chunk is
handed on and dropped, never written anywhere.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QIODevice, QObject, Qt, QTimer

from ..voice.listening_rules import MicProblem, VoiceText

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices

    from ..voice.pcm import SampleFormat, ToMono16

log = logging.getLogger(__name__)

Deliver = Callable[[bytes], None]
"""Takes the next chunk of 16-bit mono sound (called on the listening thread)."""
Failed = Callable[[MicProblem, str], None]
"""Told once that the microphone stopped (called on the listening thread)."""
Opened = tuple[MicProblem, str] | None
"""None when listening began, else the problem and a few words of detail."""

WATCH_MS = 500
"""How often the open device is asked whether it still works."""
SILENT_DEVICE_S = 3.0
"""A device that hands over nothing at all (not even silence) for this long
has stopped: unplugged, or taken by the system. Real time, on the device's pace."""
READ_MS = 60
"""How often the listening thread takes what the device has gathered. The
device's own pace is not followed: PulseAudio hands over 12 ms at a time when
the room is quiet, and waking for each cost a tenth of a core (measured)."""
BUFFER_S = 0.5
"""Room for the sound gathered between reads, with plenty to spare."""


class Capture(Protocol):
    """A source of sound for the recogniser. Every call comes from the
    listening thread."""

    def open(self, sample_rate: int, deliver: Deliver, failed: Failed) -> Opened:
        """Start handing 16-bit mono sound at ``sample_rate`` to ``deliver``."""
        ...

    def close(self) -> None:
        """Stop; nothing is delivered after this."""
        ...


def _audio_namespace() -> object:
    """Qt 6.7 renamed the ``QAudio`` namespace ``QtAudio``."""
    from PySide6 import QtMultimedia

    return getattr(QtMultimedia, "QtAudio", None) or QtMultimedia.QAudio


def _sample_format(fmt: QAudioFormat) -> SampleFormat | None:
    from PySide6.QtMultimedia import QAudioFormat

    from ..voice.pcm import SampleFormat

    return {
        QAudioFormat.SampleFormat.UInt8: SampleFormat.UINT8,
        QAudioFormat.SampleFormat.Int16: SampleFormat.INT16,
        QAudioFormat.SampleFormat.Int32: SampleFormat.INT32,
        QAudioFormat.SampleFormat.Float: SampleFormat.FLOAT32,
    }.get(fmt.sampleFormat())


class QtCapture(QObject):
    """The default microphone (``QMediaDevices.defaultAudioInput``) through a
    ``QAudioSource``, asking for 16-bit mono at the recogniser's rate and
    converting whatever the device offers instead."""

    QT_MODULE = ("PySide6.QtMultimedia", "QMediaDevices", "QAudioSource", "QAudioFormat")

    def __init__(self) -> None:
        super().__init__()
        self._source: QAudioSource | None = None
        self._devices: QMediaDevices | None = None
        self._device_id = b""
        self._convert: ToMono16 | None = None
        self._deliver: Deliver | None = None
        self._failed: Failed | None = None
        self._watch: QTimer | None = None
        self._pump: QTimer | None = None
        self._last_sound = 0.0
        self._io: QIODevice | None = None

    def open(self, sample_rate: int, deliver: Deliver, failed: Failed) -> Opened:
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as exc:
            log.info("no QtMultimedia: %s", exc)
            return MicProblem.UNUSABLE, VoiceText.tr("Qt's audio module could not load")
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            return MicProblem.NO_DEVICE, ""
        opened = self._start(device, sample_rate)
        if opened is not None:
            return opened
        self._deliver, self._failed = deliver, failed
        self._device_id = bytes(device.id().data())
        self._devices = QMediaDevices(self)
        self._devices.audioInputsChanged.connect(self._check_still_there)
        log.info("listening to %s", device.description())
        return None

    def _start(self, device: QAudioDevice, rate: int) -> Opened:
        from PySide6.QtMultimedia import QAudioFormat, QAudioSource

        from ..voice.pcm import ToMono16

        fmt = QAudioFormat()
        fmt.setSampleRate(rate)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            fmt = device.preferredFormat()
        sample = _sample_format(fmt)
        if sample is None or fmt.channelCount() < 1 or fmt.sampleRate() < 1:
            return MicProblem.UNUSABLE, VoiceText.tr("its sound format is not one the app reads")
        self._convert = ToMono16(sample, fmt.channelCount(), fmt.sampleRate(), rate)
        source = QAudioSource(device, fmt, self)
        source.setBufferSize(int(fmt.bytesForDuration(int(BUFFER_S * 1_000_000))))
        io = source.start()
        errors = _audio_namespace().Error  # type: ignore[attr-defined]
        if io is None or source.error() != errors.NoError:
            why = _describe(source.error())
            source.deleteLater()
            return MicProblem.UNUSABLE, why
        self._source = source
        self._io = io
        self._pump = QTimer(self)
        self._pump.setInterval(READ_MS)
        self._pump.timeout.connect(self._read)
        self._pump.start()
        # Its state is looked at, not followed: PySide 6.11 cannot hand the
        # QtAudio.State of ``stateChanged`` to Python ("cannot be converted").
        self._last_sound = time.monotonic()
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self._check_state)
        self._watch.start()
        return None

    def _read(self) -> None:
        io = self._io
        if io is None:
            return
        data = io.readAll()
        if self._convert is None or self._deliver is None or data.isEmpty():
            return
        self._last_sound = time.monotonic()
        pcm = self._convert.convert(bytes(data.data()))
        if pcm:
            self._deliver(pcm)

    def _check_state(self) -> None:
        source = self._source
        if source is None:
            return
        errors = _audio_namespace().Error  # type: ignore[attr-defined]
        if source.error() not in (errors.NoError, errors.UnderrunError):
            self._fail(_describe(source.error()))
        elif time.monotonic() - self._last_sound > SILENT_DEVICE_S:
            self._fail(VoiceText.tr("it stopped sending sound"))

    def _check_still_there(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        ids = {bytes(d.id().data()) for d in QMediaDevices.audioInputs()}
        if self._device_id not in ids:
            self._fail(VoiceText.tr("it was unplugged"))

    def _fail(self, why: str) -> None:
        failed, self._failed, self._deliver = self._failed, None, None
        if failed is not None:
            log.warning("the microphone stopped: %s", why)
            failed(MicProblem.STOPPED, why)

    def close(self) -> None:
        self._deliver = self._failed = None
        self._io = None
        for timer in (self._watch, self._pump):
            if timer is not None:
                timer.stop()
        source, self._source = self._source, None
        if source is not None:
            source.stop()
            source.deleteLater()
        if self._devices is not None:
            self._devices.deleteLater()
            self._devices = None


def _describe(error: object) -> str:
    errors = _audio_namespace().Error  # type: ignore[attr-defined]
    return {
        errors.OpenError: VoiceText.tr("it is busy, or access was denied"),
        errors.IOError: VoiceText.tr("it stopped sending sound"),
        errors.FatalError: VoiceText.tr("the audio system failed"),
    }.get(error, VoiceText.tr("no reason given"))


Permission = Callable[[QObject, Callable[[bool], None]], None]
"""Asks whether the microphone may be used; answers on the GUI thread."""


def ask_permission(context: QObject, then: Callable[[bool], None]) -> None:
    """Tell ``then`` whether the app may use the microphone, asking the user
    first where the system does (macOS, Windows); elsewhere Qt says yes."""
    try:
        from PySide6.QtCore import QCoreApplication, QMicrophonePermission
    except ImportError:  # a Qt before 6.5 knows no permissions: nothing to ask
        then(True)
        return
    app = QCoreApplication.instance()
    if app is None:
        then(True)
        return
    permission = QMicrophonePermission()
    status = app.checkPermission(permission)
    if status == Qt.PermissionStatus.Undetermined:
        app.requestPermission(
            permission, context, lambda p: then(p.status() == Qt.PermissionStatus.Granted)
        )
        return
    then(status == Qt.PermissionStatus.Granted)


INPUT_ENV = "BACKMASSAGE_VOICE_INPUT"
"""A WAV file to listen to instead of the microphone (benchmarks, and checks
on machines without one): played at its own pace, over and over."""


class WavCapture(QObject):
    """Sound from a WAV file (any that ``--hear`` reads), handed over as a
    microphone would: in chunks of ``CHUNK_S``, at the pace it was recorded,
    looped."""

    CHUNK_S = 0.064

    def __init__(self, path: str, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._path = path
        self._clock = clock
        self._data = b""
        self._frame = 1
        self._rate = 1
        self._pos = 0
        self._sent_s = 0.0
        self._started = 0.0
        self._convert: ToMono16 | None = None
        self._deliver: Deliver | None = None
        self._timer: QTimer | None = None

    def open(self, sample_rate: int, deliver: Deliver, failed: Failed) -> Opened:
        from ..voice.pcm import ToMono16
        from ..voice.wav import WavError, raw_blocks, read_format

        path = Path(self._path)
        try:  # read as --hear reads it: the same formats, the same reasons
            fmt = read_format(path)
            self._data = b"".join(raw_blocks(path, fmt))
        except WavError as exc:
            return MicProblem.UNUSABLE, VoiceText.tr("{path} could not be read: {reason}").format(
                path=self._path, reason=exc
            )
        self._frame, self._rate = fmt.frame_bytes, fmt.rate
        self._convert = ToMono16(fmt.sample_format, fmt.channels, fmt.rate, sample_rate)
        self._deliver = deliver
        self._started = self._clock()
        self._timer = QTimer(self)
        self._timer.setInterval(round(self.CHUNK_S * 1000))
        self._timer.timeout.connect(self._send_due)
        self._timer.start()
        return None

    def _send_due(self) -> None:
        """Hand over what a microphone would have recorded by now."""
        if self._convert is None or self._deliver is None:
            return
        due_s = self._clock() - self._started
        frames = int((due_s - self._sent_s) * self._rate)
        if frames <= 0:
            return
        self._sent_s += frames / self._rate
        wanted, chunk = frames * self._frame, b""
        while len(chunk) < wanted:
            piece = self._data[self._pos : self._pos + wanted - len(chunk)]
            chunk += piece
            self._pos = (self._pos + len(piece)) % len(self._data)
        pcm = self._convert.convert(chunk)
        if pcm:
            self._deliver(pcm)

    def close(self) -> None:
        self._deliver = None
        if self._timer is not None:
            self._timer.stop()


def default_capture() -> Capture:
    """The microphone, or the WAV file ``BACKMASSAGE_VOICE_INPUT`` names."""
    path = os.environ.get(INPUT_ENV)
    return WavCapture(path) if path else QtCapture()
