"""A client library for accessing AIStore native REST API (subset used by aisclient)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
