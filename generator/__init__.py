"""clientgen: typed API clients from OpenAPI specs."""
