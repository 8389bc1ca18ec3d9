"""Reading any draft (reader), recovering its outline (outline), checking it (checks) and turning
last year's speech into this year's profile (importer)."""
