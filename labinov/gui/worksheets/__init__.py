"""Worksheet panels of the stage pages (``STAGE_PANELS`` entry: ``worksheet_panel``)."""

from labinov.gui.worksheets.panel import WorksheetPanel, sheet_panels, worksheet_panel

__all__ = ["WorksheetPanel", "sheet_panels", "worksheet_panel"]
