"""The NinjaAPI instance: documentation, errors, and the routers of each capability."""

from ninja import NinjaAPI

from ppi4cities.accounts.api import router as accounts_router
from ppi4cities.assessment.api import router as assessment_router
from ppi4cities.community.api import router as community_router
from ppi4cities.community.messaging.api import router as messaging_router
from ppi4cities.community.partners.api import router as partners_router
from ppi4cities.community.questions.api import router as questions_router
from ppi4cities.gamification.api import router as gamification_router
from ppi4cities.library.api import router as library_router
from ppi4cities.pilots.api import router as pilots_router

from . import errors

api = NinjaAPI(
    title="PPI4Cities API",
    version="1",
    description=(
        "Open API of the PPI4Cities platform for public procurement of innovation. "
        "Read endpoints are public; writes need a signed-in browser session (with its CSRF "
        "token) or a personal API token sent as `Authorization: Bearer <token>`."
    ),
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)
errors.install(api)
api.add_router("/", accounts_router)
api.add_router("/library", library_router)
api.add_router("/pilots", pilots_router)
api.add_router("/assessment", assessment_router)
api.add_router("/gamification", gamification_router)
api.add_router("/notifications", community_router)
api.add_router("/questions", questions_router)
api.add_router("/messages", messaging_router)
api.add_router("/partners", partners_router)
