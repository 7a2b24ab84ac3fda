"""``python -m tbparse`` is the ``tbparse`` command."""
from .cli import main

main()
