import sys

from labinov.cli import main

sys.exit(main())
