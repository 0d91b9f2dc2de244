"""The self-assessment at scale: rounds of thousands of organisations, their pages and the API.

assessment.py seed
    On the benchmark database only (DATABASE_URL, synthetic organisations of `seed_scale`):
    gives each synthetic organisation that lacks one a closed round of the current default
    questionnaire, answered by its three people (the admin who started it and two invited
    colleagues), through bulk inserts. Answers are drawn from a generator seeded with the
    organisation's slug, so 200 then 2,000 gives the same first 200 as 2,000 at once.
assessment.py measure --size N --out FILE [--counts-only]
    In-process (Django's test client, signed in as the admin of the first synthetic
    organisation): the queries of each measured page, then each page timed over many rounds.
assessment.py report --results DIR --out-json FILE --out-md FILE
    Merges the files of every engine into one JSON and one Markdown report, with the targets
    met or missed.
"""

import argparse
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from measuring import load, machine, percentiles, setup_django, verdict  # noqa: E402

P95_TARGET_MS = 150
ROUND_TITLE = "Bench round"
RESPONDENTS = 3
EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
# Each page is timed once on this many different rounds (or assessments), spread over all of
# them: the peer benchmark of a large group takes seconds, and the run must stay short.
SAMPLES = 30
PAGES = ("results page", "round page", "benchmark API")


def seed(args) -> int:
    setup_django()
    from django.db import connection, transaction

    from ppi4cities.accounts.management.commands.seed_scale import synthetic_organisations
    from ppi4cities.accounts.models import Membership, Role
    from ppi4cities.assessment import selectors, services
    from ppi4cities.assessment.models import (
        Answer,
        Assessment,
        AssessmentStatus,
        Round,
        RoundInvitation,
        Variant,
    )

    version = selectors.current_version()
    if version is None:
        print("No published questionnaire: run load_default_questionnaire first.", file=sys.stderr)
        return 1
    statements = [
        statement
        for dimension in selectors.version_dimensions(version, Variant.FULL)
        for statement in dimension.statements.all()
    ]
    missing = synthetic_organisations().exclude(assessment_rounds__title=ROUND_TITLE)
    people: dict[int, list[int]] = {}
    admins: dict[int, int] = {}
    for organisation_id, user_id, role in (
        Membership.objects.filter(organisation__in=missing)
        .order_by("organisation", "user")
        .values_list("organisation", "user", "role")
    ):
        people.setdefault(organisation_id, []).append(user_id)
        if role == Role.ADMIN:
            admins.setdefault(organisation_id, user_id)
    organisations = [
        (pk, slug)
        for pk, slug in missing.order_by("slug").values_list("pk", "slug")
        if pk in admins and len(people[pk]) >= RESPONDENTS
    ]
    started = time.perf_counter()
    with transaction.atomic():
        for batch_start in range(0, len(organisations), 200):
            batch = organisations[batch_start : batch_start + 200]
            rounds = []
            for number, (organisation_id, _slug) in enumerate(batch, batch_start):
                opened = EPOCH + timedelta(minutes=number)
                rounds.append(
                    Round(
                        organisation_id=organisation_id,
                        version=version,
                        title=ROUND_TITLE,
                        started_by_id=admins[organisation_id],
                        started_at=opened,
                        closed_at=opened + timedelta(days=14),
                    )
                )
            rounds = Round.objects.bulk_create(rounds)
            invitations, assessments, plans = [], [], []
            for round, (organisation_id, slug) in zip(rounds, batch, strict=True):
                admin = admins[organisation_id]
                colleagues = [u for u in people[organisation_id] if u != admin][: RESPONDENTS - 1]
                invitations += [
                    RoundInvitation(round=round, user_id=user, invited_by_id=admin)
                    for user in colleagues
                ]
                rng = random.Random(slug)
                # Each organisation has its own maturity, and colleagues answer around it.
                level = rng.uniform(1.5, 4.5)
                for user in [admin, *colleagues]:
                    assessments.append(
                        Assessment(
                            version=version,
                            variant=Variant.FULL,
                            user_id=user,
                            organisation_id=organisation_id,
                            round=round,
                            status=AssessmentStatus.COMPLETED,
                            started_at=round.started_at,
                            completed_at=round.started_at + timedelta(days=1),
                        )
                    )
                    plans.append([_answer(rng, level) for _ in statements])
            RoundInvitation.objects.bulk_create(invitations)
            assessments = Assessment.objects.bulk_create(assessments)
            Answer.objects.bulk_create(
                [
                    Answer(
                        assessment=assessment,
                        statement=statement,
                        value=value,
                        not_applicable=value is None,
                    )
                    for assessment, values in zip(assessments, plans, strict=True)
                    for statement, value in zip(statements, values, strict=True)
                ],
                batch_size=2000,
            )
            # What closing a round through the services keeps, for the peer benchmark.
            for round in rounds:
                services.round_scores_store(round=round)
    # Refresh the planner's statistics after the bulk load, as autovacuum (PostgreSQL) soon
    # would; the seeders of the other benchmarks do the same.
    with connection.cursor() as cursor:
        for model in (Round, RoundInvitation, Assessment, Answer):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
    print(
        f"Gave {len(organisations)} organisations a closed round of {RESPONDENTS} respondents "
        f"({len(statements)} statements) in {time.perf_counter() - started:.1f} s; "
        f"{Round.objects.filter(title=ROUND_TITLE).count()} bench rounds in all."
    )
    return 0


def _answer(rng, level):
    if rng.random() < 0.05:
        return None
    return min(5, max(1, round(rng.gauss(level, 0.9))))


def _targets():
    """The admin of the first bench organisation, its round, its own assessment in it, and
    SAMPLES further rounds (with their admins' assessments) spread over all of them."""
    from ppi4cities.assessment.models import Assessment, Round

    rounds = list(
        Round.objects.filter(title=ROUND_TITLE)
        .order_by("organisation__slug")
        .values_list("pk", "started_by", "organisation__slug")
    )
    step = max(1, len(rounds) // SAMPLES)
    chosen = rounds[::step][:SAMPLES]
    own = dict(
        Assessment.objects.filter(
            round__in=[pk for pk, _user, _slug in chosen], user_id__in=[u for _r, u, _s in chosen]
        ).values_list("round", "pk")
    )
    return [(round_pk, user, own[round_pk]) for round_pk, user, _slug in chosen], len(rounds)


def _paths(round_pk, assessment_pk) -> dict:
    from django.urls import reverse

    return {
        "results page": reverse("assessment:results", args=[assessment_pk]),
        "round page": reverse("assessment:round", args=[round_pk]),
        "benchmark API": f"/api/v1/assessment/rounds/{round_pk}/benchmark?group=type",
    }


def measure(args) -> int:
    setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from ppi4cities.accounts.models import User

    setup_test_environment()
    targets, total = _targets()
    if not targets:
        print("No bench rounds: run `assessment.py seed` first.", file=sys.stderr)
        return 1
    users = User.objects.in_bulk([user for _round, user, _assessment in targets])
    client = Client(raise_request_exception=False)
    first_round, first_user, first_assessment = targets[0]
    client.force_login(users[first_user])
    counts = []
    for name, path in _paths(first_round, first_assessment).items():
        client.get(path)  # warm-up: templates, translations
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        counts.append(
            {
                "name": name,
                "path": path,
                "status": response.status_code,
                "queries": len(captured.captured_queries),
            }
        )
    report = {
        "engine": args.engine,
        "vendor": connection.vendor,
        "size": args.size,
        "rounds": total,
        "query_counts": counts,
    }
    failed = [row for row in counts if row["status"] != 200]
    if not args.counts_only and not failed:
        timings: dict[str, list[float]] = {name: [] for name in PAGES}
        for round_pk, user, assessment_pk in targets:
            client.force_login(users[user])
            for name, path in _paths(round_pk, assessment_pk).items():
                started = time.perf_counter()
                response = client.get(path)
                elapsed = (time.perf_counter() - started) * 1000
                if response.status_code != 200:
                    failed.append({"name": name, "path": path, "status": response.status_code})
                timings[name].append(elapsed)
        report["timings"] = {name: percentiles(values) for name, values in timings.items()}
    report["failed"] = failed
    Path(args.out).write_text(json.dumps(report, indent=2))
    for row in failed:
        print(f"  {row['path']} answered {row['status']}", file=sys.stderr)
    return 1 if failed else 0


def _markdown(engines: dict, setup: dict) -> str:
    lines = [
        "# Self-assessment at scale",
        "",
        f"Each synthetic organisation has one closed round of the default questionnaire, "
        f"answered by {RESPONDENTS} colleagues. In-process timings (Django's test client, "
        f"production settings, a signed-in organisation admin), each page once on {SAMPLES} "
        f"different rounds; target p95 ≤ {P95_TARGET_MS} ms.",
        "",
        f"Machine: {setup['cpus']} CPUs, Python {setup['python']}, load average "
        f"{', '.join(f'{value:.2f}' for value in setup['load_average'] or ())}.",
        "",
    ]
    for engine, sizes in engines.items():
        small, large = sizes.get("small"), sizes.get("large")
        lines += [f"## {engine}", ""]
        if large and "timings" in large:
            lines += [
                f"{large['rounds']:,} organisations with a closed round.",
                "",
                "| page | p50 ms | p95 ms | max ms | target | verdict |",
                "|---|---|---|---|---|---|",
            ]
            for name in PAGES:
                row = large["timings"][name]
                lines.append(
                    f"| {name} | {row['p50_ms']} | {row['p95_ms']} | {row['max_ms']} | "
                    f"≤ {P95_TARGET_MS} | {verdict(row['p95_ms'], P95_TARGET_MS)} |"
                )
            lines.append("")
        if small and large:
            lines += [
                "Queries per page, at both sizes (must be equal):",
                "",
                f"| page | {small['rounds']:,} organisations | {large['rounds']:,} | verdict |",
                "|---|---|---|---|",
            ]
            before = {row["name"]: row["queries"] for row in small["query_counts"]}
            for row in large["query_counts"]:
                same = before.get(row["name"]) == row["queries"]
                lines.append(
                    f"| {row['name']} | {before.get(row['name'])} | {row['queries']} | "
                    f"{'equal' if same else '**grew**'} |"
                )
            lines.append("")
        for size in (small, large):
            for row in (size or {}).get("failed", []):
                lines.append(f"- **failed**: {row['path']} answered {row['status']}")
        if sizes.get("seed_seconds"):
            lines += [f"Seeding: {sizes['seed_seconds']}", ""]
    return "\n".join(lines) + "\n"


def report(args) -> int:
    results = Path(args.results)
    engines = {}
    for engine in ("postgresql", "sqlite"):
        sizes = {
            "small": load(results / f"{engine}-small.json"),
            "large": load(results / f"{engine}-large.json"),
            "seed_seconds": load(results / f"{engine}-seed_seconds.json"),
        }
        if sizes["small"] or sizes["large"]:
            engines[engine] = sizes
    setup = machine()
    Path(args.out_json).write_text(json.dumps({"machine": setup, "engines": engines}, indent=2))
    Path(args.out_md).write_text(_markdown(engines, setup))
    broken = not engines or any(
        not sizes["large"] or sizes["large"].get("failed") for sizes in engines.values()
    )
    return 1 if broken else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("seed")
    measuring = commands.add_parser("measure")
    measuring.add_argument("--engine", required=True)
    measuring.add_argument("--size", type=int, required=True)
    measuring.add_argument("--out", required=True)
    measuring.add_argument("--counts-only", action="store_true")
    reporting = commands.add_parser("report")
    reporting.add_argument("--results", required=True)
    reporting.add_argument("--out-json", required=True)
    reporting.add_argument("--out-md", required=True)
    args = parser.parse_args()
    return {"seed": seed, "measure": measure, "report": report}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
