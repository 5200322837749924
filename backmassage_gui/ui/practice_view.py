"""Practice mode: a stroke library, a tempo trainer and trace-along scoring."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import pressure
from ..domain.practice import TIPS, also_used_on, clamp_tempo, shown_tempo, trace_seconds
from ..domain.strokes import Stroke
from ..domain.trace_scoring import TracePoint, TraceScore, score_trace
from ..storage import StorageError
from . import theme
from .phase_panel import _label
from .sound import Chime, SilentChime
from .trace_view import TraceBackView

log = logging.getLogger(__name__)

FRAME_MS = 16

STROKE_LIST_PX = 280
"""The stroke list's width when the names are short (English)."""


class BestScores(Protocol):
    """Where each stroke's best trace score is kept (the settings file)."""

    def load_best_scores(self) -> dict[str, int]: ...

    def save_best_score(self, stroke: str, score: int) -> None: ...


class PulseDot(QWidget):
    """A soft light that swells once per stroke: the beat to move with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phase = 0.0
        self.setFixedSize(QSize(44, 44))
        self.setAccessibleName(self.tr("Stroke pulse"))

    def set_phase(self, fraction: float) -> None:
        level = round((1 - fraction) ** 3, 2)
        if level != self._phase:
            self._phase = level
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(theme.ACCENT)
        colour.setAlpha(int(60 + 195 * self._phase))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        r = 10 + 10 * self._phase
        p.drawEllipse(QRectF(22 - r, 22 - r, 2 * r, 2 * r))
        p.end()


class PracticeView(QWidget):
    """Pick a stroke, watch it, set its pace, then trace it and get a score."""

    scored = Signal(object)  # TraceScore

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        settings_store: BestScores | None = None,
        tick: Chime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings_store = settings_store
        self._tick: Chime = tick or SilentChime()
        self._best = settings_store.load_best_scores() if settings_store else {}
        self._stroke = Stroke.GLIDING
        self._spm = Stroke.GLIDING.info.tempo_spm
        self._anchor_t = clock()
        self._anchor_cycles = 0.0
        self._last_whole = 0
        self.last_score: TraceScore | None = None

        self._build_stroke_list()
        self.back = TraceBackView(clock)
        self.back.trace_finished.connect(self._on_trace)
        self.back.trace_started.connect(self._on_trace_started)
        self._build_details()
        self._build_controls()
        self._build_layout()
        self._build_timers()
        self.strokes.setCurrentRow(0)

    def _build_stroke_list(self) -> None:
        self.strokes = QListWidget()
        self.strokes.setAccessibleName(self.tr("Strokes"))
        self.strokes.setFont(theme.font(19))
        for stroke in Stroke:
            item = QListWidgetItem(stroke.label)
            item.setData(Qt.ItemDataRole.UserRole, stroke.value)
            self.strokes.addItem(item)
        # A name longer than the list is wide (a long language's) takes a
        # second line: never cut, never a scroll bar under the list.
        self.strokes.setMaximumWidth(STROKE_LIST_PX)
        self.strokes.setWordWrap(True)
        self.strokes.setUniformItemSizes(False)
        self.strokes.setResizeMode(QListView.ResizeMode.Adjust)
        self.strokes.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.strokes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strokes.currentRowChanged.connect(self._on_pick)

    def _build_details(self) -> None:
        """The stroke's description: where, how, pressure, do and avoid."""
        self.title = _label(30, bold=True, name=self.tr("Stroke"))
        self.where = _label(22, name=self.tr("Where and with what"))
        self.where.setStyleSheet(f"color: {theme.ACCENT.name()};")
        self.how = _label(19, wrap=True, name=self.tr("How"))
        self.also = _label(17, muted=True, wrap=True, name=self.tr("Other zones"))
        self.pressure = _label(19, wrap=True, name=self.tr("Pressure range"))
        self.well = _label(18, wrap=True, name=self.tr("Doing it well"))
        self.avoid = _label(18, wrap=True, name=self.tr("What to avoid"))

    def _build_controls(self) -> None:
        """Tempo, slow motion, the tick, the trace button and the score."""
        self.tempo = QSpinBox()
        self.tempo.setAccessibleName(self.tr("Tempo, strokes a minute"))
        self.tempo.setSuffix(self.tr(" a minute"))
        self.tempo.setFont(theme.font(18))
        self.tempo.valueChanged.connect(self._on_tempo)
        self.slow = QCheckBox(self.tr("Slow motion"))
        self.slow.setAccessibleName(self.tr("Slow motion: half speed"))
        self.slow.toggled.connect(lambda _on: self._retime())
        self.tick_box = QCheckBox(self.tr("Tick each stroke"))
        self.tick_box.setAccessibleName(self.tr("Quiet tick on each stroke"))
        self.pulse = PulseDot()
        self.trace_button = QPushButton(self.tr("Trace it  (T)"))
        self.trace_button.setObjectName("primary")
        self.trace_button.setAccessibleName(self.tr("Trace it"))
        self.trace_button.setAccessibleDescription(self.tr("Trace the stroke for a score. Key: T"))
        self.trace_button.clicked.connect(self.start_trace)
        self.prompt = _label(18, wrap=True, name=self.tr("Instructions"))
        self.prompt.setText(
            self.tr(
                "Watch the moving hands, then press Trace it and follow one with the "
                "mouse or a finger: press, drag for a few strokes, let go."
            )
        )
        self._score_grid = self._build_scores()
        self.summary = _label(18, wrap=True, name=self.tr("What the score means"))
        self.best = _label(17, muted=True, name=self.tr("Best score"))

    def _build_scores(self) -> QGridLayout:
        """A bar and a number for each part of the trace score."""
        self.bars: dict[str, QProgressBar] = {}
        self.numbers: dict[str, QLabel] = {}
        scores = QGridLayout()
        for row, (key, title) in enumerate(
            (
                ("path", self.tr("Path")),
                ("direction", self.tr("Direction")),
                ("tempo", self.tr("Tempo")),
            )
        ):
            name = QLabel(title)
            name.setFont(theme.font(18))
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setTextVisible(False)
            bar.setFixedHeight(14)
            score_name = self.tr("{measure} score").format(measure=title)
            bar.setAccessibleName(score_name)
            number = _label(20, bold=True, name=score_name)
            scores.addWidget(name, row, 0)
            scores.addWidget(bar, row, 1)
            scores.addWidget(number, row, 2)
            self.bars[key], self.numbers[key] = bar, number
        return scores

    def _build_layout(self) -> None:
        """Stroke list, back and the information panel side by side."""
        panel = QFrame()
        panel.setObjectName("panel")
        # The words scroll if a long language's need more room than the
        # window has (never cut); in English they fit and nothing scrolls.
        words = QWidget()
        words.setObjectName("practice_words")
        scroll = QScrollArea()
        scroll.setWidget(words)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet("QScrollArea, QWidget#practice_words { background: transparent; }")
        holder = QVBoxLayout(panel)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(scroll)
        info = QVBoxLayout(words)
        info.setContentsMargins(22, 14, 22, 14)
        for widget in (
            self.title,
            self.where,
            self.also,
            self.how,
            self.pressure,
            self.well,
            self.avoid,
        ):
            info.addWidget(widget)
        pace = QHBoxLayout()
        tempo_label = QLabel(self.tr("Tempo"))
        tempo_label.setFont(theme.font(17))  # as its neighbours: it was the app's 11 px
        pace.addWidget(tempo_label)
        pace.addWidget(self.tempo)
        pace.addWidget(self.pulse)
        # One over the other: side by side, a long language's words would
        # widen the panel and squeeze the stroke list and the back.
        boxes = QVBoxLayout()
        boxes.setSpacing(0)
        boxes.addWidget(self.slow)
        boxes.addWidget(self.tick_box)
        pace.addLayout(boxes)
        pace.addStretch(1)
        info.addLayout(pace)
        info.addWidget(self.trace_button)
        info.addWidget(self.prompt)
        info.addLayout(self._score_grid)
        info.addWidget(self.summary)
        info.addStretch(1)
        info.addWidget(self.best)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.strokes, 2)
        layout.addWidget(self.back, 4)
        layout.addWidget(panel, 5)

    def _build_timers(self) -> None:
        """The animation frame timer; each frame also checks the cap on how
        long a trace may last, on the same injected clock as the hands."""
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick_frame)
        self._trace_ends_at: float | None = None

    # -- state ------------------------------------------------------------
    @property
    def stroke(self) -> Stroke:
        return self._stroke

    @property
    def animating(self) -> bool:
        return self._timer.isActive()

    def select_stroke(self, stroke: Stroke) -> None:
        self.strokes.setCurrentRow(list(Stroke).index(stroke))

    def cycles_now(self) -> float:
        spm = shown_tempo(self._spm, self.slow.isChecked())
        return self._anchor_cycles + (self._clock() - self._anchor_t) * spm / 60

    def _retime(self) -> None:
        """Keep the hands where they are when the pace changes (no jump)."""
        self._anchor_cycles = self.cycles_now() if self._anchor_t else 0.0
        self._anchor_t = self._clock()

    def _on_pick(self, row: int) -> None:
        if row < 0:
            return
        stroke = list(Stroke)[row]
        self._stroke = stroke
        info, tips = stroke.info, TIPS[stroke]
        self.title.setText(info.label)
        self.where.setText(f"{tips.zone.label} · {info.hand_part}")
        also = also_used_on(stroke)
        self.where.setToolTip(also)
        self.also.setText(also)
        self.also.setVisible(bool(also))  # no empty line where there is nothing to say
        self.how.setText(info.how)
        self.pressure.setText(
            self.tr("Pressure {range}").format(range=pressure.range_text(*info.pressure_range))
        )
        self.well.setText(self.tr("Do: {well}").format(well=tips.well))
        self.avoid.setText(self.tr("Avoid: {avoid}").format(avoid=tips.avoid))
        self.tempo.blockSignals(True)
        lo, hi = info.tempo_range
        self.tempo.setRange(math.floor(lo), math.ceil(hi))
        self.tempo.setValue(round(info.tempo_spm))
        self.tempo.blockSignals(False)
        self._spm = info.tempo_spm
        self._anchor_cycles, self._anchor_t = 0.0, self._clock()
        self._last_whole = 0
        self.back.disarm()
        self.back.clear_trace()
        self.back.set_phase(tips.zone, stroke)
        self.back.set_cycles(0.0)
        self._show_score(None)
        best = self._best.get(stroke.value)
        self.best.setText(
            self.tr("Best so far: {best}").format(best=best)
            if best is not None
            else self.tr("No score yet")
        )

    def _on_tempo(self, value: int) -> None:
        self._retime()
        self._spm = clamp_tempo(self._stroke, value)

    # -- animation ----------------------------------------------------------
    def _tick_frame(self) -> None:
        try:
            if self._trace_ends_at is not None and self._clock() >= self._trace_ends_at:
                self._trace_ends_at = None
                self.back.finish()  # a trace that went on too long is scored as it stands
            cycles = self.cycles_now()
            self.back.set_cycles(cycles)
            self.pulse.set_phase(cycles % 1.0)
            whole = math.floor(cycles)
            if whole != self._last_whole:
                self._last_whole = whole
                if self.tick_box.isChecked():
                    self._tick.play()
        except Exception:
            log.exception("practice animation frame failed; carrying on")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._retime()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # nothing moves where nobody looks
        self._trace_ends_at = None
        self.back.disarm()
        super().hideEvent(event)

    # -- tracing ------------------------------------------------------------
    def start_trace(self) -> None:
        self.back.arm()
        self._show_score(None)
        self.prompt.setText(
            self.tr(
                "Press on the back and follow a moving hand for a few strokes; let go to "
                "see your score."
            )
        )

    def _on_trace_started(self) -> None:
        spm = shown_tempo(self._spm, self.slow.isChecked())
        self._trace_ends_at = self._clock() + trace_seconds(spm)

    def _on_trace(self, trace: list[TracePoint]) -> None:
        self._trace_ends_at = None
        target = shown_tempo(self._spm, self.slow.isChecked())
        score = score_trace(trace, self._stroke, TIPS[self._stroke].zone, target_spm=target)
        self.back.show_result(trace, score.spine_points)
        self._show_score(score)
        self.prompt.setText(
            self.tr("Your trace is in blue over the path. Trace it again to improve.")
        )
        self._keep_best(score)
        self.last_score = score
        self.scored.emit(score)

    def _show_score(self, score: TraceScore | None) -> None:
        for key, bar in self.bars.items():
            value = getattr(score, key) if score else 0
            bar.setValue(value)
            self.numbers[key].setText(str(value) if score else "–")
        if score is None:
            self.summary.setText("")
            return
        lines = score.summary()
        self.summary.setText("\n".join(lines))
        self.summary.setStyleSheet("color: #ff8a8a;" if score.crossed_spine else "")

    def _keep_best(self, score: TraceScore) -> None:
        key = self._stroke.value
        if score.overall <= self._best.get(key, -1):
            return
        self._best[key] = score.overall
        self.best.setText(
            self.tr("Best so far: {overall} (new best!)").format(overall=score.overall)
        )
        if self._settings_store is not None:
            try:
                self._settings_store.save_best_score(key, score.overall)
            except StorageError as exc:
                log.warning("best score not kept: %s", exc)
