"""Exchange in the GUI: bundles, backups and the workshop dashboard (``actions.install``)."""
