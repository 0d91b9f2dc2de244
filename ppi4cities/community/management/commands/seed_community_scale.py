"""`manage.py seed_community_scale`: questions, answers, partner calls and notifications at
benchmark scale, deterministic and clearly synthetic.

Question number `i` (with its tags, answers and the notifications those answers send) is
drawn from its own random generator seeded with (seed, i), and so is partner call `c`:
seeding 2,000 questions and then 50,000 adds the 48,000 missing ones, identical to a run that
seeded 50,000 at once. Rows are written in bulk (`bulk_create`, `fulltext.index_many`), not
through the services, which would take hours at this size and send real notifications.

People and organisations come from `seed_scale` (called first for `--organisations`): every
author, answerer and recipient has an address @bench.invalid. The benchmark person is the
admin of the first synthetic organisation (`bench_person()`); they receive `--notifications`
notifications of their own besides the ones askers get for each answer.

Synthetic rows are recognisable: question titles start with "Bench 000042:", call titles
with "Bench call 00042:", both by synthetic people. `--reset` deletes exactly those (and
their index entries) and the notifications of synthetic people. The command refuses
production settings and any database whose name lacks "bench".
"""

import random
import re
import time
from datetime import UTC, date, datetime, timedelta
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone, translation

from ppi4cities.accounts.management.commands.seed_scale import (
    EXPERTISE,
    SYNTHETIC_DOMAIN,
    _tags_by_name,
    synthetic_organisations,
    synthetic_users,
)
from ppi4cities.accounts.models import Membership, OrganisationKind, Role, User
from ppi4cities.community.models import Notification
from ppi4cities.community.partners import services as partner_services
from ppi4cities.community.partners.models import CallStatus, PartnerCall, Purpose, Target
from ppi4cities.community.questions import services as question_services
from ppi4cities.community.questions.models import Answer, Facet, Question, QuestionTag, Status
from ppi4cities.community.questions.vocabularies import tag_label
from ppi4cities.core import fulltext
from ppi4cities.core.markdown import render_markdown
from ppi4cities.core.models import SearchEntry, Tag, Theme
from ppi4cities.core.vocabularies import Procedure, ThemeCode
from ppi4cities.library.vocabularies import EU_WIDE, Stage

QUESTION_PREFIX = "Bench "
CALL_PREFIX = "Bench call "
QUESTION_WIDTH = 6
CALL_WIDTH = 5
QUESTION_TITLE = re.compile(rf"^{QUESTION_PREFIX}(\d{{{QUESTION_WIDTH}}}):")
CALL_TITLE = re.compile(rf"^{CALL_PREFIX}(\d{{{CALL_WIDTH}}}):")
BATCH_SIZE = 1000
EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
# One question in this many is a long thread: the question page's worst case.
POPULAR_EVERY = 1000
POPULAR_OFFSET = 7
POPULAR_ANSWERS = 120
UNANSWERED_SHARE = 0.12
ACCEPTED_SHARE = 0.4
HIDDEN_SHARE = 0.01
OPEN_CALL_SHARE = 0.6

# fmt: off
TOPICS = [
    "smart lighting", "electric buses", "district heating", "school meals", "waste sorting",
    "air quality sensors", "cycling infrastructure", "energy renovation", "solar energy",
    "digital twins", "open data", "e-health", "assistive technology", "water management",
    "flood protection", "traffic management", "heat pumps", "hydrogen buses",
    "autonomous shuttles", "elderly care", "food procurement", "circular construction",
    "nature-based solutions", "IoT platforms", "cybersecurity", "citizen participation",
]
ASKS = [
    "How did you run a market consultation on {topic}?",
    "Which award criteria worked for {topic}?",
    "Can a pre-commercial procurement cover {topic} across two countries?",
    "Who has tender documents for {topic} we could learn from?",
    "How do we measure the outcomes of a {topic} pilot?",
    "Is an innovation partnership the right procedure for {topic}?",
    "What did suppliers ask during the dialogue on {topic}?",
    "How did you split {topic} into lots for small firms?",
]
SENTENCES = [
    "Our city is preparing a procurement and wants to avoid the mistakes others made.",
    "The budget is approved, but the procurement unit has never run a dialogue.",
    "We are unsure how to protect the suppliers' intellectual property.",
    "Legal advisors asked whether a joint procurement with neighbours is allowed.",
    "We plan to test the solution in a living lab before buying at scale.",
    "Suppliers told us the deadlines were too short last time.",
    "Life-cycle costs should weigh more than the purchase price.",
    "The municipal council wants measurable results within two years.",
]
ANSWER_SENTENCES = [
    "We published a prior information notice and met every interested supplier.",
    "A competitive dialogue took us nine months, which was worth it.",
    "Split the contract into lots so that start-ups can bid for one of them.",
    "Ask the suppliers for a demonstration rather than a written description.",
    "Our lawyers accepted a joint procurement once each buyer signed the agreement.",
    "Keep the functional requirements short and let the market propose solutions.",
    "We weighted quality at seventy percent and price at thirty.",
    "Measure a baseline before the pilot starts, or the results will be disputed.",
    "The national competence centre reviewed our documents for free.",
    "Look at the library's case studies on outcome-based specifications.",
]
COUNTRIES = ["LT", "LV", "EE", "FI", "SE", "DK", "DE", "PL", "NO", EU_WIDE]
PROGRAMMES = [
    ("Interreg Baltic Sea Region", "Call for core projects"),
    ("Horizon Europe", "Cities Mission call"),
    ("LIFE Programme", "Standard action projects"),
    ("Connecting Europe Facility", "Urban nodes call"),
    ("", ""),
]
CALL_ASKS = [
    "Partners wanted for a joint procurement of {topic}",
    "Looking for cities to pilot {topic}",
    "Consortium for {topic}: two more partners sought",
    "Study visit on {topic} procurement",
    "CityLab on {topic}: co-creators wanted",
]
# fmt: on


def question_label(index: int) -> str:
    return f"{index:0{QUESTION_WIDTH}d}"


def call_label(index: int) -> str:
    return f"{index:0{CALL_WIDTH}d}"


def database_name() -> str:
    return Path(str(connection.settings_dict["NAME"])).name


def synthetic_questions():
    """The questions this command made, and only those."""
    return Question.objects.filter(
        title__startswith=QUESTION_PREFIX, author__email__endswith=f"@{SYNTHETIC_DOMAIN}"
    )


def synthetic_calls():
    return PartnerCall.objects.filter(
        title__startswith=CALL_PREFIX, author__email__endswith=f"@{SYNTHETIC_DOMAIN}"
    )


def bench_person() -> User | None:
    """The admin of the first synthetic organisation: the signed-in person of the benchmark."""
    membership = (
        Membership.objects.filter(organisation__in=synthetic_organisations(), role=Role.ADMIN)
        .select_related("user")
        .order_by("organisation__slug", "user__email")
        .first()
    )
    return membership.user if membership else None


def popular(index: int) -> bool:
    return index % POPULAR_EVERY == POPULAR_OFFSET


def plan_question(seed: int, index: int, people: int, answers_per_question: int) -> dict:
    """Everything about synthetic question `index`, drawn only from (seed, index); people are
    positions in the pool of synthetic people."""
    rng = random.Random(f"ppi4cities-community-bench:{seed}:q:{index}")
    topic = rng.choice(TOPICS)
    created = EPOCH + timedelta(minutes=10 * index + rng.randint(0, 9))
    author = rng.randrange(people)
    if popular(index):
        count = POPULAR_ANSWERS
    elif rng.random() < UNANSWERED_SHARE:
        count = 0
    else:
        count = rng.randint(1, 2 * answers_per_question)
    answers = []
    for position in range(count):
        answerer = rng.randrange(people - 1)
        answers.append(
            {
                # Anyone but the asker.
                "author": answerer + (answerer >= author),
                "body": " ".join(rng.sample(ANSWER_SENTENCES, rng.randint(1, 4))),
                "score": min(int(rng.paretovariate(1.5)) - 1, 40),
                "created_at": created + timedelta(hours=position + 1, minutes=rng.randint(0, 59)),
                "hidden": rng.random() < HIDDEN_SHARE,
            }
        )
    visible = [answer for answer in answers if not answer["hidden"]]
    accepted = None
    if visible and rng.random() < ACCEPTED_SHARE:
        accepted = max(
            range(len(answers)), key=lambda i: (not answers[i]["hidden"], answers[i]["score"])
        )
    tags = [(Facet.THEME, code) for code in sorted(set(rng.choices(ThemeCode.values, k=2)))]
    tags.append((Facet.COUNTRY, rng.choice(COUNTRIES)))
    if rng.random() < 0.6:
        tags.append((Facet.STAGE, rng.choice(Stage.values)))
    if rng.random() < 0.3:
        tags.append((Facet.PROCEDURE, rng.choice(Procedure.values)))
    return {
        "index": index,
        "title": f"{QUESTION_PREFIX}{question_label(index)}: "
        + rng.choice(ASKS).format(topic=topic),
        "body": " ".join(rng.sample(SENTENCES, rng.randint(2, 4))),
        "author": author,
        "with_organisation": rng.random() < 0.7,
        "created_at": created,
        # The long threads stay visible: the benchmark opens them.
        "hidden": rng.random() < HIDDEN_SHARE and not popular(index),
        "answers": answers,
        "accepted": accepted,
        "tags": tags,
    }


def plan_call(seed: int, index: int, organisations: int, today: date) -> dict:
    """Everything about synthetic partner call `index`, drawn only from (seed, index) and the
    day it is seeded on (open calls have deadlines ahead of it)."""
    rng = random.Random(f"ppi4cities-community-bench:{seed}:c:{index}")
    topic = rng.choice(TOPICS)
    programme, call_name = rng.choice(PROGRAMMES)
    if rng.random() < OPEN_CALL_SHARE:
        deadline = today + timedelta(days=rng.randint(0, 180))
    else:
        deadline = today - timedelta(days=rng.randint(1, 365))
    return {
        "index": index,
        "title": f"{CALL_PREFIX}{call_label(index)}: " + rng.choice(CALL_ASKS).format(topic=topic),
        "organisation": rng.randrange(organisations),
        "purpose": rng.choice(Purpose.values),
        "programme": programme,
        "call_name": call_name,
        "description": " ".join(rng.sample(SENTENCES, rng.randint(2, 5))),
        "deadline": deadline,
        "status": CallStatus.OPEN if rng.random() < 0.95 else CallStatus.CLOSED,
        "kinds": sorted(set(rng.choices(OrganisationKind.values, k=rng.randint(0, 2)))),
        "countries": sorted(set(rng.choices(COUNTRIES[:-1], k=rng.randint(0, 3)))),
        "themes": sorted(set(rng.choices(ThemeCode.values, k=rng.randint(1, 2)))),
        "expertise": rng.sample(EXPERTISE, rng.randint(0, 3)),
        "interests": rng.randint(0, 6),
        "created_at": EPOCH + timedelta(hours=4 * index),
        "hidden": rng.random() < HIDDEN_SHARE,
    }


def _existing(queryset, pattern) -> set[int]:
    return {
        int(found.group(1))
        for title in queryset.values_list("title", flat=True)
        if (found := pattern.match(title))
    }


class Command(BaseCommand):
    help = (
        "Seed synthetic questions, answers, partner calls and notifications for benchmarks "
        "(deterministic; rows already there are kept; --reset deletes earlier synthetic rows)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--questions", type=int, required=True, metavar="N")
        parser.add_argument(
            "--answers-per-question",
            type=int,
            default=4,
            metavar="K",
            help="Mean answers per answered question is about K (1 to 2K each).",
        )
        parser.add_argument("--calls", type=int, default=2000, metavar="C")
        parser.add_argument(
            "--notifications",
            type=int,
            default=500,
            metavar="M",
            help="Notifications of the benchmark person, besides those of their questions.",
        )
        parser.add_argument(
            "--organisations",
            type=int,
            default=1000,
            metavar="O",
            help="Synthetic organisations (seed_scale, 3 people each) whose people take part.",
        )
        parser.add_argument("--seed", type=int, default=1, metavar="S")
        parser.add_argument(
            "--reset", action="store_true", help="Delete every synthetic community row first."
        )
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError(
                "seed_community_scale fills the database with synthetic questions; it refuses "
                "to run with PPI_ENV=production. Point DATABASE_URL at a benchmark database "
                "and run it with development settings."
            )
        if "bench" not in database_name():
            raise CommandError(
                f"Refusing to seed {database_name()!r}: the benchmark database's name must "
                "contain 'bench'."
            )
        questions, calls = options["questions"], options["calls"]
        if min(questions, calls, options["notifications"]) < 0:
            raise CommandError("--questions, --calls and --notifications must be 0 or more.")
        if options["answers_per_question"] < 1 or options["organisations"] < 1:
            raise CommandError("--answers-per-question and --organisations must be 1 or more.")
        if questions >= 10**QUESTION_WIDTH or calls >= 10**CALL_WIDTH:
            raise CommandError(
                f"At most {10**QUESTION_WIDTH - 1} questions and {10**CALL_WIDTH - 1} calls."
            )
        started = time.monotonic()
        call_command(
            "seed_scale",
            organisations=options["organisations"],
            members_per_organisation=3,
            seed=options["seed"],
            stdout=self.stdout if options["verbosity"] > 1 else StringIO(),
        )
        batch_size = max(1, options["batch_size"])
        # Tag labels go into the search text in the default language, as for an editor
        # writing in English.
        with translation.override(settings.LANGUAGE_CODE):
            if options["reset"]:
                self.stdout.write(self._reset())
            pool = self._pool(options["organisations"])
            new_questions = self._seed_questions(
                questions, options["seed"], options["answers_per_question"], pool, batch_size
            )
            new_calls = self._seed_calls(calls, options["seed"], pool, batch_size)
            new_notifications = self._seed_person_notifications(
                options["notifications"], pool, batch_size
            )
            self._recount_unread()
        self._analyse()
        self.stdout.write(
            self.style.SUCCESS(
                f"{questions} synthetic questions ({new_questions} new), "
                f"{Answer.objects.filter(question__in=synthetic_questions()).count()} answers, "
                f"{calls} calls ({new_calls} new), {new_notifications} new notifications of "
                f"the benchmark person, in {time.monotonic() - started:.1f} s."
            )
        )

    # People ------------------------------------------------------------------------------

    def _pool(self, organisations: int) -> dict:
        """The synthetic people and organisations, in a fixed order, as positions."""
        orgs = list(synthetic_organisations().order_by("slug").only("pk", "name")[:organisations])
        org_ids = [organisation.pk for organisation in orgs]
        members = {}
        admins = {}
        for user_id, organisation_id, role in (
            Membership.objects.filter(organisation_id__in=org_ids)
            .order_by("organisation__slug", "user__email")
            .values_list("user_id", "organisation_id", "role")
        ):
            members.setdefault(user_id, organisation_id)
            if role == Role.ADMIN:
                admins.setdefault(organisation_id, user_id)
        people = list(
            User.objects.filter(pk__in=members).order_by("email").values_list("pk", "full_name")
        )
        return {
            "people": people,
            "organisation_of": members,
            "organisations": orgs,
            "admins": admins,
            "person": bench_person(),
        }

    # Questions and answers ---------------------------------------------------------------

    def _seed_questions(self, total, seed, answers_per_question, pool, batch_size) -> int:
        existing = _existing(synthetic_questions(), QUESTION_TITLE)
        missing = [index for index in range(total) if index not in existing]
        for start in range(0, len(missing), batch_size):
            plans = [
                plan_question(seed, index, len(pool["people"]), answers_per_question)
                for index in missing[start : start + batch_size]
            ]
            # One transaction per batch: an interrupted run keeps whole questions only.
            with transaction.atomic():
                self._create_questions(plans, pool, batch_size)
        return len(missing)

    def _create_questions(self, plans, pool, batch_size) -> None:
        people = pool["people"]
        questions = []
        for plan in plans:
            author_id = people[plan["author"]][0]
            hidden_at = plan["created_at"] + timedelta(days=1) if plan["hidden"] else None
            questions.append(
                Question(
                    author_id=author_id,
                    organisation_id=pool["organisation_of"][author_id]
                    if plan["with_organisation"]
                    else None,
                    title=plan["title"],
                    body=plan["body"],
                    body_html=_rendered(plan["body"]),
                    language="en",
                    links_clickable=True,
                    created_at=plan["created_at"],
                    hidden_at=hidden_at,
                    answer_count=sum(not a["hidden"] for a in plan["answers"]),
                )
            )
        Question.objects.bulk_create(questions, batch_size=batch_size)
        QuestionTag.objects.bulk_create(
            [
                QuestionTag(question=question, facet=facet, value=value)
                for plan, question in zip(plans, questions, strict=True)
                for facet, value in plan["tags"]
            ],
            batch_size=batch_size,
        )
        answers = [
            Answer(
                question=question,
                author_id=people[answer["author"]][0],
                body=answer["body"],
                body_html=_rendered(answer["body"]),
                links_clickable=True,
                score=answer["score"],
                created_at=answer["created_at"],
                hidden_at=answer["created_at"] + timedelta(hours=2) if answer["hidden"] else None,
            )
            for plan, question in zip(plans, questions, strict=True)
            for answer in plan["answers"]
        ]
        Answer.objects.bulk_create(answers, batch_size=batch_size)
        accepted = []
        notifications = []
        position = 0
        answer_type = ContentType.objects.get_for_model(Answer)
        for plan, question in zip(plans, questions, strict=True):
            page = question.get_absolute_url()
            mine = answers[position : position + len(plan["answers"])]
            position += len(plan["answers"])
            if plan["accepted"] is not None:
                answer = mine[plan["accepted"]]
                question.accepted_answer = answer
                question.status = Status.ANSWERED
                question.answered_at = answer.created_at
                accepted.append(question)
            # What answering sends the asker (question_answered), read after a day unless
            # it is among the newest.
            for answer, answer_plan in zip(mine, plan["answers"], strict=True):
                notifications.append(
                    Notification(
                        recipient_id=question.author_id,
                        kind="question_answered",
                        actor_id=answer.author_id,
                        data={
                            "person": people[answer_plan["author"]][1],
                            "title": question.title,
                        },
                        subject_type=answer_type,
                        subject_id=answer.pk,
                        # Stored without a language prefix, as notification_send stores it.
                        url=f"{page}#answer-{answer.pk}",
                        created_at=answer.created_at,
                        read_at=answer.created_at + timedelta(days=1),
                    )
                )
        Question.objects.bulk_update(
            accepted, ["accepted_answer", "status", "answered_at"], batch_size=batch_size
        )
        Notification.objects.bulk_create(notifications, batch_size=batch_size)
        visible_answers = {}
        for answer in answers:
            if answer.hidden_at is None:
                visible_answers.setdefault(answer.question_id, []).append(answer.body)
        fulltext.index_many(
            question_services.SEARCH_KIND,
            [
                fulltext.Document(
                    object_id=question.pk,
                    language=question.language,
                    title=question.title,
                    summary=question.body,
                    body="\n\n".join(visible_answers.get(question.pk, [])),
                    keywords=" ".join(tag_label(facet, value) for facet, value in plan["tags"]),
                )
                for plan, question in zip(plans, questions, strict=True)
                if question.hidden_at is None
            ],
        )

    # Partner calls -----------------------------------------------------------------------

    def _seed_calls(self, total, seed, pool, batch_size) -> int:
        existing = _existing(synthetic_calls(), CALL_TITLE)
        missing = [index for index in range(total) if index not in existing]
        if not missing:
            return 0
        themes = {theme.code: theme.pk for theme in Theme.objects.all()}
        tags = {name: tag.pk for name, tag in _tags_by_name(EXPERTISE).items()}
        today = timezone.localdate()
        for start in range(0, len(missing), batch_size):
            plans = [
                plan_call(seed, index, len(pool["organisations"]), today)
                for index in missing[start : start + batch_size]
            ]
            with transaction.atomic():
                self._create_calls(plans, pool, themes, tags, batch_size)
        return len(missing)

    def _create_calls(self, plans, pool, themes, tags, batch_size) -> None:
        calls = []
        for plan in plans:
            organisation = pool["organisations"][plan["organisation"]]
            closed = plan["status"] != CallStatus.OPEN
            call = PartnerCall(
                organisation=organisation,
                author_id=pool["admins"].get(organisation.pk),
                title=plan["title"],
                purpose=plan["purpose"],
                programme=plan["programme"],
                call_name=plan["call_name"],
                description=plan["description"],
                language="en",
                deadline=plan["deadline"],
                partner_kinds=plan["kinds"],
                countries=plan["countries"],
                status=plan["status"],
                closed_at=plan["created_at"] + timedelta(days=30) if closed else None,
                hidden_at=plan["created_at"] + timedelta(days=1) if plan["hidden"] else None,
                interest_count=plan["interests"],
                created_at=plan["created_at"],
            )
            calls.append(call)
        PartnerCall.objects.bulk_create(calls, batch_size=batch_size)
        targets, theme_links, tag_links = [], [], []
        ThemeLink = PartnerCall.themes.through
        TagLink = PartnerCall.expertise.through
        for plan, call in zip(plans, calls, strict=True):
            targets += [Target(call=call, facet=Target.Facet.KIND, value=v) for v in plan["kinds"]]
            targets += [
                Target(call=call, facet=Target.Facet.COUNTRY, value=v) for v in plan["countries"]
            ]
            theme_links += [
                ThemeLink(partnercall_id=call.pk, theme_id=themes[code])
                for code in plan["themes"]
                if code in themes
            ]
            tag_links += [
                TagLink(partnercall_id=call.pk, tag_id=tags[n]) for n in plan["expertise"]
            ]
        Target.objects.bulk_create(targets, batch_size=batch_size)
        ThemeLink.objects.bulk_create(theme_links, batch_size=batch_size)
        TagLink.objects.bulk_create(tag_links, batch_size=batch_size)
        documents = [
            partner_services.call_document(call) for call in calls if call.hidden_at is None
        ]
        fulltext.index_many(partner_services.SEARCH_KIND, documents)

    # The benchmark person's own notifications ---------------------------------------------

    def _seed_person_notifications(self, total, pool, batch_size) -> int:
        person = pool["person"]
        if person is None or not total:
            return 0
        have = Notification.objects.filter(recipient=person, data__bench=True).count()
        if have >= total:
            return 0
        people = pool["people"]
        questions = list(
            synthetic_questions()
            .filter(hidden_at__isnull=True)
            .order_by("-created_at")
            .values_list("pk", "title")[:50]
        ) or [(0, "")]
        calls = list(synthetic_calls().order_by("-created_at").values_list("pk", "title")[:20])
        now = timezone.now()
        notifications = []
        for number in range(have, total):
            rng = random.Random(f"ppi4cities-community-bench:person:{number}")
            actor_id, actor_name = rng.choice(people)
            question_id, title = rng.choice(questions)
            kind = rng.choice(["question_answered", "answer_accepted", "followed_new_question"])
            url = f"/questions/{question_id}/"
            data = {"person": actor_name, "title": title, "bench": True}
            if calls and rng.random() < 0.2:
                call_id, title = rng.choice(calls)
                kind, url = "call_interest", f"/partners/calls/{call_id}/"
                data = {"person": actor_name, "organisation": "", "title": title, "bench": True}
            created = now - timedelta(hours=total - number)
            notifications.append(
                Notification(
                    recipient=person,
                    kind=kind,
                    actor_id=actor_id,
                    data=data,
                    url=url,
                    created_at=created,
                    # The newest fifty are unread, as after a few days away.
                    read_at=None if total - number <= 50 else created + timedelta(minutes=30),
                )
            )
        Notification.objects.bulk_create(notifications, batch_size=batch_size)
        return len(notifications)

    def _recount_unread(self) -> None:
        unread = Subquery(
            Notification.objects.filter(recipient=OuterRef("pk"), read_at__isnull=True)
            .order_by()
            .values("recipient")
            .annotate(count=Count("pk"))
            .values("count")
        )
        synthetic_users().update(unread_notifications=Coalesce(unread, 0))

    # Reset and statistics ----------------------------------------------------------------

    def _reset(self) -> str:
        with transaction.atomic():
            question_ids = list(synthetic_questions().values_list("pk", flat=True))
            call_ids = list(synthetic_calls().values_list("pk", flat=True))
            fulltext.remove_many(question_services.SEARCH_KIND, question_ids)
            fulltext.remove_many(partner_services.SEARCH_KIND, call_ids)
            # The accepted answer points back at its question: unlink before deleting.
            Question.objects.filter(pk__in=question_ids).update(accepted_answer=None)
            for start in range(0, len(question_ids), 5000):
                Question.objects.filter(pk__in=question_ids[start : start + 5000]).delete()
            PartnerCall.objects.filter(pk__in=call_ids).delete()
            notifications, _by_model = Notification.objects.filter(
                recipient__in=synthetic_users()
            ).delete()
        return (
            f"Deleted {len(question_ids)} questions, {len(call_ids)} calls and "
            f"{notifications} notifications."
        )

    def _analyse(self):
        """Refresh the planner's statistics after the bulk load, as autovacuum (PostgreSQL) or
        `PRAGMA optimize` (SQLite) soon would: measuring before would time a state production
        never stays in."""
        models = [
            Question,
            QuestionTag,
            Answer,
            Notification,
            PartnerCall,
            Target,
            PartnerCall.themes.through,
            PartnerCall.expertise.through,
            SearchEntry,
            User,
            Tag,
        ]
        names = [connection.ops.quote_name(model._meta.db_table) for model in models]
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # VACUUM cannot run inside a transaction (as when a test calls the command).
                command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
                cursor.execute(f"{command} {', '.join(names)}")
            else:
                for name in names:
                    cursor.execute(f"ANALYZE {name}")


_RENDERED: dict[str, str] = {}


def _rendered(body: str) -> str:
    """The stored HTML the services keep for a body; the bodies repeat (they are drawn from a
    few sentences), so each is rendered once."""
    if body not in _RENDERED:
        _RENDERED[body] = render_markdown(body, links=True)
    return _RENDERED[body]
