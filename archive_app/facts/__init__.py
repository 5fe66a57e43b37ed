"""archive_app layer: from evidence to a UN communication (issue 20).

- ``dates``: a fact's own date (exact, month, year, range, to be determined) and dates
  proposed from a passage in English, Russian and Kazakh;
- ``service``: facts, domestic remedies, consent per mechanism and person details,
  audited;
- ``mechanisms``: the field lists and rules of each mechanism, read from resources/;
- ``naming``: how far each person may be named under their consent, and the check that
  nothing names them further (the mention engine);
- ``draft`` / ``draft_docx``: the submission draft, prefilled, as DOCX;
- ``chronology``: the chronology as a table (DOCX, PDF, CSV) with its citations.
"""
