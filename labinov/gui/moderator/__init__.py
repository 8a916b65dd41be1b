"""The moderator's tools: timer, agenda, overview, parking lot, readiness (``tools.install``)."""
