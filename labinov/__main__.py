import sys

from labinov.launch import main

sys.exit(main())
