"""Keep every answer under /api/ in JSON, including Django's own 404 and 405 responses."""

import json

from django.http import HttpResponse

MESSAGES = {404: "Not found.", 405: "Method not allowed."}


class ApiJsonErrorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.path.startswith("/api/")
            and response.status_code in MESSAGES
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            replacement = HttpResponse(
                json.dumps({"detail": MESSAGES[response.status_code]}),
                status=response.status_code,
                content_type="application/json",
            )
            if response.has_header("Allow"):
                replacement["Allow"] = response["Allow"]
            return replacement
        return response
