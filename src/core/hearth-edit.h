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

/* The household, the case, the hazards and the sharing checklist.
 * Labels name the person: "Add Amy Carter", "Edit Amy Carter". */

/* Case details: everything on the <case> element. */
typedef struct {
  char           *reference;
  char           *address;
  char           *assessor;
  GDate           visit_date;
  gboolean        licensed_hmo;
  HearthPlanType  plan_type;
  GDate           next_review;
} HearthCaseDetails;

void           hearth_case_details_init        (HearthCaseDetails   *details,
                                                HearthAssessment    *assessment);
void           hearth_case_details_clear       (HearthCaseDetails   *details);

HearthCommand *hearth_edit_set_case            (HearthAssessment    *assessment,
                                                const HearthCaseDetails *details);
HearthCommand *hearth_edit_set_notes           (HearthAssessment    *assessment,
                                                const char          *notes);

HearthCommand *hearth_edit_add_person          (HearthAssessment    *assessment,
                                                HearthPerson        *person);
/* Also removes, and on undo restores, their couple and sharing row. */
HearthCommand *hearth_edit_remove_person       (HearthAssessment    *assessment,
                                                HearthPerson        *person);
/* Copies every field of @values (a detached person, see
 * hearth_person_copy()) except the id into @person. */
HearthCommand *hearth_edit_update_person       (HearthAssessment    *assessment,
                                                HearthPerson        *person,
                                                HearthPerson        *values);
/* "Move Amy Carter to Box room"; @room_id NULL: no room recorded. */
HearthCommand *hearth_edit_set_sleeps_in       (HearthAssessment    *assessment,
                                                HearthPerson        *person,
                                                const char          *room_id);
/* Makes @first and @second a couple, ending any couple either was in;
 * @second NULL ends @first's couple. */
HearthCommand *hearth_edit_set_couple          (HearthAssessment    *assessment,
                                                const char          *first,
                                                const char          *second);

HearthCommand *hearth_edit_add_hazard          (HearthAssessment    *assessment,
                                                const HearthHazard  *hazard);
HearthCommand *hearth_edit_remove_hazard       (HearthAssessment    *assessment,
                                                guint                index);
HearthCommand *hearth_edit_update_hazard       (HearthAssessment    *assessment,
                                                guint                index,
                                                const HearthHazard  *hazard);

/* Adds or replaces the row for @recipient->person. */
HearthCommand *hearth_edit_set_recipient       (HearthAssessment    *assessment,
                                                const HearthRecipient *recipient);
HearthCommand *hearth_edit_set_referral        (HearthAssessment    *assessment,
                                                const HearthReferral *referral);

G_END_DECLS
