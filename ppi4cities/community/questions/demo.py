"""Demo questions and answers between demo people, so that `/questions/` shows a living
exchange on a development database, one off-topic answer that its asker reported, so that the
moderators' queue has something to act on, and demo experts who accept questions, so that "Ask
an expert" finds someone. Each text ends with the demo mark; a second run adds nothing
(questions are found by their title among demo questions, the reported answer by its text, and
an expert's choice, once made, is theirs)."""

from datetime import timedelta

from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from ppi4cities.accounts.demo import DEMO_DOMAIN, demo_person
from ppi4cities.accounts.models import Organisation, User
from ppi4cities.moderation import reporting
from ppi4cities.moderation.models import Reason
from ppi4cities.moderation.services import report_create

from . import services
from .models import Answer, Question

MARK = "(Demo content on the PPI4Cities platform.)"

# (asker, organisation slug, days ago, title, body, tags, [(answerer, body, votes by)], accepted)
QUESTIONS = [
    (
        "jonas.pavyzdys",
        "vilnius-city-municipality",
        12,
        "How long should a preliminary market consultation run before we publish the tender?",
        "We plan a preliminary market consultation under article 40 of Directive 2014/24/EU "
        "for a digital service for school admissions. How long did yours run, and how did you "
        "make sure that companies taking part were not advantaged in the tender?",
        {"theme": ["digital"], "stage": ["market-consultation"], "country": ["LT", "EU"]},
        [
            (
                "rasa.pavyzdyte",
                "Plan enough time for companies to prepare: an open information day, written "
                "questions and one-to-one meetings in the same format for everyone. Publish "
                "a summary of all the information you shared and give it to every tenderer, "
                "so that no participant knows more than the others.",
                ("aino.esimerkki", "kadri.naidis"),
            ),
            (
                "kadri.naidis",
                "We announced the consultation on the national procurement portal and in "
                "the city's news, and kept minutes of each meeting. The minutes were attached "
                "to the tender documents.",
                ("jonas.pavyzdys",),
            ),
        ],
        0,
    ),
    (
        "aino.esimerkki",
        "city-of-tampere",
        8,
        "Innovation partnership or competitive dialogue for autonomous shuttle buses?",
        "We want to buy a last-mile shuttle service that does not exist on the market yet. "
        "When would you choose an innovation partnership, and when a competitive dialogue?",
        {"theme": ["mobility"], "procedure": ["innovation", "comp-dial"], "country": ["FI"]},
        [
            (
                "erika.mustermann",
                "An innovation partnership fits when you need development work and want to "
                "buy the result without a new tender. A competitive dialogue fits when "
                "solutions exist but you cannot define them yourself. Check which risk you "
                "want to share with suppliers.",
                ("aino.esimerkki",),
            ),
        ],
        None,
    ),
    (
        "jan.przykladowy",
        "",
        5,
        "Which IPR clauses do you use in pre-commercial procurement?",
        "In our PCP for smart water sensors, suppliers ask to keep the intellectual property "
        "rights. What licence rights did your city keep?",
        {"theme": ["smart-city", "environment"], "stage": ["tender-documents"]},
        [
            (
                "tomas.testinis",
                "In pre-commercial procurement the suppliers usually keep ownership of the "
                "results, while the buyer keeps a free licence for its own use and the right "
                "to ask the supplier to license the results to other public buyers on fair "
                "terms. Write these rights into the contract template from the start.",
                ("jan.przykladowy", "anna.exempelsson"),
            ),
        ],
        0,
    ),
    (
        "anna.exempelsson",
        "",
        2,
        "How do you weigh life-cycle costs against innovation in the award criteria?",
        "We are preparing a tender for energy-efficient street lighting and want to reward "
        "innovative solutions without losing sight of the total cost over fifteen years.",
        {"theme": ["energy"], "stage": ["tender-documents"], "procedure": ["open"]},
        [],
        None,
    ),
]


# (question title, answerer, body, reporter, reason, note): an answer for the moderators.
REPORTED_ANSWER = (
    "Which IPR clauses do you use in pre-commercial procurement?",
    "mart.naidis",
    "Does anyone know a good conference on mobility data in the Baltic states this spring? "
    "We are looking for one to present our journey planner at.",
    "jan.przykladowy",
    Reason.OFF_TOPIC,
    "This does not answer the question; it could be a question of its own.",
)


# Demo people who accept questions as experts; their profiles list the matching expertise
# (IPR clauses, market consultation, CityLab).
EXPERTS = ("tomas.testinis", "rasa.pavyzdyte", "laura.pavyzdiene")


def _organisation(author, slug):
    """The organisation the asker speaks for, when they still belong to it."""
    if not slug:
        return None
    return Organisation.objects.filter(slug=slug, memberships__user=author).first()


def load_questions_demo(stdout=None, verbosity=1) -> int:
    """Add the demo questions that are missing; return how many were added."""
    existing = set(Question.objects.filter(is_demo=True).values_list("title", flat=True))
    missing = [spec for spec in QUESTIONS if spec[3] not in existing]
    added = _load(missing, timezone.now()) if missing else 0
    _load_reported_answer()
    _load_experts()
    if stdout is not None and verbosity >= 1:
        stdout.write(f"Demo questions: {added} created, {len(existing)} unchanged")
    return added


def _load(specs, now) -> int:
    """Write the given demo questions with their answers, votes and acceptances."""
    added = 0
    # Demo content arrives in one go from a command, not from people posting.
    with override_settings(POSTING_RATE_LIMITS_ENABLED=False), transaction.atomic():
        for asker, slug, days, title, body, tags, answers, accepted in specs:
            author = demo_person(asker)
            if author is None:
                continue
            question = services.question_ask(
                author=author,
                title=title,
                body=f"{body} {MARK}",
                tags=tags,
                organisation=_organisation(author, slug),
                now=now - timedelta(days=days),
            )
            posted = []
            for number, (answerer, text, voters) in enumerate(answers):
                person = demo_person(answerer)
                if person is None:
                    continue
                reply = services.answer_post(
                    author=person,
                    question=question,
                    body=f"{text} {MARK}",
                    now=now - timedelta(days=days - 1, hours=-number),
                )
                for voter in filter(None, map(demo_person, voters)):
                    if voter.pk != person.pk:
                        services.answer_vote_toggle(user=voter, answer=reply)
                posted.append(reply)
            if accepted is not None and accepted < len(posted):
                services.answer_accept(user=author, question=question, answer=posted[accepted])
            Question.objects.filter(pk=question.pk).update(is_demo=True)
            Answer.objects.filter(question=question).update(is_demo=True)
            added += 1
    return added


def _load_reported_answer() -> None:
    """Post the off-topic answer and its report, unless the answer is there already (reported,
    hidden or restored: what moderators did with it stays)."""
    title, answerer, text, reporter, reason, note = REPORTED_ANSWER
    body = f"{text} {MARK}"
    if Answer.objects.filter(question__is_demo=True, question__title=title, body=body).exists():
        return
    question = Question.objects.filter(is_demo=True, title=title).first()
    author, complainant = demo_person(answerer), demo_person(reporter)
    if question is None or author is None or complainant is None:
        return
    with override_settings(POSTING_RATE_LIMITS_ENABLED=False), transaction.atomic():
        answer = services.answer_post(author=author, question=question, body=body)
        Answer.objects.filter(pk=answer.pk).update(is_demo=True)
        report_create(
            reporter=complainant,
            reportable=reporting.REPORTABLES["answer"],
            item=answer,
            reason=reason,
            note=note,
        )


def _load_experts() -> None:
    """Let the demo experts accept requests, unless they have already chosen."""
    undecided = User.objects.filter(
        is_demo=True,
        email__in=[f"{handle}@{DEMO_DOMAIN}" for handle in EXPERTS],
        expert_availability__isnull=True,
    )
    for person in undecided:
        services.expert_availability_set(user=person, accepts_requests=True)
