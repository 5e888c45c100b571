"""`profilecheck serve`: a local web page to check a headline as you type, a pasted profile, or a
resume file.  Flask app in `app`, the threaded loopback server in `server`."""
from __future__ import annotations

from .app import Settings, create_app, is_loopback_host
from .server import make_web_server, serve

__all__ = ["Settings", "create_app", "is_loopback_host", "make_web_server", "serve"]
