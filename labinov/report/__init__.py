"""PDF documents with reportlab (no Qt): the proposal of a project and the PDFs of a whole
workshop. See ``export`` for the entry points and ``builder`` for what a proposal holds."""

from labinov.report.builder import Options
from labinov.report.document import ExportCancelled
from labinov.report.export import default_filename, export_project, export_workshop

__all__ = ["ExportCancelled", "Options", "default_filename", "export_project", "export_workshop"]
