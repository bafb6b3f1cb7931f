"""After publishing: record where a post went live, type its figures, or import them from
the platforms' CSV exports (choose the file, check the columns, check every row, import).

The dialogs live in the modules next to this one; every name stays importable from here."""

from medsos_desktop.ui.metrics.entry_dialogs import MarkPublishedDialog, MetricsEntryDialog
from medsos_desktop.ui.metrics.fields import FigureSpinBox, tr_field, tr_platform
from medsos_desktop.ui.metrics.import_dialog import MetricsImportDialog
from medsos_desktop.ui.metrics.import_model import ImportRowsModel

__all__ = [
    "FigureSpinBox",
    "ImportRowsModel",
    "MarkPublishedDialog",
    "MetricsEntryDialog",
    "MetricsImportDialog",
    "tr_field",
    "tr_platform",
]
