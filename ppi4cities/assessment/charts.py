"""The radar chart of a result, computed on the server: where each score, ring and label lies
in an SVG drawing, so that the page draws it with no JavaScript."""

import math
import textwrap
from dataclasses import dataclass

WIDTH, HEIGHT = 720, 470
CENTRE = (360.0, 235.0)
RADIUS = 150.0
RINGS = (20, 40, 60, 80, 100)
LABEL_GAP = 16.0
LINE_HEIGHT = 16.0
LINE_CHARACTERS = 20


@dataclass(frozen=True)
class Axis:
    number: int
    name: str
    score: float | None
    end: tuple[float, float]  # where 100 lies
    point: tuple[float, float]  # where the score lies (the centre for no score)
    anchor: str  # text-anchor of the label: start, middle or end
    lines: tuple[tuple[str, float, float], ...]  # the label's lines as (text, x, y)


@dataclass(frozen=True)
class Radar:
    width: int
    height: int
    centre: tuple[float, float]
    axes: tuple[Axis, ...]
    rings: tuple[tuple[int, str], ...]  # (score, polygon points)
    points: str  # the scores' polygon

    @property
    def ring_labels(self) -> list[tuple[int, float, float]]:
        """Each ring's score, written beside the first axis."""
        x, y = self.centre
        return [(score, x + 4, round(y - RADIUS * score / 100 - 3, 1)) for score, _ in self.rings]


def _angle(index: int, count: int) -> float:
    # The first axis points up; the others follow clockwise.
    return -math.pi / 2 + 2 * math.pi * index / count


def point(index: int, count: int, score: float | None) -> tuple[float, float]:
    """Where a score of 0–100 on the index-th of count axes lies; no score sits at the centre."""
    distance = RADIUS * max(0.0, min(100.0, score or 0.0)) / 100
    angle = _angle(index, count)
    x, y = CENTRE
    return (round(x + distance * math.cos(angle), 1), round(y + distance * math.sin(angle), 1))


def points(coordinates) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in coordinates)


def _label(index: int, count: int, name: str) -> tuple[str, tuple]:
    angle = _angle(index, count)
    cos, sin = math.cos(angle), math.sin(angle)
    x = CENTRE[0] + (RADIUS + LABEL_GAP) * cos
    y = CENTRE[1] + (RADIUS + LABEL_GAP) * sin
    anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
    wrapped = textwrap.wrap(name, LINE_CHARACTERS) or [""]
    if sin < -0.3:  # above the centre: the last line sits on the label point
        first = y - LINE_HEIGHT * (len(wrapped) - 1)
    elif sin > 0.3:  # below: the first line hangs from it
        first = y + LINE_HEIGHT * 0.8
    else:
        first = y - LINE_HEIGHT * (len(wrapped) - 1) / 2 + LINE_HEIGHT * 0.35
    lines = tuple(
        (text, round(x, 1), round(first + LINE_HEIGHT * row, 1)) for row, text in enumerate(wrapped)
    )
    return anchor, lines


def radar(scores: list[tuple[str, float | None]]) -> Radar:
    """The chart of (name, score) pairs in order, scores on 0–100 or None."""
    count = len(scores)
    axes = []
    for index, (name, score) in enumerate(scores):
        anchor, lines = _label(index, count, name)
        axes.append(
            Axis(
                number=index + 1,
                name=name,
                score=score,
                end=point(index, count, 100),
                point=point(index, count, score),
                anchor=anchor,
                lines=lines,
            )
        )
    rings = tuple(
        (ring, points(point(index, count, ring) for index in range(count))) for ring in RINGS
    )
    return Radar(
        width=WIDTH,
        height=HEIGHT,
        centre=CENTRE,
        axes=tuple(axes),
        rings=rings,
        points=points(axis.point for axis in axes),
    )
