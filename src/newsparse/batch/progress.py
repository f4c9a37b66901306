"""A one-line progress bar (documents, rate, ETA) for terminals; no dependency.

The ETA is measured in input bytes, the only total known before a streamed run ends
(a WARC file's record count is not).
"""

from __future__ import annotations

import time
from typing import TextIO

_REFRESH_SECONDS = 0.25
_WIDTH = 24


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ProgressBar:
    """Redrawn in place with ``\\r``; call :meth:`close` to end the line."""

    def __init__(self, stream: TextIO, total_bytes: int) -> None:
        self.stream = stream
        self.total = max(total_bytes, 1)
        self.done_bytes = 0
        self.documents = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def advance_bytes(self, done: int) -> None:
        self.done_bytes = min(done, self.total)

    def document(self) -> None:
        self.documents += 1
        now = time.monotonic()
        if now - self._drawn >= _REFRESH_SECONDS:
            self._drawn = now
            self.stream.write("\r" + self.line(now))
            self.stream.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        fraction = self.done_bytes / self.total
        filled = round(fraction * _WIDTH)
        rate = self.documents / elapsed
        eta = _clock(elapsed * (1 - fraction) / fraction) if fraction > 0 else "?"
        bar = "#" * filled + "-" * (_WIDTH - filled)
        return (
            f"[{bar}] {fraction:4.0%} {self.documents:,} docs {rate:6.1f}/s"
            f" elapsed {_clock(elapsed)} ETA {eta} "
        )

    def close(self) -> None:
        self.stream.write("\r" + self.line(time.monotonic()) + "\n")
        self.stream.flush()
