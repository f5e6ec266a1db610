"""The only Qt code of the application. The core never imports from here.

Layout:

* ``app.py`` — ``launch()``/``main()``: show the window first, then log and open the store.
* ``context.py`` — :class:`AppContext`, handed to every screen (store, current candidate and
  application, settings, jobs, messages); no globals.
* ``mainwindow.py`` — navigation over the screens (built lazily), message bar, busy bar with
  Cancel, menus, undo (a QUndoGroup over the screens' stacks).
* ``screens/`` — one class per screen, each over its Designer form in ``ui/``.
* ``forms/`` — ``ui_*.py`` generated from ``ui/*.ui`` by ``scripts/build_forms.py`` (never edited).
* ``qtmodels/`` — small item models tested without a window.
* ``workers.py`` — long jobs on a QThreadPool with progress, cancel, results by signal.
* ``dialogs.py``/``startup.py`` — first run (key choice), unlock, tray reminders.
* ``i18n.py``/``settings.py``/``logs.py``/``demo.py`` — translations, QSettings, log file, demo.
"""

# Before any Qt call: shiboken6 6.12 under Python 3.11 leaks decrefs of True/None on every
# signal emit, which aborts a long session (see _refcount.py).
from secondment_desk.gui import _refcount as _refcount
