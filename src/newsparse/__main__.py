"""``python -m newsparse`` is the ``newsparse`` command."""

from newsparse.cli import main

raise SystemExit(main())
