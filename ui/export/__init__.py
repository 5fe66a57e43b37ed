"""ui layer: redaction review and the export wizard (issue 6, desktop part).

``RedactionPanel`` is the per-document side list (next to the details); it owns the
``RedactionReview`` controller and the ``RedactCanvas`` that replaces the PDF or image
view in redact mode (draw boxes, select words). ``ExportWizard`` makes a bundle:
documents, redaction profile, bundle options, preview, progress with Cancel, result.
"""
