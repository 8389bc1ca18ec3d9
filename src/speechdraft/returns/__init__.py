"""The departments' loop: the materials checklist sent out and, once filled in, its figures
read back into the profile.

The API the faces use (cli, web):

- ``checklist.build_checklist(bank, kind, priorities)`` / ``checklist.checklist_for_profile(
  profile, bank, deadline)`` → ``document.Checklist``
- ``form_xlsx.write_checklist_xlsx(checklist, path)``, ``form_docx.write_checklist_docx(
  checklist, path, fonts=…)``: the forms, written create-exclusive (``force`` to replace)
- ``collect.collect_returns(paths, loaded_profile, bank)`` → ``collect.CollectResult`` (the
  findings by department, the new profile's text; writes nothing), then
  ``collect.write_collected(result, path)``; ``pipeline.collect_returns`` does both
- ``provenance.figure_notes(profile, context, bank)``: the review copy's comments
"""
