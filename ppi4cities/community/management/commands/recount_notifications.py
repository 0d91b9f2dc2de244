"""Repair everyone's unread notification count from the notifications themselves."""

from django.core.management.base import BaseCommand

from ppi4cities.community.services import notifications_recount


class Command(BaseCommand):
    help = "Recount every person's unread notifications, fixing counts that drifted."

    def handle(self, *args, **options):
        fixed = notifications_recount()
        if options["verbosity"]:
            self.stdout.write(f"{fixed} count(s) corrected.")
