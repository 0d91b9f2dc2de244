"""`manage.py recompute_points [--user EMAIL]`: rebuild the points ledger from the data."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from ppi4cities.gamification.services import points_recompute


class Command(BaseCommand):
    help = "Rebuild the points ledger from the platform's data (everyone's, or one person's)."

    def add_arguments(self, parser):
        parser.add_argument("--user", help="The email address of one person to recompute.")

    def handle(self, *args, user=None, **options):
        person = None
        if user:
            person = get_user_model().objects.filter(email__iexact=user).first()
            if person is None:
                raise CommandError(f"No person has the email address {user}.")
        kept = points_recompute(user=person)
        self.stdout.write(f"The ledger holds {kept} awards.")
