"""`python -m secondment_desk` runs the same entry point as `secondment-desk`."""

from secondment_desk.cli import main

raise SystemExit(main())
