"""Enqueue the notification digests due now: run it hourly (cron or a systemd timer)."""

from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ppi4cities.community import selectors, tasks


class Command(BaseCommand):
    help = "Enqueue one digest email task for each person whose daily or weekly digest is due."

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", help="ISO 8601 date and time to act as the current moment (for tests)"
        )

    def handle(self, *args, now=None, **options):
        moment = self._moment(now)
        due = selectors.digests_due(now=moment)
        for user_id in due:
            tasks.send_notification_digest.enqueue(user_id=user_id, now=moment.isoformat())
        if options["verbosity"]:
            self.stdout.write(f"{len(due)} digest(s) enqueued.")

    @staticmethod
    def _moment(now) -> datetime:
        if now is None:
            return timezone.now()
        try:
            moment = datetime.fromisoformat(now)
        except ValueError as error:
            raise CommandError(f"--now is not an ISO 8601 date and time: {now}") from error
        return moment if timezone.is_aware(moment) else timezone.make_aware(moment)
