"""The HTTP API and the web UI it serves (``detente serve``): the application is built by
:func:`detente.api.app.create_app` from :class:`detente.api.settings.Settings`.

Nothing is imported here, so a command that only needs the token file does not load FastAPI.
"""
