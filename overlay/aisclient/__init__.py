"""aisclient: the ergonomic AIStore client (hand-written overlay over ais_openapi)."""
