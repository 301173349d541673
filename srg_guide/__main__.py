"""`python -m srg_guide` runs the command line."""

from srg_guide.cli import main

raise SystemExit(main())
