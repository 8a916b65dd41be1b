"""PDF export in the GUI: the menu actions (``actions.install``) and the export dialog
(``dialog.ExportDialog``) running on a worker thread."""
