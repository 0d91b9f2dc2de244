"""The PDF download of a result: the same figures as the results page, in the reader's language,
readable text in the PDF itself, and the results page's access rule."""

import re
import zlib

import pytest
from django.test import Client
from django.utils import timezone, translation

from ppi4cities.assessment import pdf, selectors, services
from ppi4cities.assessment.default import load_default_questionnaire
from ppi4cities.assessment.models import Assessment, Variant
from ppi4cities.assessment.views import SESSION_KEY

pytestmark = pytest.mark.django_db

# The short variant of the shipped questionnaire: one statement per dimension. Strong on
# strategy and legal, weak on needs and market, the rest in between.
VALUES = [5, 4, 1, 2, 3, 3, 4, 3, 3]
ENGLISH_NAMES = ["Strategy and leadership", "Needs assessment", "Market engagement"]
LITHUANIAN_NAMES = ["Strategija ir vadovavimas", "Poreikių vertinimas"]


@pytest.fixture
def version(people):
    load_default_questionnaire()
    return selectors.current_version()


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def complete(assessment, values=VALUES) -> Assessment:
    statements = services.variant_statements(assessment.version, assessment.variant)
    for statement, value in zip(statements.order_by("dimension__position"), values, strict=False):
        services.answer_save(assessment=assessment, statement=statement, value=value)
    return services.assessment_complete(assessment=assessment)


def taken_by(user, version, **extra) -> Assessment:
    assessment = services.assessment_start(
        version=version, variant=Variant.SHORT, user=user, **extra
    )
    return complete(assessment)


def taken_anonymously(version) -> tuple[Client, Assessment]:
    """A visitor's own result, bound to their session as the start page binds it."""
    client = Client()
    session = client.session
    session[SESSION_KEY] = services.new_anonymous_key()
    session.save()
    assessment = services.assessment_start(
        version=version, variant=Variant.SHORT, anonymous_key=session[SESSION_KEY]
    )
    return client, complete(assessment)


# Reading the PDF back --------------------------------------------------------------------------


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(n): body for n, body in re.findall(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S)}


def _stream(body: bytes) -> bytes:
    # Sliced by the dictionary's /Length: compressed data may itself end in a byte that looks
    # like the end-of-line before "endstream".
    header, start = body.split(b"stream", 1)[0], re.search(rb"stream\r?\n", body).end()
    raw = body[start : start + int(re.search(rb"/Length (\d+)", header)[1])]
    return zlib.decompress(raw) if b"/FlateDecode" in header else raw


def _unescape(literal: bytes) -> bytes:
    return re.sub(
        rb"\\([0-7]{1,3}|.)",
        lambda m: (
            bytes([int(m[1], 8)])
            if m[1][:1].isdigit()
            else {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(m[1], m[1])
        ),
        literal,
        flags=re.S,
    )


def pdf_text(data: bytes) -> list[str]:
    """The text runs of every content stream, glyphs turned back into characters through each
    font's ToUnicode map: what a reader's copy and search see."""
    objects = _objects(data)
    fonts = {}
    for name, number in re.findall(rb"/(F\d+) (\d+) 0 R", b"".join(objects.values())):
        to_unicode = re.search(rb"/ToUnicode (\d+) 0 R", objects[int(number)])
        assert to_unicode, "every font maps its glyphs to text"
        pairs = re.findall(
            rb"<([0-9A-F]{4})> <([0-9A-F]{4,})>", _stream(objects[int(to_unicode[1])])
        )
        fonts[name] = {int(glyph, 16): chr(int(char, 16)) for glyph, char in pairs}
    runs = []
    for body in objects.values():
        if b"stream" not in body or re.search(rb"/Length1|begincmap|/CIDToGIDMap", body):
            continue
        font = {}
        content = _stream(body)
        for token in re.finditer(rb"/(F\d+) [\d.]+ Tf|\(((?:\\.|[^\\)])*)\) Tj", content, re.S):
            if token[1]:
                font = fonts[token[1]]
                continue
            glyphs = _unescape(token[2])
            runs.append(
                "".join(
                    font[int.from_bytes(glyphs[i : i + 2], "big")] for i in range(0, len(glyphs), 2)
                )
            )
    return runs


def info(data: bytes, key: str) -> str:
    """A document information entry, written as (text) or as UTF-16 <feff…>."""
    found = re.search(rb"/" + key.encode() + rb" (?:\(([^)]*)\)|<([0-9a-f]+)>)", data)
    return (
        found[1].decode()
        if found[1] is not None
        else bytes.fromhex(found[2].decode()).decode("utf-16")
    )


def page_count(data: bytes) -> int:
    return int(re.search(rb"/Count (\d+)", data)[1])


# The document ----------------------------------------------------------------------------------


def test_the_owner_downloads_a_pdf_with_the_results_figures(version, people):
    """Score, level with its meaning, every dimension's score, strengths, gaps and next steps."""
    assessment = taken_by(people["member"], version)
    response = signed_in(people["member"]).get(f"/assessment/{assessment.pk}/results.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    day = timezone.localdate(assessment.completed_at).isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="ppi4cities-self-assessment-{day}.pdf"'
    )
    data = response.content
    assert data.startswith(b"%PDF-")
    text = " ".join(pdf_text(data))
    result = selectors.assessment_result(assessment).result
    assert f"Overall score: {round(result.overall)} out of 100" in text
    assert f"Maturity level: {result.level.name}" in text
    assert str(result.level.meaning)[:40] in text
    for name in ENGLISH_NAMES:
        assert name in text
    assert re.search(r"Your strengths \(a score of 70 or more\): Strategy and leadership", text)
    assert re.search(r"Your gaps \(a score below 40\): Needs assessment; Market engagement", text)
    assert "Next steps" in text
    assert f"PPI4Cities · http://testserver/assessment/{assessment.pk}/results/" in text
    assert info(data, "Title") == "Self-assessment results"
    assert info(data, "Author") == "PPI4Cities"
    assert info(data, "Lang") == "en"
    assert page_count(data) >= 1


def test_every_dimension_s_score_is_in_the_table(version, people):
    assessment = taken_by(people["member"], version)
    named = selectors.assessment_result(assessment)
    lines = pdf.result_lines(assessment, named, language="en")
    rows = [line.cells for line in lines if line.kind == "row"]
    assert [cells[0] for cells in rows] == [d.name for d in named.dimensions]
    assert [cells[1] for cells in rows] == [
        str(round(score.score)) for score in named.result.dimensions
    ]
    text = pdf_text(pdf.result_pdf(assessment, named, language="en"))
    for cells in rows:
        assert all(cell in text for cell in cells), cells


def test_the_pdf_is_in_the_reader_s_language_with_its_letters(version, people):
    """Lithuanian letters print as themselves: the document embeds a font that has them."""
    assessment = taken_by(people["member"], version)
    data = signed_in(people["member"]).get(f"/lt/assessment/{assessment.pk}/results.pdf").content
    text = " ".join(pdf_text(data))
    level = selectors.assessment_result(assessment).result.level
    with translation.override("lt"):
        name = str(level.name)
    assert name != "Developing" and f"{name}" in text
    for name in LITHUANIAN_NAMES:
        assert name in text
    assert "Balai pagal sritis" in text and "Tolesni veiksmai" in text
    assert f"/lt/assessment/{assessment.pk}/results/" in text
    assert info(data, "Title") == "Įsivertinimo rezultatai"
    assert info(data, "Lang") == "lt"
    assert b"/Helvetica" not in data, "the Latin-1 core fonts cannot print ė or į"


def test_the_chart_is_drawn_with_its_labels(version, people):
    assessment = taken_by(people["member"], version)
    named = selectors.assessment_result(assessment)
    svg = pdf.chart_svg(named).decode()
    assert f'points="{pdf.charts.radar([(d.name, s.score) for d, s in named.rows]).points}"' in svg
    runs = pdf_text(pdf.result_pdf(assessment, named, language="en"))
    chart = runs[runs.index("Score per dimension") + 1 : runs.index("Dimension")]
    assert chart[:5] == ["20", "40", "60", "80", "100"], "the rings' scores"
    assert "Market engagement" in chart


def test_next_steps_are_plain_text_lines():
    markdown = "1. Ask **leaders** to act.\n\n- Read [the guide](https://example.org/g) *first*."
    assert pdf.plain_lines(markdown) == [
        "1. Ask leaders to act.",
        "– Read the guide (https://example.org/g) first.",
    ]


def test_an_anonymous_visitor_s_result_has_a_date_in_its_name(version):
    client, assessment = taken_anonymously(version)
    response = client.get(f"/assessment/{assessment.pk}/results.pdf")
    day = timezone.localdate(assessment.completed_at).isoformat()
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith(f'-{day}.pdf"')


# Who may download ------------------------------------------------------------------------------


def status(client, assessment) -> int:
    return client.get(f"/assessment/{assessment.pk}/results.pdf").status_code


def test_a_person_s_result_is_theirs_alone(version, people):
    assessment = taken_by(people["member"], version)
    assert status(signed_in(people["member"]), assessment) == 200
    for outsider in ("org_member", "other_member", "moderator", "staff"):
        assert status(signed_in(people[outsider]), assessment) == 404, outsider
    assert status(Client(), assessment) == 404


def test_an_organisation_s_result_is_for_its_members(version, people):
    assessment = taken_by(people["org_admin"], version, organisation=people["organisation"])
    assert status(signed_in(people["org_admin"]), assessment) == 200
    assert status(signed_in(people["org_member"]), assessment) == 200
    assert status(signed_in(people["other_member"]), assessment) == 404
    assert status(Client(), assessment) == 404


def test_an_anonymous_result_is_for_the_session_that_took_it(version, people):
    client, assessment = taken_anonymously(version)
    assert status(client, assessment) == 200
    assert status(Client(), assessment) == 404
    assert status(signed_in(people["member"]), assessment) == 404


def test_a_sharing_link_gives_the_pdf_until_it_is_withdrawn(version, people):
    assessment = taken_by(people["member"], version)
    services.assessment_share(assessment=assessment, actor=people["member"], shared=True)
    address = f"/assessment/shared/{assessment.share_token}/results.pdf"
    response = Client().get(address)
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")
    text = " ".join(pdf_text(response.content))
    assert f"/assessment/shared/{assessment.share_token}/" in text
    services.assessment_share(assessment=assessment, actor=people["member"], shared=False)
    assert Client().get(address).status_code == 404
    assert Client().get("/assessment/shared/guess/results.pdf").status_code == 404


def test_an_unfinished_assessment_has_no_pdf(version, people):
    """Its owner goes back to the questions; anyone else finds nothing."""
    assessment = services.assessment_start(
        version=version, variant=Variant.SHORT, user=people["member"]
    )
    response = signed_in(people["member"]).get(f"/assessment/{assessment.pk}/results.pdf")
    assert response.status_code == 302
    assert response["Location"] == f"/assessment/{assessment.pk}/"
    assert status(signed_in(people["other_member"]), assessment) == 404


def test_the_results_pages_link_the_pdf(version, people):
    assessment = taken_by(people["member"], version)
    owner = signed_in(people["member"])
    page = owner.get(f"/assessment/{assessment.pk}/results/").content.decode()
    assert f'href="/assessment/{assessment.pk}/results.pdf" download>Download as PDF<' in page
    services.assessment_share(assessment=assessment, actor=people["member"], shared=True)
    shared = Client().get(f"/assessment/shared/{assessment.share_token}/").content.decode()
    assert f'href="/assessment/shared/{assessment.share_token}/results.pdf"' in shared
