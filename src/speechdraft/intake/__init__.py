"""Intake: reading a meeting profile safely and checking it (yamlfile → profile), and what
helps a clerk fill one in (schema, skeleton for init/new)."""
