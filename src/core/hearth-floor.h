/* hearth-floor.h: one storey of the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-room.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FLOOR (hearth_floor_get_type ())
G_DECLARE_FINAL_TYPE (HearthFloor, hearth_floor, HEARTH, FLOOR, GObject)

HearthFloor *hearth_floor_new          (const char  *id,
                                        const char  *name,
                                        int          level);
const char  *hearth_floor_get_id       (HearthFloor *self);
const char  *hearth_floor_get_name     (HearthFloor *self);
void         hearth_floor_set_name     (HearthFloor *self,
                                        const char  *name);
/* 0 is the ground floor, 1 the first floor, -1 a basement. */
int          hearth_floor_get_level    (HearthFloor *self);
void         hearth_floor_set_level    (HearthFloor *self,
                                        int          level);
guint        hearth_floor_get_n_rooms  (HearthFloor *self);
HearthRoom  *hearth_floor_get_room     (HearthFloor *self,
                                        guint        index);
/* Adds a reference to @room. */
void         hearth_floor_add_room     (HearthFloor *self,
                                        HearthRoom  *room);
void         hearth_floor_insert_room  (HearthFloor *self,
                                        guint        index,
                                        HearthRoom  *room);
gboolean     hearth_floor_remove_room  (HearthFloor *self,
                                        HearthRoom  *room);

G_END_DECLS
