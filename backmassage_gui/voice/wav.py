"""Reading WAV files for ``--hear``: any rate, mono or stereo, 8 to 32 bits.

The RIFF chunks are read here rather than by the standard ``wave`` module,
which on Python 3.11 refuses WAVE_FORMAT_EXTENSIBLE, the header sox and most
recorders write for 24- and 32-bit or multichannel audio. Every way a file
can fail to be a usable WAV ends in one :class:`WavError` whose message says
what is wrong, in words, for one line on the command line, in the language
in use (the ``WavFile`` context of the catalogues).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..domain.file_errors import describe_os_error
from ..i18n import Context, number
from .pcm import SampleFormat, ToMono16
from .resample import TARGET_RATE

PCM, FLOAT, EXTENSIBLE = 1, 3, 0xFFFE
STREAMED_LENGTHS = (0, 0x7FFFFFFF, 0xFFFFFFFF)
"""Data lengths a recorder writing to a pipe leaves: "to the end of the file"."""
BLOCK_FRAMES = 1 << 16
"""Frames converted at a time: memory stays small for an hour-long file."""


class WavFile(Context):
    """Why a WAV file cannot be heard: a few lower-case words after its path
    (``--hear``, and a WAV file listened to instead of the microphone)."""


class WavError(Exception):
    """A file that is not a WAV this app can read; the message says why,
    translated."""


@dataclass(frozen=True)
class WavFormat:
    rate: int
    channels: int
    bits: int
    floating: bool
    frames: int
    data_offset: int

    @property
    def frame_bytes(self) -> int:
        return self.channels * self.bits // 8

    @property
    def sample_format(self) -> SampleFormat:
        found = SampleFormat.of(self.bits, self.floating)
        assert found is not None, "read_format lets no other through"
        return found

    @property
    def duration_s(self) -> float:
        return self.frames / self.rate


def read_format(path: Path) -> WavFormat:
    """The format and where the samples are, or :class:`WavError`."""
    try:
        with path.open("rb") as f:
            return _parse(f, path.stat().st_size)
    except FileNotFoundError:
        raise WavError(WavFile.tr("no such file")) from None
    except IsADirectoryError as exc:
        raise WavError(describe_os_error(exc)) from None  # "it is a folder, not a file"
    except OSError as exc:
        raise _unreadable(exc) from None


def _unreadable(exc: OSError) -> WavError:
    """``it cannot be read (no permission)`` and the like."""
    reason = describe_os_error(exc)
    return WavError(WavFile.tr("it cannot be read ({reason})").format(reason=reason))


def _parse(f: BinaryIO, size: int) -> WavFormat:
    head = f.read(12)
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RIFX") or head[8:12] != b"WAVE":
        raise WavError(WavFile.tr("not a WAV file (no RIFF/WAVE header)"))
    if head[:4] == b"RIFX":
        raise WavError(WavFile.tr("big-endian WAV (RIFX) is not supported"))
    fmt: tuple[int, int, int, int, int] | None = None
    while True:
        chunk = f.read(8)
        if len(chunk) < 8:
            raise WavError(WavFile.tr("the file ends before its audio data (truncated?)"))
        name, length = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        if name == b"fmt ":
            body = f.read(length)
            if len(body) < length:
                raise WavError(WavFile.tr("the file ends inside its header (truncated?)"))
            fmt = _fmt(body)
            f.seek(length % 2, 1)
        elif name == b"data":
            if fmt is None:
                raise WavError(
                    WavFile.tr("the audio data comes before its format (damaged header)")
                )
            return _format(fmt, f.tell(), length, size)
        else:
            f.seek(length + length % 2, 1)
            if f.tell() > size:
                raise WavError(WavFile.tr("the file ends inside a header chunk (truncated?)"))


def _fmt(body: bytes) -> tuple[int, int, int, int, int]:
    if len(body) < 16:
        raise WavError(WavFile.tr("its format chunk is too short (damaged header)"))
    tag, channels, rate, _byte_rate, block, bits = struct.unpack("<HHIIHH", body[:16])
    if tag == EXTENSIBLE:
        if len(body) < 26:
            raise WavError(WavFile.tr("its extended format chunk is too short (damaged header)"))
        tag = struct.unpack("<H", body[24:26])[0]  # the sub-format GUID starts with it
    return tag, channels, rate, block, bits


def _format(fmt: tuple[int, int, int, int, int], offset: int, length: int, size: int) -> WavFormat:
    tag, channels, rate, block, bits = fmt
    if tag not in (PCM, FLOAT):
        raise WavError(
            WavFile.tr("compressed audio (format {tag}); only PCM WAV can be read").format(
                tag=f"{tag:#06x}"
            )
        )
    if channels < 1:
        raise WavError(WavFile.tr("it has no audio channels"))
    if rate < 1000 or rate > 384_000:
        raise WavError(WavFile.tr("a sample rate of {rate} Hz is not usable").format(rate=rate))
    if SampleFormat.of(bits, tag == FLOAT) is None:
        if tag == FLOAT:
            why = WavFile.tr("{bits}-bit floating-point samples are not supported")
        else:
            why = WavFile.tr("{bits}-bit PCM samples are not supported")
        raise WavError(why.format(bits=bits))
    if block != channels * bits // 8:
        raise WavError(WavFile.tr("its frame size does not match its sample size (damaged header)"))
    available = max(0, size - offset)
    if length in STREAMED_LENGTHS and available > 0:
        length = available  # written to a pipe: the length was never filled in
    elif length > available:
        said, held = length / block / rate, available // block / rate
        why = WavFile.tr(
            "the file is cut short: its header promises {said} s of audio, it holds {held} s"
        )
        raise WavError(why.format(said=number(said, 2), held=number(held, 2)))
    frames = length // block
    if frames == 0:
        raise WavError(WavFile.tr("it has no audio in it"))
    return WavFormat(rate, channels, bits, tag == FLOAT, frames, offset)


def raw_blocks(path: Path, fmt: WavFormat) -> Iterator[bytes]:
    """The file's frames as stored (``fmt``), up to ``BLOCK_FRAMES`` at a time."""
    try:
        with path.open("rb") as f:
            f.seek(fmt.data_offset)
            left = fmt.frames
            while left > 0:
                count = min(left, BLOCK_FRAMES)
                raw = f.read(count * fmt.frame_bytes)
                if len(raw) < count * fmt.frame_bytes:
                    raise WavError(WavFile.tr("the file got shorter while it was being read"))
                left -= count
                yield raw
    except OSError as exc:
        raise _unreadable(exc) from None


def blocks_16k(path: Path, fmt: WavFormat | None = None) -> Iterator[bytes]:
    """The file's audio as 16 kHz mono 16-bit PCM, a block at a time."""
    fmt = fmt or read_format(path)
    convert = ToMono16(fmt.sample_format, fmt.channels, fmt.rate, TARGET_RATE)
    for raw in raw_blocks(path, fmt):
        yield convert.convert(raw)
    yield convert.flush()


def read_16k(path: Path) -> bytes:
    """The whole file as 16 kHz mono 16-bit PCM."""
    return b"".join(blocks_16k(path))
