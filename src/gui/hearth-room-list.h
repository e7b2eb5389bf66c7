/* hearth-room-list.h: the rooms of the floor shown, to pick one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-document.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ROOM_LIST (hearth_room_list_get_type ())
G_DECLARE_FINAL_TYPE (HearthRoomList, hearth_room_list, HEARTH, ROOM_LIST, AdwBin)

/* Property "document": the document whose current floor is listed (may be
 * NULL). Selecting a row selects its room in the document, and the other
 * way round. */

GtkWidget      *hearth_room_list_new          (HearthDocument *document);
HearthDocument *hearth_room_list_get_document (HearthRoomList *self);
void            hearth_room_list_set_document (HearthRoomList *self,
                                               HearthDocument *document);
/* The list box itself, for tests and for moving focus to the list. */
GtkListBox     *hearth_room_list_get_list_box (HearthRoomList *self);

G_END_DECLS
