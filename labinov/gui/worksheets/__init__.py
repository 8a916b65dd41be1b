"""Worksheet panels of the stage pages (``STAGE_PANELS`` entry: ``worksheet_panel``)."""

from labinov.gui.worksheets.panel import WorksheetPanel, worksheet_panel

__all__ = ["WorksheetPanel", "worksheet_panel"]
