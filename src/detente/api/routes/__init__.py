"""JSON endpoints, one module per kind of thing; each handler parses, calls a query, returns."""
