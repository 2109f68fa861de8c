"""The JSON API at /api/. Its OpenAPI document, /api/openapi.json, is generated from the code."""

from ninja import NinjaAPI

from columnist.discussion.api import router as discussion_router

api = NinjaAPI(
    title="Columnist API",
    version="1",
    description="Read the discussion under an article and post to it.",
    urls_namespace="api",
    docs_url=None,  # the interactive page loads scripts from a CDN; the document is enough
)
api.add_router("/", discussion_router)
