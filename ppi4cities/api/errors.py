"""JSON errors that name the field at fault, for every failure the API can meet."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as SchemaValidationError

# Leading parts of pydantic's error locations that say where a value came from (the source,
# then the parameter's name) rather than which field it is; after them a part of the same name
# is a field ("body" of a question). "[key]" marks a bad key of an object such as `descriptions`.
_SOURCE_NAMES = {"body", "query", "payload", "path"}
_SOURCE_PARTS = 2


def _field_of(location) -> str | None:
    parts = [str(part) for part in location]
    for _step in range(_SOURCE_PARTS):
        if parts and parts[0] in _SOURCE_NAMES:
            parts.pop(0)
    return ".".join(part for part in parts if part != "[key]") or None


def field_errors_from_form(form) -> list[dict]:
    return [
        {"field": field if field != "__all__" else None, "message": str(message)}
        for field, messages in form.errors.items()
        for message in messages
    ]


def install(api):
    @api.exception_handler(SchemaValidationError)
    def schema_error(request, exc):
        errors = []
        for error in exc.errors:
            errors.append(
                {"field": _field_of(error.get("loc", [])), "message": error.get("msg", "")}
            )
        return api.create_response(
            request, {"detail": _("Invalid input."), "errors": errors}, status=422
        )

    @api.exception_handler(ValidationError)
    def service_error(request, exc):
        if hasattr(exc, "error_dict"):
            errors = [
                {"field": field if field != "__all__" else None, "message": message}
                for field, messages in exc.message_dict.items()
                for message in messages
            ]
        else:
            errors = [{"field": None, "message": message} for message in exc.messages]
        return api.create_response(
            request, {"detail": _("Invalid input."), "errors": errors}, status=422
        )

    @api.exception_handler(PermissionDenied)
    def forbidden(request, exc):
        detail = str(exc) or _("You do not have permission to do this.")
        return api.create_response(request, {"detail": detail}, status=403)

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return api.create_response(request, {"detail": _("Not found.")}, status=404)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc):
        return api.create_response(
            request, {"detail": _("Sign in or send a personal API token.")}, status=401
        )

    @api.exception_handler(HttpError)
    def http_error(request, exc):
        return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)
