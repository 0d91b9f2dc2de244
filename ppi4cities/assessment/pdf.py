"""A self-assessment's results as a PDF to download: the same figures, chart, strengths, gaps and
next steps as the results page, in the reader's language, with real text that can be searched
and copied."""

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.template.defaultfilters import floatformat
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from fpdf import FPDF

from ppi4cities.core.translation import translated_field

from . import charts, scoring
from .models import Variant

PLATFORM = "PPI4Cities"
ORIGINAL_LANGUAGE = "en"
# The core PDF fonts cover Latin-1 only; DejaVu prints ė, ā, ł, õ and the rest.
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FAMILY = "DejaVu"
CHART_WIDTH = 170  # mm; the chart keeps the proportions of the page's drawing
# The page's stylesheet colours the chart; a PDF has no stylesheet, so the drawing carries its
# own. fpdf2 matches plain class selectors only: the groups' styles pass to their children.
CHART_STYLE = (
    "<style>"
    ".radar__grid { fill: none; stroke: #c4ccd4; stroke-width: 1; }"
    f".radar__rings {{ fill: #4a5460; font-size: 11px; font-family: {FAMILY}; }}"
    ".radar__shape { fill: #cfd8e3; stroke: #0b5394; stroke-width: 2.5; }"
    ".radar__point { fill: #073763; }"
    f".radar__label {{ fill: #1b1f24; font-size: 13px; font-family: {FAMILY}; }}"
    "</style>"
)


@dataclass(frozen=True)
class Line:
    """One piece of the document: a kind that says how it looks, and its text (a table row has
    one text per cell; the chart has none)."""

    kind: str  # kicker, title, meta, heading, subheading, strong, text, item, header, row, chart
    cells: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return " ".join(self.cells)


def _text(obj, name) -> str:
    return translated_field(obj, name, ORIGINAL_LANGUAGE).text


def _score(value) -> str:
    return floatformat(value, 0)


def plain_lines(markdown: str) -> list[str]:
    """Markdown as the lines a reader sees: list markers kept, links as "text (address)",
    emphasis, code and heading marks dropped."""
    lines = []
    for raw in markdown.splitlines():
        line = re.sub(r"!?\[([^\]]*)\]\(([^)\s]+)[^)]*\)", r"\1 (\2)", raw.strip())
        line = re.sub(r"^#{1,6}\s+", "", line)
        line = re.sub(r"^[-*+]\s+", "– ", line)
        line = re.sub(r"(\*\*|__|`)", "", line)
        line = re.sub(r"(?<!\w)[*_](\S(?:.*?\S)?)[*_](?!\w)", r"\1", line)
        if line:
            lines.append(line)
    return lines


def _named(dimensions) -> str:
    return "; ".join(_text(dimension, "name") for dimension in dimensions)


def _summary(result, named) -> list[Line]:
    lines = [Line("heading", (_("Summary"),))]
    if result.overall is None:
        lines.append(
            Line("text", (_("No statement had an answer on the scale, so there is no score."),))
        )
    else:
        score = _score(result.overall)
        lines.append(Line("strong", (_("Overall score: %(score)s out of 100") % {"score": score},)))
        lines.append(Line("strong", (_("Maturity level: %(name)s") % {"name": result.level.name},)))
        lines.append(Line("text", (str(result.level.meaning),)))
    strength, gap = {"threshold": scoring.STRENGTH}, {"threshold": scoring.GAP}
    if named.strengths:
        lead = _("Your strengths (a score of %(threshold)s or more):") % strength
        lines.append(Line("text", (f"{lead} {_named(named.strengths)}.",)))
    else:
        message = _("No dimension reaches a score of %(threshold)s yet, the mark of a strength.")
        lines.append(Line("text", (message % strength,)))
    if named.gaps:
        lead = _("Your gaps (a score below %(threshold)s):") % gap
        lines.append(Line("text", (f"{lead} {_named(named.gaps)}.",)))
    else:
        lines.append(Line("text", (_("No dimension scores below %(threshold)s: no gaps.") % gap,)))
    return lines


def _answered(score) -> str:
    answered = _("%(answered)s of %(total)s") % {"answered": score.answered, "total": score.total}
    if score.not_applicable:
        count = score.not_applicable
        answered += " " + ngettext(
            "(%(counter)s not applicable)", "(%(counter)s not applicable)", count
        ) % {"counter": count}
    return answered


def _figures(named) -> list[Line]:
    lines = [
        Line("heading", (_("Score per dimension"),)),
        Line("chart"),
        Line("header", (_("Dimension"), _("Score"), _("Statements answered"))),
    ]
    for dimension, score in named.rows:
        shown = _("not scored") if score.score is None else _score(score.score)
        lines.append(Line("row", (_text(dimension, "name"), shown, _answered(score))))
    return lines


def _next_steps(named) -> list[Line]:
    lines = [Line("heading", (_("Next steps"),))]
    if not named.gaps:
        message = _(
            "You have no gaps. Keep it up: share what works in the library and with your peers."
        )
        lines.append(Line("text", (message,)))
    for dimension in named.gaps:
        lines.append(Line("subheading", (_text(dimension, "name"),)))
        lines += [Line("item", (text,)) for text in plain_lines(_text(dimension, "recommendation"))]
    return lines


def result_lines(assessment, result, *, language) -> list[Line]:
    """What the PDF says, in order, in the given language; `result` is the assessment's
    selectors.NamedResult."""
    with translation.override(language):
        if assessment.variant == Variant.SHORT:
            kicker = _("Short self-assessment")
        else:
            kicker = _("Full self-assessment")
        if assessment.organisation_id:
            kicker += " · " + _("for %(name)s") % {"name": assessment.organisation.name}
        completed = date_format(timezone.localtime(assessment.completed_at), "DATE_FORMAT")
        meta = _("Completed on %(date)s · %(name)s, version %(number)s") % {
            "date": completed,
            "name": _text(assessment.version.questionnaire, "name"),
            "number": assessment.version.number,
        }
        return [
            Line("kicker", (kicker,)),
            Line("title", (_("Self-assessment results"),)),
            Line("meta", (meta,)),
            *_summary(result.result, result),
            *_figures(result),
            *_next_steps(result),
        ]


def chart_svg(result) -> bytes:
    """The results page's radar drawing, with its colours written in."""
    chart = charts.radar(
        [(_text(dimension, "name"), score.score) for dimension, score in result.rows]
    )
    svg = render_to_string("assessment/includes/radar.html", {"chart": chart})
    start = svg.index(">", svg.index("<svg")) + 1
    return (svg[:start] + CHART_STYLE + svg[start:]).encode()


class _Document(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-14)
        self.set_font(FAMILY, size=8)
        self.set_text_color(74, 84, 96)
        page = f"{self.page_no()}/{{nb}}"
        self.multi_cell(0, 4, f"{self.footer_text} · {page}", align="C")


# How each kind of line looks: (size in points, bold, space above in mm).
LOOKS = {
    "kicker": (10, True, 0),
    "title": (20, True, 1),
    "meta": (10, False, 1),
    "heading": (15, True, 7),
    "subheading": (12, True, 4),
    "strong": (12, True, 1.5),
    "text": (11, False, 1.5),
    "item": (11, False, 1),
}
COLUMNS = (95, 25, 60)  # mm: dimension, score, statements answered


def _table_row(pdf, cells, *, bold) -> None:
    pdf.set_font(FAMILY, "B" if bold else "", 10)
    if pdf.will_page_break(12):
        pdf.add_page()
    top = pdf.get_y()
    bottom = top
    x = pdf.l_margin
    for width, cell in zip(COLUMNS, cells, strict=True):
        pdf.set_xy(x, top)
        pdf.multi_cell(width, 5.5, cell, border="B", align="L", new_x="RIGHT", new_y="NEXT")
        bottom = max(bottom, pdf.get_y())
        x += width
    pdf.set_xy(pdf.l_margin, bottom)


def result_pdf(assessment, result, *, language, address: str = "") -> bytes:
    """The PDF of a completed assessment's result; `address` is the results page, printed in
    the footer so that a printed copy leads back to it."""
    lines = result_lines(assessment, result, language=language)
    with translation.override(language):
        title = _("Self-assessment results")
        pdf = _Document(format="A4")
        pdf.footer_text = f"{PLATFORM} · {address}" if address else PLATFORM
        pdf.add_font(FAMILY, "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font(FAMILY, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        pdf.set_title(title)
        pdf.set_author(PLATFORM)
        pdf.set_creator(PLATFORM)
        pdf.set_lang(language)
        pdf.set_margins(18, 16, 18)
        pdf.set_auto_page_break(True, margin=20)
        pdf.add_page()
        for line in lines:
            if line.kind == "chart":
                pdf.ln(3)
                pdf.image(io.BytesIO(chart_svg(result)), x=pdf.l_margin, w=CHART_WIDTH)
            elif line.kind in ("header", "row"):
                _table_row(pdf, line.cells, bold=line.kind == "header")
            else:
                size, bold, above = LOOKS[line.kind]
                pdf.set_text_color(27, 31, 36)
                pdf.set_font(FAMILY, "B" if bold else "", size)
                pdf.ln(above)
                pdf.multi_cell(0, size * 0.5, line.text, align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
