/* hearth-floor-bar.h: the floor switcher above the plan, with the floor
 * commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-document.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FLOOR_BAR (hearth_floor_bar_get_type ())
G_DECLARE_FINAL_TYPE (HearthFloorBar, hearth_floor_bar, HEARTH, FLOOR_BAR, GtkWidget)

/* Property "document" (may be NULL).
 *
 * Widget actions, each enabled only when it can do something:
 * "floors.add-above", "floors.add-below", "floors.rename" (opens a small
 * popover), "floors.move-up", "floors.move-down", "floors.delete",
 * "floors.move-room-to" (s: the id of the floor to move the selected room
 * to).
 *
 * Signal "floor-deleted" (const char *name): a floor was deleted, so that
 * the window can offer to undo it in a toast. */

GtkWidget      *hearth_floor_bar_new          (HearthDocument *document);
HearthDocument *hearth_floor_bar_get_document (HearthFloorBar *self);
void            hearth_floor_bar_set_document (HearthFloorBar *self,
                                               HearthDocument *document);

G_END_DECLS
