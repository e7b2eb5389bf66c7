/* hearth-room-panel.h: the properties of the selected room
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-document.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ROOM_PANEL (hearth_room_panel_get_type ())
G_DECLARE_FINAL_TYPE (HearthRoomPanel, hearth_room_panel, HEARTH, ROOM_PANEL, AdwBin)

/* Property "document": the document whose selected room is shown (may be
 * NULL). Widget actions: "room.add-low-ceiling" (adds the strip described
 * in the form), "room.remove-low-ceiling" (u: the zone's index). */

GtkWidget      *hearth_room_panel_new          (HearthDocument  *document);
HearthDocument *hearth_room_panel_get_document (HearthRoomPanel *self);
void            hearth_room_panel_set_document (HearthRoomPanel *self,
                                                HearthDocument  *document);

G_END_DECLS
