"""indexing layer: the one lock around PDFium in this process.

PDFium is not thread-safe: no two of its calls may run at the same time in one process,
not even on different documents (pypdfium2's documentation). In the app's own process
PDFium is used by the export (rendering, checking) and the redaction preview, which may
run on different threads (the export beside the database thread). Each holds
``PDFIUM_LOCK`` from opening a document to closing it, so at most one document is open
at a time; the sandbox children (extraction, OCR) are processes of their own and need it
not. Whoever holds it must not wait for the database thread (see ``archive_app.gate``).
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
