"""API authentication: the browser's session (with CSRF) or a personal bearer token."""

from ninja.security import HttpBearer, SessionAuth

from ppi4cities.accounts.services import api_token_authenticate


class PersonalToken(HttpBearer):
    openapi_scheme = "bearer"

    def authenticate(self, request, token):
        user = api_token_authenticate(token)
        if user is not None:
            request.user = user
        return user


class BrowserSession(SessionAuth):
    """The signed-in browser session; unsafe methods need the CSRF token."""

    def __call__(self, request):
        # Without a signed-in session there is nothing to forge: answer "sign in" (401) rather
        # than a CSRF refusal (403) to scripts with no token or a revoked one.
        if not request.user.is_authenticated:
            return None
        return super().__call__(request)


signed_in = [PersonalToken(), BrowserSession()]
