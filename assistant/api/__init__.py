"""The HTTP API: REST routes, OpenAI-compatible routes, and the server that runs them."""
