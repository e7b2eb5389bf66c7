/* hearth-document.h: an assessment being edited: its file, its history,
 * and what the caseworker is looking at (the floor, the selected room)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK-free, so that the canvas, the side panels and the window share one
 * object and tests can drive it without a display. Edits go through
 * hearth_document_push(), which records them on the undo stack.
 */
#pragma once

#include <gio/gio.h>

#include "hearth-assessment.h"
#include "hearth-undo-stack.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_DOCUMENT (hearth_document_get_type ())
G_DECLARE_FINAL_TYPE (HearthDocument, hearth_document, HEARTH, DOCUMENT, GObject)

/* Properties (notified on change): "assessment", "undo-stack" (construct
 * only), "file" (GFile or NULL for a new assessment), "title" (the file's
 * display name, or "New Assessment"), "modified" (mirrors the undo stack),
 * "floor" (the floor shown; NULL only when there is none), "selected-room"
 * (or NULL). Signal "changed": the assessment was edited (relayed from
 * HearthAssessment::changed). */

/* A new assessment with one floor, "Ground floor", and today's visit date. */
HearthDocument   *hearth_document_new              (void);
/* Takes a reference to @assessment; the first floor is shown. */
HearthDocument   *hearth_document_new_for_assessment (HearthAssessment *assessment,
                                                      GFile            *file);

HearthAssessment *hearth_document_get_assessment   (HearthDocument   *self);
HearthUndoStack  *hearth_document_get_undo_stack   (HearthDocument   *self);
GFile            *hearth_document_get_file         (HearthDocument   *self);
/* After Save As; does not mark the document saved. */
void              hearth_document_set_file         (HearthDocument   *self,
                                                    GFile            *file);
const char       *hearth_document_get_title        (HearthDocument   *self);
gboolean          hearth_document_get_modified     (HearthDocument   *self);

HearthFloor      *hearth_document_get_floor        (HearthDocument   *self);
void              hearth_document_set_floor        (HearthDocument   *self,
                                                    HearthFloor      *floor);
HearthRoom       *hearth_document_get_selected_room (HearthDocument  *self);
/* Also shows the room's floor. */
void              hearth_document_set_selected_room (HearthDocument  *self,
                                                     HearthRoom      *room);

/* Applies and records @command (takes ownership). */
void              hearth_document_push             (HearthDocument   *self,
                                                    HearthCommand    *command);

/* Saves to the document's file (or @file when not NULL, which becomes the
 * document's file) and marks the current state saved. */
gboolean          hearth_document_save             (HearthDocument   *self,
                                                    GFile            *file,
                                                    GCancellable     *cancellable,
                                                    GError          **error);

G_END_DECLS
