"""The pages and endpoints the benchmark measures, shared by the load and query-count runs.

Plain data only: the locust process imports this module, and nothing else of the project.
`{slug}` is replaced by an organisation's slug (a random one per request under load, one
fixed organisation for the query counts).
"""

SCENARIOS = [
    {"name": "home", "label": "Home page", "path": "/"},
    {"name": "directory", "label": "Directory, unfiltered", "path": "/organisations/"},
    {
        "name": "directory_filtered",
        "label": "Directory, filtered (country, type, theme)",
        "path": "/organisations/?country=LT&kind=municipality&theme=mobility",
    },
    {
        "name": "directory_search",
        "label": "Directory, text search",
        # Folded on both sides: "klaipeda" finds "Klaipėda".
        "path": "/organisations/?q=klaipeda",
    },
    {"name": "organisation", "label": "Organisation page", "path": "/organisations/{slug}/"},
    {"name": "api", "label": "API: organisations", "path": "/api/v1/organisations"},
    {
        "name": "api_filtered",
        "label": "API: organisations, filtered",
        "path": "/api/v1/organisations?country=LT&kind=municipality&theme=mobility",
    },
]

# The latency target of the issue: p95 below this at the benchmark's concurrency.
P95_TARGET_MS = 100
