"""Two moderators on one workshop (PostgreSQL server, or one SQLite file opened twice): an
agenda session edited, or a parked item ticked, in a window loaded before the other's edit
is refused instead of written over it; the window reloads and says so once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from labinov.gui.moderator.agenda import FIELDS, AgendaEditor
from labinov.gui.moderator.parking import ParkingLot
from tests.gui.two_stores import MESSAGE, TwoStaff, error_boxes, on_screen, two_staff, two_stores  # noqa: F401


def test_an_agenda_session_edited_by_two_moderators(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs = two_staff.mine, two_staff.theirs
    moderation = mine.services.moderation
    workshop = mine.services.teams.get(two_staff.team).workshop_id
    session = moderation.add_session(workshop, "Pembukaan", 30).id
    editor = on_screen(qtbot, AgendaEditor(theirs, workshop))
    title = editor.model.index(0, FIELDS.index("title"))

    moderation.update_session(session, title="Pembukaan dan doa")  # A, meanwhile
    assert not editor.model.setData(title, "Pembukaan oleh Kepala Balitbangda")
    assert moderation.sessions(workshop)[0].title == "Pembukaan dan doa"
    assert editor.model.data(title, Qt.ItemDataRole.DisplayRole) == "Pembukaan dan doa"
    assert error_boxes(editor) == [MESSAGE]
    assert theirs.stack_for(None).count() == 0

    assert editor.model.setData(title, "Pembukaan oleh Kepala Balitbangda")  # reloaded
    assert moderation.sessions(workshop)[0].title == "Pembukaan oleh Kepala Balitbangda"
    theirs.stack_for(None).undo()
    assert moderation.sessions(workshop)[0].title == "Pembukaan dan doa"


def test_a_parked_item_ticked_after_the_other_edited_it(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs = two_staff.mine, two_staff.theirs
    moderation = mine.services.moderation
    workshop = mine.services.teams.get(two_staff.team).workshop_id
    item = moderation.park(workshop, "Biaya cetak akta?").id
    lot = on_screen(qtbot, ParkingLot(theirs, workshop))

    moderation.update_parked(item, text="Biaya cetak akta ditanggung siapa?")  # A
    lot.list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: lot.list.item(0).text() == "Biaya cetak akta ditanggung siapa?")
    stored = moderation.parking_items(workshop)[0]
    assert (stored.text, stored.done) == ("Biaya cetak akta ditanggung siapa?", False)
    assert lot.list.item(0).checkState() == Qt.CheckState.Unchecked
    assert error_boxes(lot) == [MESSAGE]

    lot.list.item(0).setCheckState(Qt.CheckState.Checked)  # from the reloaded version
    assert moderation.parking_items(workshop)[0].done
