"""Request-size limits enforced before a body is parsed, so a huge paste gets a 413, not a slow 500."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

MB = 1024 * 1024


def too_large_json(_request: Request, limit: int) -> Response:
    """The API's answer to an oversized body."""
    return JSONResponse({"detail": f"request body larger than {limit // MB} MB"}, status_code=413)


def body_limited_route(
    limit: int, on_too_large: Callable[[Request, int], Response] = too_large_json
) -> type[APIRoute]:
    """An APIRoute class that reads at most `limit` bytes of body (declared or streamed) per request."""

    class BodyLimitedRoute(APIRoute):
        def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
            handler = super().get_route_handler()

            async def limited(request: Request) -> Response:
                declared = request.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    return on_too_large(request, limit)
                body = bytearray()
                async for chunk in request.stream():
                    body.extend(chunk)
                    if len(body) > limit:
                        return on_too_large(request, limit)
                # Starlette serves body(), json() and form() from this cached copy.
                request._body = bytes(body)
                return await handler(request)

            return limited

    return BodyLimitedRoute
