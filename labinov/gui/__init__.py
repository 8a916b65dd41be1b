"""The Qt user interface. Its first import switches off PySide6's per-module source scan on
every later import (``qt_imports``): the modules below and the store's come after Qt."""

from labinov.gui.qt_imports import plain_imports

plain_imports()
