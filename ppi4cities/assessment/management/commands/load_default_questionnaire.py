"""`manage.py load_default_questionnaire`: load or update the shipped default questionnaire.

Safe to run again: an unanswered version is updated in place, an answered one is kept and a new
version is published beside it (see `ppi4cities.assessment.default`).
"""

from django.core.management.base import BaseCommand, CommandError

from ppi4cities.assessment.default import ContentError, load_default_questionnaire


class Command(BaseCommand):
    help = "Load the default self-assessment questionnaire, or bring it up to date."

    def handle(self, *args, **options):
        try:
            outcome = load_default_questionnaire(stdout=self.stdout)
        except ContentError as error:
            raise CommandError(
                f"The default questionnaire's content is invalid: {error}"
            ) from error
        if outcome is None:
            raise CommandError("The default questionnaire's content package is missing.")
