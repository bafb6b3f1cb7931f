"""Action groups: what the menus, the toolbar and the editor's buttons do, each taking a
`UiContext` (ui/common/context.py) and never the window."""
