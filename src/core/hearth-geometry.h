/* hearth-geometry.h: exact plane geometry in integer millimetres
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Coordinates are whole millimetres within ±HEARTH_COORD_LIMIT. Areas are
 * kept as *twice* the area in mm² (an integer: the shoelace sum), so that no
 * legal threshold is ever decided through floating point.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One kilometre either way of the origin: far more than any home needs,
 * small enough that every product below fits in 64 bits. */
#define HEARTH_COORD_LIMIT G_GINT64_CONSTANT (1000000)

#define HEARTH_GEOMETRY_ERROR (hearth_geometry_error_quark ())

typedef enum {
  HEARTH_GEOMETRY_ERROR_TOO_FEW_VERTICES,
  HEARTH_GEOMETRY_ERROR_OUT_OF_RANGE,
  HEARTH_GEOMETRY_ERROR_ZERO_AREA,
  HEARTH_GEOMETRY_ERROR_SELF_INTERSECTING,
  HEARTH_GEOMETRY_ERROR_NOT_INSIDE,
  HEARTH_GEOMETRY_ERROR_OVERLAP,
} HearthGeometryError;

typedef struct {
  gint64 x;
  gint64 y;
} HearthPoint;

typedef enum {
  HEARTH_POINT_OUTSIDE,
  HEARTH_POINT_INSIDE,
  HEARTH_POINT_ON_BOUNDARY,
} HearthPointLocation;

typedef struct _HearthPolygon HearthPolygon;

#define HEARTH_TYPE_POLYGON (hearth_polygon_get_type ())

GQuark               hearth_geometry_error_quark        (void);
GType                hearth_polygon_get_type            (void) G_GNUC_CONST;

HearthPolygon       *hearth_polygon_new                 (const HearthPoint   *points,
                                                         guint                n_points);
HearthPolygon       *hearth_polygon_new_rectangle       (gint64               x,
                                                         gint64               y,
                                                         gint64               width,
                                                         gint64               height);
HearthPolygon       *hearth_polygon_copy                (const HearthPolygon *polygon);
void                 hearth_polygon_free                (HearthPolygon       *polygon);
gboolean             hearth_polygon_equal               (const HearthPolygon *a,
                                                         const HearthPolygon *b);

guint                hearth_polygon_get_n_points        (const HearthPolygon *polygon);
const HearthPoint   *hearth_polygon_get_points          (const HearthPolygon *polygon);
HearthPoint          hearth_polygon_get_point           (const HearthPolygon *polygon,
                                                         guint                index);

/* Checks 3+ vertices, every coordinate within ±HEARTH_COORD_LIMIT, no two
 * edges touching or crossing except neighbours at their shared vertex, and a
 * non-zero area. The error message says which vertices are at fault (1-based). */
gboolean             hearth_polygon_validate            (const HearthPolygon *polygon,
                                                         GError             **error);

/* Twice the signed shoelace area in mm² (positive when counter-clockwise in a
 * y-up frame). Exact. */
gint64               hearth_polygon_get_signed_area2    (const HearthPolygon *polygon);
/* Twice the area in mm², always >= 0. Exact. */
gint64               hearth_polygon_get_area2           (const HearthPolygon *polygon);
/* Perimeter in mm. */
double               hearth_polygon_get_perimeter       (const HearthPolygon *polygon);
/* Area centroid in mm (for placing labels); for a degenerate polygon the
 * mean of the vertices. */
void                 hearth_polygon_get_centroid        (const HearthPolygon *polygon,
                                                         double              *x,
                                                         double              *y);
/* Minimum width in mm: the least distance between two parallel lines that
 * enclose the polygon (rotating calipers over the convex hull). */
double               hearth_polygon_get_min_width       (const HearthPolygon *polygon);
/* Exact form of get_min_width() >= width_mm, for legal thresholds. */
gboolean             hearth_polygon_min_width_at_least  (const HearthPolygon *polygon,
                                                         gint64               width_mm);
HearthPointLocation  hearth_polygon_locate_point        (const HearthPolygon *polygon,
                                                         gint64               x,
                                                         gint64               y);
/* TRUE when every point of @inner lies inside or on the boundary of @outer. */
gboolean             hearth_polygon_contains_polygon    (const HearthPolygon *outer,
                                                         const HearthPolygon *inner);
/* TRUE when the interiors of @a and @b share a region of non-zero area. */
gboolean             hearth_polygons_overlap            (const HearthPolygon *a,
                                                         const HearthPolygon *b);
void                 hearth_polygon_get_bounds          (const HearthPolygon *polygon,
                                                         gint64              *min_x,
                                                         gint64              *min_y,
                                                         gint64              *max_x,
                                                         gint64              *max_y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthPolygon, hearth_polygon_free)

G_END_DECLS
