/* hearth-geometry.c: exact plane geometry in integer millimetres
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every decision (validity, containment, overlap, thresholds) is made with
 * exact integer orientation tests; only the values shown to people
 * (perimeter, centroid, minimum width) are computed in floating point.
 *
 * Polygons are expected to have been checked with hearth_polygon_validate()
 * before their results mean anything. So that a hostile file cannot cause
 * integer overflow before it is validated, every coordinate is clamped to
 * ±SAFE_LIMIT (2²⁸ mm, 268 km) for arithmetic; a valid polygon (within
 * ±HEARTH_COORD_LIMIT) is never affected by the clamp. With that bound:
 *
 *   coordinate differences   <= 2²⁹   (2³⁰ when scaled by 2 for midpoints)
 *   cross and dot products   <= 2⁶¹   (fits gint64)
 *   squared cross products   <= 2¹²²  (fits __int128)
 *   shoelace sums            <= 2⁹²   (fits __int128, saturated to gint64)
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hearth-geometry.h"

#define SAFE_LIMIT (G_GINT64_CONSTANT (1) << 28)

/* A width can never exceed the diameter of the clamped plane. */
#define WIDTH_LIMIT (G_GINT64_CONSTANT (1) << 31)

typedef __int128 int128;

struct _HearthPolygon
{
  guint        n_points;
  HearthPoint *points;  /* exactly as given */
  HearthPoint *safe;    /* clamped for arithmetic; == points when unchanged */
};

G_DEFINE_QUARK (hearth-geometry-error-quark, hearth_geometry_error)

G_DEFINE_BOXED_TYPE (HearthPolygon, hearth_polygon,
                     hearth_polygon_copy, hearth_polygon_free)

/* ------------------------------------------------------------------------- */
/* Exact primitives                                                          */
/* ------------------------------------------------------------------------- */

static inline gint64
clamp_coord (gint64 v)
{
  return CLAMP (v, -SAFE_LIMIT, SAFE_LIMIT);
}

static inline gboolean
point_equal (HearthPoint a,
             HearthPoint b)
{
  return a.x == b.x && a.y == b.y;
}

static inline HearthPoint
point_scale (HearthPoint p,
             gint64      scale)
{
  HearthPoint r = { p.x * scale, p.y * scale };
  return r;
}

/* Twice the signed area of the triangle a, b, c: > 0 when c lies to the left
 * of a→b (counter-clockwise in a y-up frame), 0 when collinear. */
static inline int128
orient (HearthPoint a,
        HearthPoint b,
        HearthPoint c)
{
  return (int128) (b.x - a.x) * (c.y - a.y) - (int128) (b.y - a.y) * (c.x - a.x);
}

static inline int
orient_sign (HearthPoint a,
             HearthPoint b,
             HearthPoint c)
{
  int128 o = orient (a, b, c);

  return (o > 0) - (o < 0);
}

/* Is p on the closed segment a–b? */
static gboolean
on_segment (HearthPoint a,
            HearthPoint b,
            HearthPoint p)
{
  if (orient (a, b, p) != 0)
    return FALSE;

  return MIN (a.x, b.x) <= p.x && p.x <= MAX (a.x, b.x) &&
         MIN (a.y, b.y) <= p.y && p.y <= MAX (a.y, b.y);
}

/* Do the segments a–b and c–d cross at a single point interior to both? */
static gboolean
segments_cross_properly (HearthPoint a,
                         HearthPoint b,
                         HearthPoint c,
                         HearthPoint d)
{
  int o1 = orient_sign (a, b, c);
  int o2 = orient_sign (a, b, d);
  int o3 = orient_sign (c, d, a);
  int o4 = orient_sign (c, d, b);

  return o1 * o2 < 0 && o3 * o4 < 0;
}

/* Where p is relative to the polygon with every vertex multiplied by @scale
 * (1, or 2 so that midpoints of integer points are integers). Boundary
 * first, then the winding number: exact, and indifferent to rays that run
 * through vertices or along edges. */
static HearthPointLocation
locate_scaled (const HearthPolygon *polygon,
               gint64               scale,
               HearthPoint          p)
{
  int winding = 0;

  for (guint i = 0; i < polygon->n_points; i++)
    {
      HearthPoint a = point_scale (polygon->safe[i], scale);
      HearthPoint b = point_scale (polygon->safe[(i + 1) % polygon->n_points], scale);

      if (on_segment (a, b, p))
        return HEARTH_POINT_ON_BOUNDARY;

      if (a.y <= p.y)
        {
          if (b.y > p.y && orient (a, b, p) > 0)
            winding++;
        }
      else
        {
          if (b.y <= p.y && orient (a, b, p) < 0)
            winding--;
        }
    }

  return winding != 0 ? HEARTH_POINT_INSIDE : HEARTH_POINT_OUTSIDE;
}

/* ------------------------------------------------------------------------- */
/* Construction                                                              */
/* ------------------------------------------------------------------------- */

HearthPolygon *
hearth_polygon_new (const HearthPoint *points,
                    guint              n_points)
{
  HearthPolygon *polygon;
  gboolean needs_clamp = FALSE;

  g_return_val_if_fail (points != NULL || n_points == 0, NULL);

  polygon = g_new0 (HearthPolygon, 1);
  polygon->n_points = n_points;
  polygon->points = g_new (HearthPoint, MAX (n_points, 1));
  if (n_points > 0)
    memcpy (polygon->points, points, sizeof (HearthPoint) * n_points);

  for (guint i = 0; i < n_points; i++)
    {
      if (clamp_coord (points[i].x) != points[i].x ||
          clamp_coord (points[i].y) != points[i].y)
        {
          needs_clamp = TRUE;
          break;
        }
    }

  if (needs_clamp)
    {
      polygon->safe = g_new (HearthPoint, n_points);
      for (guint i = 0; i < n_points; i++)
        {
          polygon->safe[i].x = clamp_coord (points[i].x);
          polygon->safe[i].y = clamp_coord (points[i].y);
        }
    }
  else
    {
      polygon->safe = polygon->points;
    }

  return polygon;
}

static gint64
saturating_add (gint64 a,
                gint64 b)
{
  gint64 sum;

  if (__builtin_add_overflow (a, b, &sum))
    return b > 0 ? G_MAXINT64 : G_MININT64;

  return sum;
}

HearthPolygon *
hearth_polygon_new_rectangle (gint64 x,
                              gint64 y,
                              gint64 width,
                              gint64 height)
{
  gint64 x2 = saturating_add (x, width);
  gint64 y2 = saturating_add (y, height);
  HearthPoint points[4] = {
    { x,  y  },
    { x2, y  },
    { x2, y2 },
    { x,  y2 },
  };

  return hearth_polygon_new (points, G_N_ELEMENTS (points));
}

HearthPolygon *
hearth_polygon_copy (const HearthPolygon *polygon)
{
  g_return_val_if_fail (polygon != NULL, NULL);

  return hearth_polygon_new (polygon->points, polygon->n_points);
}

void
hearth_polygon_free (HearthPolygon *polygon)
{
  if (polygon == NULL)
    return;

  if (polygon->safe != polygon->points)
    g_free (polygon->safe);
  g_free (polygon->points);
  g_free (polygon);
}

gboolean
hearth_polygon_equal (const HearthPolygon *a,
                      const HearthPolygon *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  if (a->n_points != b->n_points)
    return FALSE;

  for (guint i = 0; i < a->n_points; i++)
    {
      if (!point_equal (a->points[i], b->points[i]))
        return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------- */
/* Accessors                                                                 */
/* ------------------------------------------------------------------------- */

guint
hearth_polygon_get_n_points (const HearthPolygon *polygon)
{
  g_return_val_if_fail (polygon != NULL, 0);

  return polygon->n_points;
}

const HearthPoint *
hearth_polygon_get_points (const HearthPolygon *polygon)
{
  g_return_val_if_fail (polygon != NULL, NULL);

  return polygon->points;
}

HearthPoint
hearth_polygon_get_point (const HearthPolygon *polygon,
                          guint                index)
{
  HearthPoint none = { 0, 0 };

  g_return_val_if_fail (polygon != NULL, none);
  g_return_val_if_fail (index < polygon->n_points, none);

  return polygon->points[index];
}

void
hearth_polygon_get_bounds (const HearthPolygon *polygon,
                           gint64              *min_x,
                           gint64              *min_y,
                           gint64              *max_x,
                           gint64              *max_y)
{
  gint64 x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  g_return_if_fail (polygon != NULL);

  if (polygon->n_points > 0)
    {
      x0 = x1 = polygon->points[0].x;
      y0 = y1 = polygon->points[0].y;
    }

  for (guint i = 1; i < polygon->n_points; i++)
    {
      x0 = MIN (x0, polygon->points[i].x);
      y0 = MIN (y0, polygon->points[i].y);
      x1 = MAX (x1, polygon->points[i].x);
      y1 = MAX (y1, polygon->points[i].y);
    }

  if (min_x != NULL)
    *min_x = x0;
  if (min_y != NULL)
    *min_y = y0;
  if (max_x != NULL)
    *max_x = x1;
  if (max_y != NULL)
    *max_y = y1;
}

/* ------------------------------------------------------------------------- */
/* Validation                                                                */
/* ------------------------------------------------------------------------- */

static gboolean
all_collinear (const HearthPolygon *polygon)
{
  const HearthPoint *p = polygon->safe;
  guint n = polygon->n_points;
  guint k;

  /* The first vertex away from the first one fixes the line. */
  for (k = 1; k < n && point_equal (p[k], p[0]); k++)
    ;

  for (guint i = k + 1; i < n; i++)
    {
      if (orient (p[0], p[k], p[i]) != 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_edges (const HearthPolygon  *polygon,
             GError              **error)
{
  const HearthPoint *p = polygon->safe;
  guint n = polygon->n_points;

  /* Edge i runs from corner i to corner i + 1 (0-based). O(n²): rooms have
   * a handful of corners. */
  for (guint i = 0; i < n; i++)
    {
      HearthPoint a = p[i];
      HearthPoint b = p[(i + 1) % n];

      for (guint j = i + 1; j < n; j++)
        {
          HearthPoint c = p[j];
          HearthPoint d = p[(j + 1) % n];

          if (j == i + 1 || (i == 0 && j == n - 1))
            {
              /* Neighbours share one corner; they must not fold back over
               * each other (a spike), i.e. the far ends must not point the
               * same way along one line. */
              guint shared = (j == i + 1) ? j : 0;
              HearthPoint v = p[shared];
              HearthPoint before = p[(shared + n - 1) % n];
              HearthPoint after = p[(shared + 1) % n];
              int128 dot = (int128) (before.x - v.x) * (after.x - v.x) +
                           (int128) (before.y - v.y) * (after.y - v.y);

              if (orient (before, v, after) == 0 && dot > 0)
                {
                  g_set_error (error, HEARTH_GEOMETRY_ERROR,
                               HEARTH_GEOMETRY_ERROR_SELF_INTERSECTING,
                               _("The walls either side of corner %u fold back over each other"),
                               shared + 1);
                  return FALSE;
                }

              continue;
            }

          if (segments_cross_properly (a, b, c, d))
            {
              g_set_error (error, HEARTH_GEOMETRY_ERROR,
                           HEARTH_GEOMETRY_ERROR_SELF_INTERSECTING,
                           _("The walls from corner %u and corner %u cross"),
                           i + 1, j + 1);
              return FALSE;
            }

          /* Any other contact puts an end of one wall on the other. */
          {
            guint corner = 0, wall = 0;

            if (on_segment (a, b, c))
              corner = j + 1, wall = i;
            else if (on_segment (a, b, d))
              corner = (j + 1) % n + 1, wall = i;
            else if (on_segment (c, d, a))
              corner = i + 1, wall = j;
            else if (on_segment (c, d, b))
              corner = (i + 1) % n + 1, wall = j;

            if (corner != 0)
              {
                g_set_error (error, HEARTH_GEOMETRY_ERROR,
                             HEARTH_GEOMETRY_ERROR_SELF_INTERSECTING,
                             _("Corner %u touches the wall between corners %u and %u"),
                             corner, wall + 1, (wall + 1) % n + 1);
                return FALSE;
              }
          }
        }
    }

  return TRUE;
}

gboolean
hearth_polygon_validate (const HearthPolygon  *polygon,
                         GError              **error)
{
  guint n;

  g_return_val_if_fail (polygon != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n = polygon->n_points;

  if (n < 3)
    {
      g_set_error (error, HEARTH_GEOMETRY_ERROR,
                   HEARTH_GEOMETRY_ERROR_TOO_FEW_VERTICES,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The room has only %u corner; it needs at least 3",
                                "The room has only %u corners; it needs at least 3",
                                n),
                   n);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      HearthPoint p = polygon->points[i];

      if (p.x < -HEARTH_COORD_LIMIT || p.x > HEARTH_COORD_LIMIT ||
          p.y < -HEARTH_COORD_LIMIT || p.y > HEARTH_COORD_LIMIT)
        {
          g_set_error (error, HEARTH_GEOMETRY_ERROR,
                       HEARTH_GEOMETRY_ERROR_OUT_OF_RANGE,
                       _("Corner %u is more than 1 km from the origin"),
                       i + 1);
          return FALSE;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      for (guint j = i + 1; j < n; j++)
        {
          if (point_equal (polygon->points[i], polygon->points[j]))
            {
              g_set_error (error, HEARTH_GEOMETRY_ERROR,
                           HEARTH_GEOMETRY_ERROR_SELF_INTERSECTING,
                           _("Corners %u and %u are in the same place"),
                           i + 1, j + 1);
              return FALSE;
            }
        }
    }

  if (all_collinear (polygon))
    {
      g_set_error_literal (error, HEARTH_GEOMETRY_ERROR,
                           HEARTH_GEOMETRY_ERROR_ZERO_AREA,
                           _("The room has no area: all its corners are in a line"));
      return FALSE;
    }

  if (!check_edges (polygon, error))
    return FALSE;

  /* A simple polygon always has an area; this is only a safeguard. */
  if (hearth_polygon_get_signed_area2 (polygon) == 0)
    {
      g_set_error_literal (error, HEARTH_GEOMETRY_ERROR,
                           HEARTH_GEOMETRY_ERROR_ZERO_AREA,
                           _("The room has no area"));
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------- */
/* Measures                                                                  */
/* ------------------------------------------------------------------------- */

gint64
hearth_polygon_get_signed_area2 (const HearthPolygon *polygon)
{
  const HearthPoint *p;
  int128 sum = 0;

  g_return_val_if_fail (polygon != NULL, 0);

  p = polygon->safe;

  /* Shoelace relative to the first vertex, which keeps terms small. */
  for (guint i = 1; i + 1 < polygon->n_points; i++)
    sum += orient (p[0], p[i], p[i + 1]);

  if (sum > G_MAXINT64)
    return G_MAXINT64;
  if (sum < -G_MAXINT64)
    return -G_MAXINT64;

  return (gint64) sum;
}

gint64
hearth_polygon_get_area2 (const HearthPolygon *polygon)
{
  gint64 area2;

  g_return_val_if_fail (polygon != NULL, 0);

  area2 = hearth_polygon_get_signed_area2 (polygon);

  return area2 < 0 ? -area2 : area2;
}

double
hearth_polygon_get_perimeter (const HearthPolygon *polygon)
{
  const HearthPoint *p;
  guint n;
  double total = 0.0;

  g_return_val_if_fail (polygon != NULL, 0.0);

  p = polygon->safe;
  n = polygon->n_points;

  for (guint i = 0; i < n; i++)
    {
      HearthPoint a = p[i];
      HearthPoint b = p[(i + 1) % n];

      total += hypot ((double) (b.x - a.x), (double) (b.y - a.y));
    }

  return total;
}

void
hearth_polygon_get_centroid (const HearthPolygon *polygon,
                             double              *x,
                             double              *y)
{
  const HearthPoint *p;
  guint n;
  int128 area2 = 0;
  double sum_x = 0.0, sum_y = 0.0;
  double cx = 0.0, cy = 0.0;

  g_return_if_fail (polygon != NULL);

  p = polygon->safe;
  n = polygon->n_points;

  if (n > 0)
    {
      /* Area-weighted, relative to the first vertex for precision. */
      for (guint i = 1; i + 1 < n; i++)
        {
          int128 cross = orient (p[0], p[i], p[i + 1]);

          area2 += cross;
          sum_x += (double) ((p[i].x - p[0].x) + (p[i + 1].x - p[0].x)) * (double) cross;
          sum_y += (double) ((p[i].y - p[0].y) + (p[i + 1].y - p[0].y)) * (double) cross;
        }

      if (area2 != 0)
        {
          cx = (double) p[0].x + sum_x / (3.0 * (double) area2);
          cy = (double) p[0].y + sum_y / (3.0 * (double) area2);
        }
      else
        {
          /* Degenerate: fall back to the mean of the vertices. */
          for (guint i = 0; i < n; i++)
            {
              cx += (double) p[i].x;
              cy += (double) p[i].y;
            }
          cx /= n;
          cy /= n;
        }
    }

  if (x != NULL)
    *x = cx;
  if (y != NULL)
    *y = cy;
}

/* ------------------------------------------------------------------------- */
/* Minimum width                                                             */
/* ------------------------------------------------------------------------- */

static int
compare_points (const void *pa,
                const void *pb)
{
  const HearthPoint *a = pa;
  const HearthPoint *b = pb;

  if (a->x != b->x)
    return a->x < b->x ? -1 : 1;
  if (a->y != b->y)
    return a->y < b->y ? -1 : 1;
  return 0;
}

/* Andrew's monotone chain: the strictly convex hull, counter-clockwise, with
 * collinear points dropped. Returns the number of hull vertices written to
 * @hull (which needs room for 2n points while the chains are built). */
static guint
convex_hull (const HearthPolygon *polygon,
             HearthPoint         *hull)
{
  guint n = polygon->n_points;
  g_autofree HearthPoint *sorted = NULL;
  guint k = 0;

  if (n == 0)
    return 0;

  sorted = g_memdup2 (polygon->safe, sizeof (HearthPoint) * n);
  qsort (sorted, n, sizeof (HearthPoint), compare_points);

  /* Lower chain. */
  for (guint i = 0; i < n; i++)
    {
      while (k >= 2 && orient (hull[k - 2], hull[k - 1], sorted[i]) <= 0)
        k--;
      hull[k++] = sorted[i];
    }

  /* Upper chain. */
  for (guint i = n - 1, lower = k + 1; i > 0; i--)
    {
      while (k >= lower && orient (hull[k - 2], hull[k - 1], sorted[i - 1]) <= 0)
        k--;
      hull[k++] = sorted[i - 1];
    }

  /* The last point repeats the first. */
  return k > 1 ? k - 1 : k;
}

/* For every edge of the convex hull, the greatest distance of the hull from
 * the edge's line, as the exact pair (height × |edge|, |edge|²): that is,
 * the cross product of the edge with the farthest point, and the squared
 * length. Rotating calipers: the farthest vertex only ever moves forward as
 * the edge does, so this is O(h) after the O(n log n) hull.
 *
 * Returns the number of edges, or 0 when the hull has no area (then the
 * minimum width is 0). */
static guint
hull_edge_extents (const HearthPolygon  *polygon,
                   gint64              **out_cross,
                   gint64              **out_len2)
{
  g_autofree HearthPoint *hull = g_new (HearthPoint, (gsize) polygon->n_points * 2 + 1);
  g_autofree gint64 *cross = NULL;
  g_autofree gint64 *len2 = NULL;
  guint h;
  guint j = 1;

  h = convex_hull (polygon, hull);
  if (h < 3)
    return 0;

  cross = g_new (gint64, h);
  len2 = g_new (gint64, h);

  for (guint i = 0; i < h; i++)
    {
      HearthPoint a = hull[i];
      HearthPoint b = hull[(i + 1) % h];
      gint64 ex = b.x - a.x;
      gint64 ey = b.y - a.y;

      /* Heights along a strictly convex polygon rise then fall, so step
       * forward while the next vertex is farther. */
      for (guint steps = 0; steps < h; steps++)
        {
          guint next = (j + 1) % h;

          if (orient (a, b, hull[next]) > orient (a, b, hull[j]))
            j = next;
          else
            break;
        }

      cross[i] = (gint64) orient (a, b, hull[j]);
      len2[i] = ex * ex + ey * ey;
    }

  *out_cross = g_steal_pointer (&cross);
  *out_len2 = g_steal_pointer (&len2);

  return h;
}

double
hearth_polygon_get_min_width (const HearthPolygon *polygon)
{
  g_autofree gint64 *cross = NULL;
  g_autofree gint64 *len2 = NULL;
  guint h;
  double width = G_MAXDOUBLE;

  g_return_val_if_fail (polygon != NULL, 0.0);

  h = hull_edge_extents (polygon, &cross, &len2);
  if (h == 0)
    return 0.0;

  for (guint i = 0; i < h; i++)
    width = MIN (width, (double) cross[i] / sqrt ((double) len2[i]));

  return width;
}

gboolean
hearth_polygon_min_width_at_least (const HearthPolygon *polygon,
                                   gint64               width_mm)
{
  g_autofree gint64 *cross = NULL;
  g_autofree gint64 *len2 = NULL;
  guint h;
  int128 w2;

  g_return_val_if_fail (polygon != NULL, FALSE);

  if (width_mm <= 0)
    return TRUE;

  h = hull_edge_extents (polygon, &cross, &len2);
  if (h == 0)
    return FALSE;

  if (width_mm > WIDTH_LIMIT)
    return FALSE;

  /* height = cross / |edge| >= width  ⇔  cross² >= width² · |edge|² */
  w2 = (int128) width_mm * width_mm;
  for (guint i = 0; i < h; i++)
    {
      if ((int128) cross[i] * cross[i] < w2 * len2[i])
        return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------- */
/* Point and polygon relations                                               */
/* ------------------------------------------------------------------------- */

HearthPointLocation
hearth_polygon_locate_point (const HearthPolygon *polygon,
                             gint64               x,
                             gint64               y)
{
  HearthPoint p = { clamp_coord (x), clamp_coord (y) };

  g_return_val_if_fail (polygon != NULL, HEARTH_POINT_OUTSIDE);

  return locate_scaled (polygon, 1, p);
}

typedef struct
{
  gboolean crossing;  /* an edge of @a properly crosses an edge of @b */
  gboolean inside;    /* some point of @a's boundary is inside @b */
  gboolean outside;   /* some point of @a's boundary is outside @b */
} BoundaryClass;

typedef struct
{
  gint64      key;
  HearthPoint point;
} SplitPoint;

static int
compare_split_points (const void *pa,
                      const void *pb)
{
  const SplitPoint *a = pa;
  const SplitPoint *b = pb;

  return (a->key > b->key) - (a->key < b->key);
}

static void
note_location (BoundaryClass       *klass,
               HearthPointLocation  location)
{
  if (location == HEARTH_POINT_INSIDE)
    klass->inside = TRUE;
  else if (location == HEARTH_POINT_OUTSIDE)
    klass->outside = TRUE;
}

/* Classify the boundary of @a against the region of @b (both simple).
 *
 * Without proper crossings, the boundaries meet only at vertices and along
 * shared stretches of wall. Cutting each edge of @a at the vertices of @b
 * that lie on it leaves pieces that are each wholly on @b's boundary,
 * wholly inside or wholly outside, so the midpoint of each piece (an exact
 * integer point once everything is doubled) and the vertices of @a classify
 * the whole of @a's boundary. Testing only whole-edge midpoints would miss
 * an edge that grazes two corners of a notch and runs outside between them. */
static void
classify_boundary (const HearthPolygon *a,
                   const HearthPolygon *b,
                   BoundaryClass       *klass)
{
  g_autofree SplitPoint *splits = NULL;
  guint na = a->n_points;
  guint nb = b->n_points;

  memset (klass, 0, sizeof (*klass));

  for (guint i = 0; i < na; i++)
    {
      HearthPoint p = a->safe[i];
      HearthPoint q = a->safe[(i + 1) % na];

      for (guint j = 0; j < nb; j++)
        {
          if (segments_cross_properly (p, q, b->safe[j], b->safe[(j + 1) % nb]))
            {
              klass->crossing = TRUE;
              return;
            }
        }
    }

  for (guint i = 0; i < na; i++)
    note_location (klass, locate_scaled (b, 1, a->safe[i]));

  splits = g_new (SplitPoint, nb + 2);

  for (guint i = 0; i < na; i++)
    {
      HearthPoint p = a->safe[i];
      HearthPoint q = a->safe[(i + 1) % na];
      gint64 dx = q.x - p.x;
      gint64 dy = q.y - p.y;
      guint n_splits = 0;

      splits[n_splits].key = 0;
      splits[n_splits++].point = p;

      for (guint j = 0; j < nb; j++)
        {
          HearthPoint v = b->safe[j];

          if (!point_equal (v, p) && !point_equal (v, q) && on_segment (p, q, v))
            {
              splits[n_splits].key = (v.x - p.x) * dx + (v.y - p.y) * dy;
              splits[n_splits++].point = v;
            }
        }

      splits[n_splits].key = dx * dx + dy * dy;
      splits[n_splits++].point = q;

      qsort (splits, n_splits, sizeof (SplitPoint), compare_split_points);

      for (guint k = 0; k + 1 < n_splits; k++)
        {
          HearthPoint s = splits[k].point;
          HearthPoint t = splits[k + 1].point;
          HearthPoint mid2 = { s.x + t.x, s.y + t.y };

          if (point_equal (s, t))
            continue;

          note_location (klass, locate_scaled (b, 2, mid2));
        }
    }
}

gboolean
hearth_polygon_contains_polygon (const HearthPolygon *outer,
                                 const HearthPolygon *inner)
{
  BoundaryClass klass;

  g_return_val_if_fail (outer != NULL, FALSE);
  g_return_val_if_fail (inner != NULL, FALSE);

  /* A simple polygon lies within another exactly when its boundary does. */
  classify_boundary (inner, outer, &klass);

  return !klass.crossing && !klass.outside;
}

static gboolean
bounds_disjoint (const HearthPolygon *a,
                 const HearthPolygon *b)
{
  gint64 ax0, ay0, ax1, ay1;
  gint64 bx0, by0, bx1, by1;

  hearth_polygon_get_bounds (a, &ax0, &ay0, &ax1, &ay1);
  hearth_polygon_get_bounds (b, &bx0, &by0, &bx1, &by1);

  /* Touching boxes may still be disjoint, but never overlap in area. */
  return ax1 <= bx0 || bx1 <= ax0 || ay1 <= by0 || by1 <= ay0;
}

gboolean
hearth_polygons_overlap (const HearthPolygon *a,
                         const HearthPolygon *b)
{
  BoundaryClass ka, kb;

  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  if (a->n_points < 3 || b->n_points < 3 || bounds_disjoint (a, b))
    return FALSE;

  /* Where two walls cross, each room's interior is on one side of its wall
   * near the crossing, and those two half-planes always share area. */
  classify_boundary (a, b, &ka);
  if (ka.crossing || ka.inside)
    return TRUE;

  classify_boundary (b, a, &kb);
  if (kb.crossing || kb.inside)
    return TRUE;

  /* Neither boundary enters the other's interior: the rooms are either
   * apart (sharing at most walls and corners) or the very same region, in
   * which case each boundary lies wholly on the other. */
  if (!ka.outside || !kb.outside)
    return hearth_polygon_get_area2 (a) != 0;

  return FALSE;
}
