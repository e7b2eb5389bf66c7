/* hearth-snap.h: snapping a pointer to the grid and to other rooms, and
 * reading typed lengths — pure functions, tested without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-floor.h"
#include "hearth-geometry.h"

G_BEGIN_DECLS

typedef enum {
  HEARTH_SNAP_NONE,
  HEARTH_SNAP_GRID,
  HEARTH_SNAP_WALL,    /* onto another room's wall */
  HEARTH_SNAP_CORNER,  /* onto another room's corner */
} HearthSnapKind;

typedef struct {
  gboolean to_grid;
  gint64   grid_step_mm;   /* 100 by default */
  gboolean to_rooms;
  double   tolerance_mm;   /* how near counts, e.g. 8 px / scale */
} HearthSnapOptions;

void hearth_snap_options_init (HearthSnapOptions *options);

/* The corners and walls of a floor's rooms, bucketed by position, built
 * once when a drag starts so that each pointer motion looks at a handful of
 * nearby corners and walls, never at the whole floor. */
typedef struct _HearthSnapIndex HearthSnapIndex;

/* Indexes the rooms of @floor except @ignore (the room being dragged;
 * may be NULL). @cell_mm is the bucket size; use the tolerance or more. */
HearthSnapIndex *hearth_snap_index_new     (HearthFloor             *floor,
                                            HearthRoom              *ignore,
                                            double                   cell_mm);
void             hearth_snap_index_free    (HearthSnapIndex         *index);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthSnapIndex, hearth_snap_index_free)

/* Snaps (@x, @y) mm: to the nearest corner within tolerance, else the
 * nearest point on a wall within tolerance, else the grid (when on), else
 * rounds to the millimetre. @index may be NULL (grid only). */
HearthSnapKind   hearth_snap_point         (const HearthSnapIndex   *index,
                                            const HearthSnapOptions *options,
                                            double                   x,
                                            double                   y,
                                            HearthPoint             *out);

/* Shift held: keeps @to on the horizontal or the vertical through @from,
 * whichever is nearer. */
HearthPoint      hearth_snap_constrain     (HearthPoint              from,
                                            HearthPoint              to);

/* The point @length_mm from @from towards @towards (rounded to the mm):
 * fixes a wall's length while keeping its direction. @towards == @from
 * gives a horizontal wall to the right. */
HearthPoint      hearth_point_at_length    (HearthPoint              from,
                                            HearthPoint              towards,
                                            gint64                   length_mm);

/* Reads a length as a caseworker types it: "3.2" (metres), "3.2m",
 * "320cm", "3200mm", "3,2 m", "10ft 6in", "10' 6\"", "10ft", "6in",
 * "10 ft 6 in". Rounds to the millimetre. FALSE with a message saying
 * what was not understood for anything else, zero, or over 1 km. */
gboolean         hearth_parse_length       (const char              *text,
                                            gint64                  *mm,
                                            GError                 **error);

G_END_DECLS
