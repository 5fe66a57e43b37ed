"""The frozen application's entry script (PyInstaller runs it as ``__main__``).

The same ``ui.app.main`` as the ``archive-app`` console script: the window, the CLI,
and ``--worker MODULE ARGS`` for the PDF and OCR sandbox processes.
"""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
