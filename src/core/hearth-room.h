/* hearth-room.h: a room on a floor plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-geometry.h"
#include "hearth-types.h"

G_BEGIN_DECLS

/* A part of a room where the ceiling is low (under a sloping roof, say).
 * @max_height_mm is the highest the ceiling gets inside the zone, or 0 when
 * only "under 1.5 m" was recorded. */
typedef struct {
  HearthPolygon *polygon;
  gint64         max_height_mm;
} HearthLowHeadroom;

#define HEARTH_TYPE_LOW_HEADROOM (hearth_low_headroom_get_type ())
GType              hearth_low_headroom_get_type (void) G_GNUC_CONST;
HearthLowHeadroom *hearth_low_headroom_new      (HearthPolygon           *polygon,
                                                 gint64                   max_height_mm);
HearthLowHeadroom *hearth_low_headroom_copy     (const HearthLowHeadroom *zone);
void               hearth_low_headroom_free     (HearthLowHeadroom       *zone);
/* Whether @rule leaves the floor under this zone out of the countable area. */
gboolean           hearth_low_headroom_is_excluded (const HearthLowHeadroom *zone,
                                                    HearthHeadroomRule       rule);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthLowHeadroom, hearth_low_headroom_free)

#define HEARTH_TYPE_ROOM (hearth_room_get_type ())
G_DECLARE_FINAL_TYPE (HearthRoom, hearth_room, HEARTH, ROOM, GObject)

HearthRoom          *hearth_room_new                 (const char          *id,
                                                      const char          *name,
                                                      HearthRoomUse        use,
                                                      HearthPolygon       *polygon);
const char          *hearth_room_get_id              (HearthRoom          *self);
const char          *hearth_room_get_name            (HearthRoom          *self);
void                 hearth_room_set_name            (HearthRoom          *self,
                                                      const char          *name);
HearthRoomUse        hearth_room_get_use             (HearthRoom          *self);
void                 hearth_room_set_use             (HearthRoom          *self,
                                                      HearthRoomUse        use);
/* "Usable as a living room": a large kitchen or kitchen-diner that the
 * caseworker judges to be of a type normally used as a living room. */
gboolean             hearth_room_get_living_room     (HearthRoom          *self);
void                 hearth_room_set_living_room     (HearthRoom          *self,
                                                      gboolean             living_room);
const HearthPolygon *hearth_room_get_polygon         (HearthRoom          *self);
/* Takes ownership of @polygon. */
void                 hearth_room_set_polygon         (HearthRoom          *self,
                                                      HearthPolygon       *polygon);
const char          *hearth_room_get_notes           (HearthRoom          *self);
void                 hearth_room_set_notes           (HearthRoom          *self,
                                                      const char          *notes);

guint                hearth_room_get_n_low_headroom  (HearthRoom          *self);
const HearthLowHeadroom *hearth_room_get_low_headroom (HearthRoom         *self,
                                                       guint               index);
/* Takes ownership of @zone. */
void                 hearth_room_add_low_headroom    (HearthRoom          *self,
                                                      HearthLowHeadroom   *zone);
void                 hearth_room_remove_low_headroom (HearthRoom          *self,
                                                      guint                index);

/* Twice the gross floor area in mm². */
gint64               hearth_room_get_gross_area2     (HearthRoom          *self);
/* Twice the countable floor area in mm²: gross less the low-headroom zones
 * that @rule excludes (zones never overlap, so this is exact). */
gint64               hearth_room_get_countable_area2 (HearthRoom          *self,
                                                      HearthHeadroomRule   rule);
/* Checks the polygon and that every zone lies inside the room and no two
 * zones overlap. */
gboolean             hearth_room_validate            (HearthRoom          *self,
                                                      GError             **error);

G_END_DECLS
