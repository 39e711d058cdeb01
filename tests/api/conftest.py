from tests.api.apps import client, db_url, keys, make_client

__all__ = ["client", "db_url", "keys", "make_client"]
