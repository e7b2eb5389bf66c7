/* hearth-edit.h: the edits a caseworker makes to a plan, as undoable commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function returns a command that has not been applied yet; push it
 * on a HearthUndoStack (or apply it). Every apply and revert ends with
 * hearth_assessment_changed() so views can redraw. Labels name the room or
 * floor: "Move Bedroom 2", "Delete Landing", "Rename First floor".
 */
#pragma once

#include "hearth-assessment.h"
#include "hearth-undo-stack.h"

G_BEGIN_DECLS

HearthCommand *hearth_edit_add_room            (HearthAssessment    *assessment,
                                                HearthFloor         *floor,
                                                HearthRoom          *room);
/* Also clears, and on undo restores, the sleeping room of anyone who
 * slept there, and the room in any recorded hazard. */
HearthCommand *hearth_edit_remove_room         (HearthAssessment    *assessment,
                                                HearthRoom          *room);
/* @label is e.g. _("Move %s") or _("Reshape %s") with the room's name. */
HearthCommand *hearth_edit_set_polygon         (HearthAssessment    *assessment,
                                                HearthRoom          *room,
                                                const HearthPolygon *old_polygon,
                                                const HearthPolygon *new_polygon,
                                                const char          *label);
HearthCommand *hearth_edit_set_room_name       (HearthAssessment    *assessment,
                                                HearthRoom          *room,
                                                const char          *name);
HearthCommand *hearth_edit_set_room_use        (HearthAssessment    *assessment,
                                                HearthRoom          *room,
                                                HearthRoomUse        use);
HearthCommand *hearth_edit_set_room_living_room (HearthAssessment   *assessment,
                                                 HearthRoom         *room,
                                                 gboolean            living_room);
HearthCommand *hearth_edit_set_room_notes      (HearthAssessment    *assessment,
                                                HearthRoom          *room,
                                                const char          *notes);
HearthCommand *hearth_edit_add_low_headroom    (HearthAssessment    *assessment,
                                                HearthRoom          *room,
                                                const HearthLowHeadroom *zone);
HearthCommand *hearth_edit_remove_low_headroom (HearthAssessment    *assessment,
                                                HearthRoom          *room,
                                                guint                index);
/* Moves @room, keeping its id and position, to @floor (appended). */
HearthCommand *hearth_edit_move_room_to_floor  (HearthAssessment    *assessment,
                                                HearthRoom          *room,
                                                HearthFloor         *floor);

HearthCommand *hearth_edit_add_floor           (HearthAssessment    *assessment,
                                                HearthFloor         *floor,
                                                guint                index);
/* Removes the floor with its rooms (see hearth_edit_remove_room). */
HearthCommand *hearth_edit_remove_floor        (HearthAssessment    *assessment,
                                                HearthFloor         *floor);
HearthCommand *hearth_edit_rename_floor        (HearthAssessment    *assessment,
                                                HearthFloor         *floor,
                                                const char          *name);
/* Moves @floor to position @index in the floor list. */
HearthCommand *hearth_edit_move_floor          (HearthAssessment    *assessment,
                                                HearthFloor         *floor,
                                                guint                index);

G_END_DECLS
