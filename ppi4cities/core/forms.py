"""Helpers every capability's views share when a form meets a service."""

from django.core.exceptions import ValidationError


def add_service_errors(form, error: ValidationError) -> None:
    """Show a service's ValidationError on the form it came from."""
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def form_status(request, form) -> int:
    """400 when a submitted form was refused, so the client knows nothing was saved."""
    return 400 if request.method == "POST" and form.errors else 200
