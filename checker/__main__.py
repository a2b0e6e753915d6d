"""``python -m checker``: the ``factcheck`` command."""

from .cli import main

main()
