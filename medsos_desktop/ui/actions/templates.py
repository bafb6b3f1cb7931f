"""Templates: caption templates (pick, manage) and the agency's own infographic templates
(edit a copy, export, import, delete)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.common.file_filters import file_dialog

if TYPE_CHECKING:
    from medsos_desktop.render.spec import TemplateSpec
    from medsos_desktop.ui.editor.editor import PostEditor


class TemplateActions(QObject):
    changed = Signal()  # the list of infographic templates was reloaded

    def __init__(self, ctx: UiContext, editor: Callable[[], PostEditor]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._editor = editor

    # -- caption templates ---------------------------------------------------------------

    def open_picker(self) -> None:
        templates = self.ctx.templates
        if templates is None:
            return
        self.ctx.runner.run(templates.list, on_done=self._picker, on_error=self.ctx.show_error)

    def _picker(self, templates: list[Any]) -> None:
        editor = self._editor()
        if editor.post_id is None or self.ctx.profile is None:
            return
        content = editor.current_content()
        from medsos_desktop.ui.dialogs.template_dialogs import TemplatePickerDialog

        dialog = TemplatePickerDialog(
            templates,
            self.ctx.profile,
            content.collaborators,
            content.category,
            self.ctx.parent_widget,
        )

        def finished(result: int) -> None:
            if result and dialog.template is not None:
                editor.insert_into_base(dialog.result_text(), dialog.template.key)

        dialog.finished.connect(finished)
        self.ctx.open_dialog(dialog)

    def open_manager(self) -> None:
        from medsos_desktop.ui.dialogs.template_dialogs import TemplateManagerDialog

        self.ctx.open_dialog(TemplateManagerDialog(self.ctx.templates, self.ctx.parent_widget))

    # -- own infographic templates -------------------------------------------------------

    def refresh(self, select_key: str | None = None) -> None:
        service = self.ctx.infographics
        if service is None:
            return

        def show(templates: list[TemplateSpec]) -> None:
            self._editor().infographic.set_templates(templates, select_key)
            self.changed.emit()

        self.ctx.runner.run(service.templates, on_done=show, on_error=self.ctx.show_error)

    def edit(self, key: str) -> None:
        """Edit an own template, or a copy of a built-in one (those are never changed)."""
        service, brand = self.ctx.infographics, self._editor().infographic.brand
        if service is None or brand is None:
            return
        copy_name = self.tr("{name} (copy)")

        def work() -> TemplateSpec | None:
            spec = service.template(key)
            if spec is None or service.is_own(spec.key):
                return spec
            name = copy_name.format(name=spec.name)
            return dataclasses.replace(spec, key=service.new_key(), name=name)

        def show(spec: TemplateSpec | None) -> None:
            if spec is None:
                return
            from medsos_desktop.ui.editor.template_editor import TemplateEditorDialog

            dialog = TemplateEditorDialog(service, spec, brand, self.ctx.parent_widget)
            dialog.saved.connect(lambda saved: self.refresh(saved.key))
            self.ctx.open_dialog(dialog)

        self.ctx.runner.run(work, on_done=show, on_error=self.ctx.show_error)

    def export(self, key: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        service = self.ctx.infographics
        if service is None:
            return
        parent = self.ctx.parent_widget
        dialog = file_dialog(parent, self.tr("Export infographic template"), "documents")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Medsos Desktop templates") + " (*.zip)")
        dialog.setDefaultSuffix("zip")
        dialog.selectFile(f"{key}.medsos-template.zip")

        def write(path: str) -> None:
            self.ctx.runner.run(
                lambda: service.export_package_file(key, Path(path)),
                on_done=lambda _r: self.ctx.status(
                    self.tr("Template saved to {path}.").format(path=path)
                ),
                on_error=self.ctx.show_error,
            )

        self.ctx.open_file_dialog(dialog, write)

    def import_(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        service = self.ctx.infographics
        if service is None:
            return
        parent = self.ctx.parent_widget
        dialog = file_dialog(parent, self.tr("Import infographic template"), "documents")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Medsos Desktop templates") + " (*.zip)")

        def read(path: str) -> None:
            self.ctx.runner.run(
                lambda: service.import_package_file(Path(path)),
                on_done=lambda spec: self.refresh(spec.key),
                on_error=self.ctx.show_error,
            )

        self.ctx.open_file_dialog(dialog, read)

    def delete(self, key: str) -> None:
        service = self.ctx.infographics
        if service is None or not service.is_own(key):
            return
        self.ctx.confirm(
            self.tr("Delete template"),
            self.tr("Delete this own template? Posts keep the images already exported."),
            self.tr("Delete"),
            lambda: self.ctx.runner.run(
                lambda: service.delete_own_template(key),
                on_done=lambda _r: self.refresh(""),
                on_error=self.ctx.show_error,
            ),
        )
