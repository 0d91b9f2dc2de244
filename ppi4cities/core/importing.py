"""What the `import_*` commands share: the operator they run as, a progress bar, and the
row-by-row report of errors.

Each checked row is an object with `number` (its line in the file), `external_id` and
`errors`, a list of `(column, message)` pairs.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from ppi4cities.accounts.models import User
from ppi4cities.accounts.permissions import can_moderate


class Progress:
    """A one-line progress bar on a terminal; silent when the stream is not one."""

    WIDTH = 30

    def __init__(self, stream, label, total):
        self.stream, self.label, self.total = stream, label, max(total, 1)
        self.active = hasattr(stream, "isatty") and stream.isatty()
        self.shown = -1

    def update(self, done):
        percent = done * 100 // self.total
        if not self.active or percent == self.shown:
            return
        self.shown = percent
        filled = self.WIDTH * done // self.total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {percent:3d}% ({done}/{self.total})")
        self.stream.flush()

    def finish(self):
        if self.active:
            self.update(self.total)
            self.stream.write("\n")
            self.stream.flush()


def operator(email):
    """The staff or moderator account an import runs as; by default the first superuser."""
    if email:
        actor = User.objects.filter(email__iexact=email).first()
        if actor is None:
            raise CommandError(f"No account has the address {email}.")
    else:
        actor = User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
        if actor is None:
            raise CommandError("There is no superuser; name a staff account with --as EMAIL.")
    if not can_moderate(actor):
        raise CommandError(f"{actor.email} is neither staff nor a moderator.")
    return actor


def describe(rows) -> str:
    """One line per error: the row, its external_id when it has one, the column, the message."""
    return "\n".join(
        f"  row {row.number}{f' ({row.external_id})' if row.external_id else ''}, "
        f"{column}: {message}"
        for row in rows
        for column, message in row.errors
    )


def messages(error: ValidationError, column: str):
    """(column, message) pairs of a ValidationError; errors without a field go to `column`."""
    if hasattr(error, "error_dict"):
        for name, texts in error.message_dict.items():
            for text in texts:
                yield (column if name == "__all__" else name), text
    else:
        for text in error.messages:
            yield column, text
