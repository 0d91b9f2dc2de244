"""Security headers that Django does not set by itself."""

from django.conf import settings


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            policy = settings.CONTENT_SECURITY_POLICY
            # The interactive API documentation's library injects inline styles.
            if request.path.startswith("/api/v1/docs"):
                policy = policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
            response["Content-Security-Policy"] = policy
        response.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"
        )
        return response


class InvalidFormStatusMiddleware:
    """Answer a POST whose form was rejected with 400 rather than 200.

    Class-based views (django-allauth's among them) re-render an invalid form with status
    200; clients, tests and monitoring should see that the input was refused.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "POST" and response.status_code == 200:
            context = getattr(response, "context_data", None) or {}
            form = context.get("form")
            if form is not None and getattr(form, "is_bound", False) and form.errors:
                response.status_code = 400
        return response
