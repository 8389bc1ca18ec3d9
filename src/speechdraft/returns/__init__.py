"""The departments' loop: the materials checklist sent out (checklist) and, once filled in,
its figures read back into the profile."""
