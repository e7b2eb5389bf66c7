/* test-geometry.c: exact room geometry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected value here is worked out by hand from the shape, never by
 * calling the code under test.
 */

#include <glib.h>
#include <math.h>
#include <string.h>

#include "hearth-geometry.h"
#include "hearth-units.h"
#include "hearth-test-utils.h"

/* ------------------------------------------------------------------------- */
/* Shapes                                                                    */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const HearthPoint *points;
  guint              n_points;
} Shape;

#define SHAPE(name, ...) \
  static const HearthPoint name##_points[] = { __VA_ARGS__ }; \
  static const Shape name = { name##_points, G_N_ELEMENTS (name##_points) }

/* 3 m × 2 m, counter-clockwise and clockwise. */
SHAPE (rect_3000x2000, { 0, 0 }, { 3000, 0 }, { 3000, 2000 }, { 0, 2000 });
SHAPE (rect_3000x2000_cw, { 0, 0 }, { 0, 2000 }, { 3000, 2000 }, { 3000, 0 });
/* The same room far from the origin. */
SHAPE (rect_far, { -999000, -999000 }, { -996000, -999000 },
                 { -996000, -997000 }, { -999000, -997000 });
/* 2 km square, corners exactly at the coordinate limit. */
SHAPE (rect_at_limit, { -1000000, -1000000 }, { 1000000, -1000000 },
                      { 1000000, 1000000 }, { -1000000, 1000000 });

/* 1.5 mm² and 1001²/2 mm²: odd area2, half-millimetre areas. */
SHAPE (tri_odd, { 0, 0 }, { 3, 0 }, { 0, 1 });
SHAPE (tri_1001, { 0, 0 }, { 1001, 0 }, { 0, 1001 });
/* A 3-4-5 right triangle, legs 4 m and 3 m: altitudes 3000, 4000, 2400. */
SHAPE (tri_345, { 0, 0 }, { 4000, 0 }, { 0, 3000 });

/* L: a 4 m × 1 m arm along the bottom and a 1 m × 2 m arm up the left. */
SHAPE (l_shape, { 0, 0 }, { 4000, 0 }, { 4000, 1000 }, { 1000, 1000 },
                { 1000, 3000 }, { 0, 3000 });
SHAPE (l_shape_cw, { 0, 3000 }, { 1000, 3000 }, { 1000, 1000 },
                   { 4000, 1000 }, { 4000, 0 }, { 0, 0 });
/* A squat L whose hull has a diagonal edge that is the narrowest:
 * 2000√2 mm across. */
SHAPE (l_diagonal, { 0, 0 }, { 3000, 0 }, { 3000, 1000 }, { 1000, 1000 },
                   { 1000, 3000 }, { 0, 3000 });
/* U: a 3 m square with a 1 m × 2 m notch down from the top middle. */
SHAPE (u_shape, { 0, 0 }, { 3000, 0 }, { 3000, 3000 }, { 2000, 3000 },
                { 2000, 1000 }, { 1000, 1000 }, { 1000, 3000 }, { 0, 3000 });

/* Rectangles turned by the 3-4-5 angle: sides along (3, 4) and (-4, 3). */
SHAPE (rotated_1500x3000, { 0, 0 }, { 1800, 2400 }, { 600, 3300 }, { -1200, 900 });
SHAPE (rotated_2150x5000, { 0, 0 }, { 3000, 4000 }, { 1280, 5290 }, { -1720, 1290 });
SHAPE (rotated_2145x5000, { 0, 0 }, { 3000, 4000 }, { 1284, 5287 }, { -1716, 1287 });

/* 20 m × 10 m with a V-shaped notch from the top whose two shoulders,
 * corners 5 and 7, are level at y = 5000 and whose tip dips to 4000. */
SHAPE (notched, { 0, 0 }, { 20000, 0 }, { 20000, 10000 }, { 8000, 10000 },
                { 7000, 5000 }, { 5000, 4000 }, { 3000, 5000 }, { 2000, 10000 },
                { 0, 10000 });

SHAPE (collinear, { 0, 0 }, { 1000, 0 }, { 5000, 0 });

static HearthPolygon *
shape_new (const Shape *shape)
{
  return hearth_polygon_new (shape->points, shape->n_points);
}

/* A shape, or when @shape is NULL the rectangle x, y, w, h. */
typedef struct
{
  const Shape *shape;
  gint64       x, y, w, h;
} Room;

static HearthPolygon *
room_new (const Room *room)
{
  if (room->shape != NULL)
    return shape_new (room->shape);

  return hearth_polygon_new_rectangle (room->x, room->y, room->w, room->h);
}

/* ------------------------------------------------------------------------- */
/* Construction and accessors                                                */
/* ------------------------------------------------------------------------- */

static void
test_rectangle_points (void)
{
  g_autoptr(HearthPolygon) rect = hearth_polygon_new_rectangle (1000, -500, 3000, 2000);
  const HearthPoint expected[] = {
    { 1000, -500 }, { 4000, -500 }, { 4000, 1500 }, { 1000, 1500 },
  };
  const HearthPoint *points;

  g_assert_cmpuint (hearth_polygon_get_n_points (rect), ==, 4);
  points = hearth_polygon_get_points (rect);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      HearthPoint p = hearth_polygon_get_point (rect, i);

      g_assert_cmpint (points[i].x, ==, expected[i].x);
      g_assert_cmpint (points[i].y, ==, expected[i].y);
      g_assert_cmpint (p.x, ==, expected[i].x);
      g_assert_cmpint (p.y, ==, expected[i].y);
    }

  /* Counter-clockwise in a y-up frame: positive signed area. */
  g_assert_cmpint (hearth_polygon_get_signed_area2 (rect), ==, 12000000);
}

static void
test_copy_equal (void)
{
  g_autoptr(HearthPolygon) l = shape_new (&l_shape);
  g_autoptr(HearthPolygon) copy = hearth_polygon_copy (l);
  g_autoptr(HearthPolygon) boxed = g_boxed_copy (HEARTH_TYPE_POLYGON, l);
  g_autoptr(HearthPolygon) reversed = shape_new (&l_shape_cw);
  g_autoptr(HearthPolygon) rect = shape_new (&rect_3000x2000);
  g_autoptr(HearthPolygon) triangle = shape_new (&tri_345);
  const HearthPoint moved_points[] = {
    { 0, 0 }, { 4000, 0 }, { 4000, 1000 }, { 1000, 1000 }, { 1000, 3001 }, { 0, 3000 },
  };
  g_autoptr(HearthPolygon) moved = hearth_polygon_new (moved_points, G_N_ELEMENTS (moved_points));
  const HearthPoint *points;

  g_assert_true (G_TYPE_IS_BOXED (HEARTH_TYPE_POLYGON));
  g_assert_true (copy != l);
  g_assert_true (hearth_polygon_equal (l, copy));
  g_assert_true (hearth_polygon_equal (copy, l));
  g_assert_true (hearth_polygon_equal (l, boxed));

  /* The copy holds its own points. */
  points = hearth_polygon_get_points (copy);
  g_assert_true (points != hearth_polygon_get_points (l));
  g_assert_cmpint (points[4].x, ==, 1000);
  g_assert_cmpint (points[4].y, ==, 3000);

  /* Exact point lists: the same region traced the other way is not equal. */
  g_assert_false (hearth_polygon_equal (l, reversed));
  g_assert_false (hearth_polygon_equal (l, moved));
  g_assert_false (hearth_polygon_equal (rect, triangle));
  g_assert_false (hearth_polygon_equal (l, rect));
}

static void
test_new_copies_points (void)
{
  HearthPoint points[] = { { 0, 0 }, { 3000, 0 }, { 3000, 2000 }, { 0, 2000 } };
  g_autoptr(HearthPolygon) rect = hearth_polygon_new (points, G_N_ELEMENTS (points));
  g_autoptr(HearthPolygon) empty = hearth_polygon_new (NULL, 0);

  points[2].x = 9000;
  g_assert_cmpint (hearth_polygon_get_point (rect, 2).x, ==, 3000);
  g_assert_cmpint (hearth_polygon_get_area2 (rect), ==, 12000000);

  g_assert_cmpuint (hearth_polygon_get_n_points (empty), ==, 0);
  g_assert_cmpint (hearth_polygon_get_area2 (empty), ==, 0);
}

static void
test_bounds (void)
{
  g_autoptr(HearthPolygon) rotated = shape_new (&rotated_1500x3000);
  g_autoptr(HearthPolygon) far = shape_new (&rect_far);
  gint64 min_x, min_y, max_x, max_y;

  hearth_polygon_get_bounds (rotated, &min_x, &min_y, &max_x, &max_y);
  g_assert_cmpint (min_x, ==, -1200);
  g_assert_cmpint (min_y, ==, 0);
  g_assert_cmpint (max_x, ==, 1800);
  g_assert_cmpint (max_y, ==, 3300);

  hearth_polygon_get_bounds (far, &min_x, &min_y, &max_x, &max_y);
  g_assert_cmpint (min_x, ==, -999000);
  g_assert_cmpint (min_y, ==, -999000);
  g_assert_cmpint (max_x, ==, -996000);
  g_assert_cmpint (max_y, ==, -997000);
}

/* ------------------------------------------------------------------------- */
/* Area                                                                      */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char  *name;
  const Shape *shape;
  gint64       signed_area2;
} AreaCase;

static const AreaCase area_cases[] = {
  /* 3000 × 2000 = 6 000 000 mm², twice that. */
  { "rectangle-3000x2000", &rect_3000x2000, 12000000 },
  { "rectangle-clockwise", &rect_3000x2000_cw, -12000000 },
  { "rectangle-far-from-origin", &rect_far, 12000000 },
  /* 2 000 000² mm² = 4 × 10¹² mm². */
  { "rectangle-at-limit", &rect_at_limit, G_GINT64_CONSTANT (8000000000000) },
  /* 3 × 1 / 2 = 1.5 mm². */
  { "triangle-half-mm", &tri_odd, 3 },
  /* 1001² / 2 = 501 000.5 mm². */
  { "triangle-1001", &tri_1001, 1002001 },
  { "triangle-3-4-5", &tri_345, 12000000 },
  /* 4000 × 1000 + 1000 × 2000 = 6 000 000 mm². */
  { "l-shape", &l_shape, 12000000 },
  { "l-shape-clockwise", &l_shape_cw, -12000000 },
  /* 3000² − 1000 × 2000 = 7 000 000 mm². */
  { "u-shape", &u_shape, 14000000 },
  /* 1500 × 3000 = 4 500 000 mm². */
  { "rotated-rectangle", &rotated_1500x3000, 9000000 },
  { "collinear", &collinear, 0 },
};

static void
test_area (gconstpointer data)
{
  const AreaCase *c = data;
  g_autoptr(HearthPolygon) polygon = shape_new (c->shape);
  gint64 expected_area2 = c->signed_area2 < 0 ? -c->signed_area2 : c->signed_area2;

  g_assert_cmpint (hearth_polygon_get_signed_area2 (polygon), ==, c->signed_area2);
  g_assert_cmpint (hearth_polygon_get_area2 (polygon), ==, expected_area2);
}

/* ------------------------------------------------------------------------- */
/* Perimeter and centroid                                                    */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char  *name;
  const Shape *shape;
  double       perimeter;
} PerimeterCase;

static const PerimeterCase perimeter_cases[] = {
  { "rectangle", &rect_3000x2000, 10000.0 },
  { "rectangle-clockwise", &rect_3000x2000_cw, 10000.0 },
  { "triangle-3-4-5", &tri_345, 12000.0 },
  /* 4000 + 1000 + 3000 + 2000 + 1000 + 3000 */
  { "l-shape", &l_shape, 14000.0 },
  /* 3000 + 3000 + 1000 + 2000 + 1000 + 2000 + 1000 + 3000 */
  { "u-shape", &u_shape, 16000.0 },
  { "rotated-rectangle", &rotated_1500x3000, 9000.0 },
  { "rectangle-at-limit", &rect_at_limit, 8000000.0 },
};

static void
test_perimeter (gconstpointer data)
{
  const PerimeterCase *c = data;
  g_autoptr(HearthPolygon) polygon = shape_new (c->shape);

  g_assert_cmpfloat_with_epsilon (hearth_polygon_get_perimeter (polygon), c->perimeter, 1e-6);
}

typedef struct
{
  const char  *name;
  const Shape *shape;
  double       x, y;
} CentroidCase;

static const CentroidCase centroid_cases[] = {
  { "rectangle", &rect_3000x2000, 1500.0, 1000.0 },
  { "rectangle-clockwise", &rect_3000x2000_cw, 1500.0, 1000.0 },
  { "rectangle-far-from-origin", &rect_far, -997500.0, -998000.0 },
  /* Arms of 4 m² at (2000, 500) and 2 m² at (500, 2000). */
  { "l-shape", &l_shape, 1500.0, 1000.0 },
  { "l-shape-clockwise", &l_shape_cw, 1500.0, 1000.0 },
  /* 3 m² at (1500, 500) and two 2 m² arms at (500, 2000) and (2500, 2000). */
  { "u-shape", &u_shape, 1500.0, 9500.0 / 7.0 },
  { "triangle", &tri_345, 4000.0 / 3.0, 1000.0 },
  { "rotated-rectangle", &rotated_1500x3000, 300.0, 1650.0 },
  /* No area: the mean of the corners, not the middle of the extent. */
  { "collinear", &collinear, 2000.0, 0.0 },
};

static void
test_centroid (gconstpointer data)
{
  const CentroidCase *c = data;
  g_autoptr(HearthPolygon) polygon = shape_new (c->shape);
  double x = G_MAXDOUBLE, y = G_MAXDOUBLE;

  hearth_polygon_get_centroid (polygon, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, c->x, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, c->y, 1e-6);
}

/* ------------------------------------------------------------------------- */
/* Minimum width                                                             */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char  *name;
  const Shape *shape;
  double       width;
} WidthCase;

static const WidthCase width_cases[] = {
  { "rectangle", &rect_3000x2000, 2000.0 },
  { "rectangle-clockwise", &rect_3000x2000_cw, 2000.0 },
  { "rotated-rectangle", &rotated_1500x3000, 1500.0 },
  { "rotated-2150", &rotated_2150x5000, 2150.0 },
  /* The smallest altitude: 2 × 6 m² / 5 m. */
  { "triangle-3-4-5", &tri_345, 2400.0 },
  /* The hull is the L with its notch filled; its narrowest way is 3 m. */
  { "l-shape", &l_shape, 3000.0 },
  /* Hull edge (3000, 1000)–(1000, 3000) against the corner (0, 0). */
  { "l-shape-diagonal", &l_diagonal, 2000.0 * G_SQRT2 },
  { "u-shape", &u_shape, 3000.0 },
  { "rectangle-at-limit", &rect_at_limit, 2000000.0 },
  { "collinear", &collinear, 0.0 },
};

static void
test_min_width (gconstpointer data)
{
  const WidthCase *c = data;
  g_autoptr(HearthPolygon) polygon = shape_new (c->shape);

  g_assert_cmpfloat_with_epsilon (hearth_polygon_get_min_width (polygon), c->width, 1e-6);
}

typedef struct
{
  const char *name;
  Room        room;
  gint64      width_mm;
  gboolean    expected;
} WidthAtLeastCase;

static const WidthAtLeastCase width_at_least_cases[] = {
  /* Rooms 1 mm either side of the 2.15 m, 2.55 m and 2.75 m widths. */
  { "2149-vs-2150", { NULL, 0, 0, 2149, 4000 }, 2150, FALSE },
  { "2150-vs-2150", { NULL, 0, 0, 2150, 4000 }, 2150, TRUE },
  { "2151-vs-2150", { NULL, 0, 0, 2151, 4000 }, 2150, TRUE },
  { "2149-tall-vs-2150", { NULL, 500, 500, 4000, 2149 }, 2150, FALSE },
  { "2150-tall-vs-2150", { NULL, 500, 500, 4000, 2150 }, 2150, TRUE },
  { "2549-vs-2550", { NULL, 0, 0, 2549, 4000 }, 2550, FALSE },
  { "2550-vs-2550", { NULL, 0, 0, 2550, 4000 }, 2550, TRUE },
  { "2551-vs-2550", { NULL, 0, 0, 2551, 4000 }, 2550, TRUE },
  { "2749-vs-2750", { NULL, 0, 0, 2749, 4000 }, 2750, FALSE },
  { "2750-vs-2750", { NULL, 0, 0, 2750, 4000 }, 2750, TRUE },
  { "2751-vs-2750", { NULL, 0, 0, 2751, 4000 }, 2750, TRUE },
  { "2750-square-vs-2750", { NULL, -2750, -2750, 2750, 2750 }, 2750, TRUE },
  { "2750-square-vs-2751", { NULL, -2750, -2750, 2750, 2750 }, 2751, FALSE },
  /* At an angle the width is a square root; the test stays exact. */
  { "rotated-2150-vs-2149", { &rotated_2150x5000 }, 2149, TRUE },
  { "rotated-2150-vs-2150", { &rotated_2150x5000 }, 2150, TRUE },
  { "rotated-2150-vs-2151", { &rotated_2150x5000 }, 2151, FALSE },
  { "rotated-2145-vs-2150", { &rotated_2145x5000 }, 2150, FALSE },
  { "triangle-2400-vs-2400", { &tri_345 }, 2400, TRUE },
  { "triangle-2400-vs-2401", { &tri_345 }, 2401, FALSE },
  /* 2000√2 = 2828.43 */
  { "l-diagonal-vs-2828", { &l_diagonal }, 2828, TRUE },
  { "l-diagonal-vs-2829", { &l_diagonal }, 2829, FALSE },
  { "l-shape-vs-3000", { &l_shape }, 3000, TRUE },
  { "l-shape-vs-3001", { &l_shape }, 3001, FALSE },
  { "zero-width", { &rect_3000x2000 }, 0, TRUE },
  { "collinear-vs-1", { &collinear }, 1, FALSE },
  { "at-limit-vs-2000000", { &rect_at_limit }, 2000000, TRUE },
  { "at-limit-vs-2000001", { &rect_at_limit }, 2000001, FALSE },
  { "huge-width", { &rect_at_limit }, G_MAXINT64, FALSE },
};

static void
test_min_width_at_least (gconstpointer data)
{
  const WidthAtLeastCase *c = data;
  g_autoptr(HearthPolygon) polygon = room_new (&c->room);

  g_assert_cmpint (hearth_polygon_min_width_at_least (polygon, c->width_mm), ==, c->expected);
}

/* What a person reads must agree with the exact test above. */
static void
test_min_width_display (void)
{
  g_autoptr(HearthPolygon) wide = shape_new (&rotated_2150x5000);
  g_autoptr(HearthPolygon) narrow = shape_new (&rotated_2145x5000);
  g_autofree char *wide_text = hearth_format_length (hearth_polygon_get_min_width (wide));
  g_autofree char *narrow_text = hearth_format_length (hearth_polygon_get_min_width (narrow));

  g_assert_true (hearth_polygon_min_width_at_least (wide, 2150));
  g_assert_cmpstr (wide_text, ==, "2.15 m");
  g_assert_false (hearth_polygon_min_width_at_least (narrow, 2150));
  g_assert_cmpstr (narrow_text, ==, "2.14 m");
}

/* ------------------------------------------------------------------------- */
/* Locating points                                                           */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char          *name;
  const Shape         *shape;
  gint64               x, y;
  HearthPointLocation  expected;
} LocateCase;

#define IN HEARTH_POINT_INSIDE
#define OUT HEARTH_POINT_OUTSIDE
#define ON HEARTH_POINT_ON_BOUNDARY

static const LocateCase locate_cases[] = {
  { "rectangle-middle", &rect_3000x2000, 1500, 1000, IN },
  { "rectangle-just-inside", &rect_3000x2000, 2999, 1, IN },
  { "rectangle-clockwise-middle", &rect_3000x2000_cw, 1500, 1000, IN },
  { "rectangle-right", &rect_3000x2000, 3001, 1000, OUT },
  { "rectangle-left", &rect_3000x2000, -1, 0, OUT },
  { "rectangle-above", &rect_3000x2000, 1500, 2001, OUT },
  { "rectangle-below", &rect_3000x2000, 1500, -1, OUT },
  { "rectangle-on-right-wall", &rect_3000x2000, 3000, 1000, ON },
  { "rectangle-on-bottom-wall", &rect_3000x2000, 1500, 0, ON },
  { "rectangle-on-corner", &rect_3000x2000, 0, 0, ON },
  { "rectangle-on-far-corner", &rect_3000x2000, 3000, 2000, ON },
  { "rectangle-clockwise-on-wall", &rect_3000x2000_cw, 0, 1000, ON },
  /* Level with a wall, beyond it: a ray along the wall must not count. */
  { "rectangle-level-with-top", &rect_3000x2000, -500, 2000, OUT },
  { "rectangle-level-with-bottom", &rect_3000x2000, 3500, 0, OUT },
  { "l-in-arm", &l_shape, 500, 2000, IN },
  { "l-in-notch", &l_shape, 2000, 2000, OUT },
  { "l-on-inner-wall", &l_shape, 1000, 2000, ON },
  { "l-on-inner-corner", &l_shape, 1000, 1000, ON },
  { "l-on-notch-floor", &l_shape, 2500, 1000, ON },
  { "l-level-with-notch-floor", &l_shape, 500, 1000, IN },
  { "l-left-level-with-notch-floor", &l_shape, -500, 1000, OUT },
  { "l-clockwise-in-notch", &l_shape_cw, 2000, 2000, OUT },
  { "l-clockwise-in-arm", &l_shape_cw, 3000, 500, IN },
  { "u-in-notch", &u_shape, 1500, 2000, OUT },
  { "u-across-notch-mouth", &u_shape, 1500, 3000, OUT },
  { "u-in-base", &u_shape, 1500, 500, IN },
  { "u-in-left-arm", &u_shape, 500, 2500, IN },
  { "u-in-right-arm", &u_shape, 2500, 2500, IN },
  { "u-on-notch-floor", &u_shape, 1500, 1000, ON },
  { "u-on-arm-top", &u_shape, 2500, 3000, ON },
  { "triangle-on-hypotenuse", &tri_345, 2000, 1500, ON },
  { "triangle-beyond-hypotenuse", &tri_345, 2000, 1501, OUT },
  { "triangle-before-hypotenuse", &tri_345, 2000, 1499, IN },
  { "rotated-inside", &rotated_1500x3000, 300, 1650, IN },
  { "rotated-on-wall", &rotated_1500x3000, 900, 1200, ON },
  { "rotated-outside-bounding-box-corner", &rotated_1500x3000, 1700, 3200, OUT },
};

static void
test_locate_point (gconstpointer data)
{
  const LocateCase *c = data;
  g_autoptr(HearthPolygon) polygon = shape_new (c->shape);

  g_assert_cmpint (hearth_polygon_locate_point (polygon, c->x, c->y), ==, c->expected);
}

/* ------------------------------------------------------------------------- */
/* Validation                                                                */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char  *name;
  const Shape *shape;
} ValidCase;

static const ValidCase valid_cases[] = {
  { "rectangle", &rect_3000x2000 },
  { "rectangle-clockwise", &rect_3000x2000_cw },
  { "rectangle-at-limit", &rect_at_limit },
  { "triangle-half-mm", &tri_odd },
  { "triangle-3-4-5", &tri_345 },
  { "l-shape", &l_shape },
  { "l-shape-clockwise", &l_shape_cw },
  { "u-shape", &u_shape },
  { "rotated-rectangle", &rotated_1500x3000 },
  { "notched", &notched },
};

static void
test_validate_ok (gconstpointer data)
{
  const ValidCase *c = data;
  g_autoptr(HearthPolygon) polygon = shape_new (c->shape);
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_polygon_validate (polygon, &error));
  g_assert_no_error (error);
}

SHAPE (one_corner, { 0, 0 });
SHAPE (two_corners, { 0, 0 }, { 1000, 0 });
SHAPE (corner_3_far_east, { 0, 0 }, { 1000, 0 }, { 1000001, 1000 }, { 0, 1000 });
SHAPE (corner_4_far_south, { 0, 0 }, { 1000, 0 }, { 1000, 1000 }, { 0, -1000001 });
SHAPE (corner_2_hostile, { 0, 0 }, { G_MAXINT64, G_MININT64 }, { 0, 1000 });
SHAPE (collinear_back_and_forth, { 0, 0 }, { 5000, 0 }, { 2000, 0 }, { 1000, 0 });
/* Walls 1→2 and 3→4 cross in the middle. */
SHAPE (bow_tie, { 0, 0 }, { 2000, 2000 }, { 2000, 0 }, { 0, 2000 });
/* Wall 4→5 runs back across wall 2→3. */
SHAPE (crossing_hexagon, { 0, 0 }, { 4000, 0 }, { 4000, 2000 }, { 5000, 1000 },
                         { 3000, 1000 }, { 0, 2000 });
/* Corner 5 is the tip of a notch that reaches down to the bottom wall. */
SHAPE (pinched_to_wall, { 0, 0 }, { 4000, 0 }, { 4000, 3000 }, { 2500, 3000 },
                        { 2000, 0 }, { 1500, 3000 }, { 0, 3000 });
/* The same, traced from the tip, so that corner 1 is at fault. */
SHAPE (pinched_from_tip, { 2000, 0 }, { 1500, 3000 }, { 0, 3000 }, { 0, 0 },
                         { 4000, 0 }, { 4000, 3000 }, { 2500, 3000 });
SHAPE (repeated_corner, { 0, 0 }, { 1000, 0 }, { 1000, 0 }, { 1000, 1000 }, { 0, 1000 });
/* A figure of eight: corners 3 and 6 are the same point. */
SHAPE (figure_of_eight, { 0, 0 }, { 2000, 0 }, { 1000, 1000 }, { 2000, 2000 },
                        { 0, 2000 }, { 1000, 1000 });
/* The wall from corner 3 goes straight back down the wall into it. */
SHAPE (spike, { 0, 0 }, { 3000, 0 }, { 3000, 2000 }, { 3000, 1000 }, { 0, 2000 });

typedef struct
{
  const char          *name;
  const Shape         *shape;
  HearthGeometryError  code;
  guint                corners[4];  /* numbers the message must name, 0-ended */
} InvalidCase;

static const InvalidCase invalid_cases[] = {
  { "no-corners", NULL, HEARTH_GEOMETRY_ERROR_TOO_FEW_VERTICES, { 0 } },
  { "one-corner", &one_corner, HEARTH_GEOMETRY_ERROR_TOO_FEW_VERTICES, { 1 } },
  { "two-corners", &two_corners, HEARTH_GEOMETRY_ERROR_TOO_FEW_VERTICES, { 2 } },
  { "out-of-range-x", &corner_3_far_east, HEARTH_GEOMETRY_ERROR_OUT_OF_RANGE, { 3 } },
  { "out-of-range-y", &corner_4_far_south, HEARTH_GEOMETRY_ERROR_OUT_OF_RANGE, { 4 } },
  { "out-of-range-hostile", &corner_2_hostile, HEARTH_GEOMETRY_ERROR_OUT_OF_RANGE, { 2 } },
  { "collinear", &collinear, HEARTH_GEOMETRY_ERROR_ZERO_AREA, { 0 } },
  { "collinear-back-and-forth", &collinear_back_and_forth, HEARTH_GEOMETRY_ERROR_ZERO_AREA, { 0 } },
  { "bow-tie", &bow_tie, HEARTH_GEOMETRY_ERROR_SELF_INTERSECTING, { 1, 3 } },
  { "crossing-walls", &crossing_hexagon, HEARTH_GEOMETRY_ERROR_SELF_INTERSECTING, { 2, 4 } },
  { "touching-walls", &pinched_to_wall, HEARTH_GEOMETRY_ERROR_SELF_INTERSECTING, { 5, 1, 2 } },
  { "touching-walls-at-first-corner", &pinched_from_tip, HEARTH_GEOMETRY_ERROR_SELF_INTERSECTING, { 1, 4, 5 } },
  { "repeated-corner", &repeated_corner, HEARTH_GEOMETRY_ERROR_SELF_INTERSECTING, { 2, 3 } },
  { "figure-of-eight", &figure_of_eight, HEARTH_GEOMETRY_ERROR_SELF_INTERSECTING, { 3, 6 } },
  { "spike", &spike, HEARTH_GEOMETRY_ERROR_SELF_INTERSECTING, { 3 } },
};

static gboolean
message_names_number (const char *message,
                      guint       number)
{
  g_autofree char *pattern = g_strdup_printf ("\\b%u\\b", number);

  return g_regex_match_simple (pattern, message, 0, 0);
}

static void
test_validate_error (gconstpointer data)
{
  const InvalidCase *c = data;
  g_autoptr(HearthPolygon) polygon = NULL;
  g_autoptr(GError) error = NULL;

  if (c->shape != NULL)
    polygon = shape_new (c->shape);
  else
    polygon = hearth_polygon_new (NULL, 0);

  g_assert_false (hearth_polygon_validate (polygon, &error));
  g_assert_error (error, HEARTH_GEOMETRY_ERROR, (int) c->code);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (c->corners) && c->corners[i] != 0; i++)
    {
      if (!message_names_number (error->message, c->corners[i]))
        g_error ("“%s” does not name %u", error->message, c->corners[i]);
    }
}

/* The wording people read, for the cases worded in the design. */
static void
test_validate_messages (void)
{
  struct {
    const Shape *shape;
    const char  *message;
  } cases[] = {
    { &two_corners, "The room has only 2 corners; it needs at least 3" },
    { &one_corner, "The room has only 1 corner; it needs at least 3" },
    { &corner_3_far_east, "Corner 3 is more than 1 km from the origin" },
    { &bow_tie, "The walls from corner 1 and corner 3 cross" },
    { &crossing_hexagon, "The walls from corner 2 and corner 4 cross" },
    { &pinched_to_wall, "Corner 5 touches the wall between corners 1 and 2" },
    { &pinched_from_tip, "Corner 1 touches the wall between corners 4 and 5" },
    { &repeated_corner, "Corners 2 and 3 are in the same place" },
    { &spike, "The walls either side of corner 3 fold back over each other" },
    { &collinear, "The room has no area: all its corners are in a line" },
    { &figure_of_eight, "Corners 3 and 6 are in the same place" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HearthPolygon) polygon = shape_new (cases[i].shape);
      g_autoptr(GError) error = NULL;

      g_assert_false (hearth_polygon_validate (polygon, &error));
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_validate_no_error_location (void)
{
  g_autoptr(HearthPolygon) bad = shape_new (&bow_tie);
  g_autoptr(HearthPolygon) good = shape_new (&l_shape);

  /* Callers may ask only for the verdict. */
  g_assert_false (hearth_polygon_validate (bad, NULL));
  g_assert_true (hearth_polygon_validate (good, NULL));
}

/* A hostile file's coordinates must not crash or overflow anything before
 * validation turns them away. */
static void
test_hostile_coordinates (void)
{
  const HearthPoint points[] = {
    { G_MININT64, G_MININT64 }, { G_MAXINT64, G_MININT64 },
    { G_MAXINT64, G_MAXINT64 }, { G_MININT64, G_MAXINT64 },
  };
  g_autoptr(HearthPolygon) huge = hearth_polygon_new (points, G_N_ELEMENTS (points));
  g_autoptr(HearthPolygon) room = shape_new (&rect_3000x2000);
  g_autoptr(GError) error = NULL;
  double x, y;

  g_assert_false (hearth_polygon_validate (huge, &error));
  g_assert_error (error, HEARTH_GEOMETRY_ERROR, HEARTH_GEOMETRY_ERROR_OUT_OF_RANGE);

  g_assert_cmpint (hearth_polygon_get_area2 (huge), >, 0);
  g_assert_cmpfloat (hearth_polygon_get_perimeter (huge), >, 0.0);
  g_assert_cmpfloat (hearth_polygon_get_min_width (huge), >, 0.0);
  hearth_polygon_get_centroid (huge, &x, &y);
  g_assert_true (isfinite (x) && isfinite (y));
  (void) hearth_polygon_min_width_at_least (huge, G_MAXINT64);
  (void) hearth_polygon_locate_point (huge, G_MAXINT64, G_MININT64);
  (void) hearth_polygon_locate_point (room, G_MAXINT64, G_MININT64);
  (void) hearth_polygon_contains_polygon (huge, room);
  (void) hearth_polygon_contains_polygon (room, huge);
  (void) hearth_polygons_overlap (huge, room);
}

/* ------------------------------------------------------------------------- */
/* Containment                                                               */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  Room        outer;
  Room        inner;
  gboolean    expected;
} ContainsCase;

#define ROOM_4000x3000 { NULL, 0, 0, 4000, 3000 }

static const ContainsCase contains_cases[] = {
  { "zone-inside", ROOM_4000x3000, { NULL, 1000, 1000, 1000, 1000 }, TRUE },
  { "zone-sharing-wall", ROOM_4000x3000, { NULL, 0, 0, 1000, 3000 }, TRUE },
  { "zone-in-corner", ROOM_4000x3000, { NULL, 3000, 2000, 1000, 1000 }, TRUE },
  { "zone-is-room", ROOM_4000x3000, ROOM_4000x3000, TRUE },
  { "zone-clockwise-sharing-walls", ROOM_4000x3000, { &rect_3000x2000_cw }, TRUE },
  { "zone-poking-out", ROOM_4000x3000, { NULL, 3500, 1000, 1000, 1000 }, FALSE },
  { "zone-next-door", ROOM_4000x3000, { NULL, 4000, 0, 1000, 1000 }, FALSE },
  { "zone-around-room", ROOM_4000x3000, { NULL, -1000, -1000, 6000, 5000 }, FALSE },
  { "l-zone-lower-arm", { &l_shape }, { NULL, 0, 0, 4000, 1000 }, TRUE },
  { "l-zone-whole", { &l_shape }, { &l_shape_cw }, TRUE },
  { "l-zone-over-inner-corner", { &l_shape }, { NULL, 500, 500, 1000, 1000 }, FALSE },
  { "l-zone-in-notch", { &l_shape }, { NULL, 1000, 1000, 3000, 2000 }, FALSE },
  { "l-zone-over-notch", { &l_shape }, { &rect_3000x2000 }, FALSE },
  /* Every corner inside, the top wall grazing both shoulders of the notch
   * and running outside between them; its midpoint is inside. */
  { "zone-across-notch", { &notched }, { NULL, 1000, 1000, 18000, 4000 }, FALSE },
  /* Touching only the tip of the notch. */
  { "zone-below-notch", { &notched }, { NULL, 1000, 1000, 18000, 3000 }, TRUE },
  { "zone-beside-notch", { &notched }, { NULL, 8000, 1000, 11000, 4000 }, TRUE },
};

static void
test_contains (gconstpointer data)
{
  const ContainsCase *c = data;
  g_autoptr(HearthPolygon) outer = room_new (&c->outer);
  g_autoptr(HearthPolygon) inner = room_new (&c->inner);

  g_assert_cmpint (hearth_polygon_contains_polygon (outer, inner), ==, c->expected);
}

/* ------------------------------------------------------------------------- */
/* Overlap                                                                   */
/* ------------------------------------------------------------------------- */

SHAPE (rect_4000x3000_turned, { 4000, 3000 }, { 4000, 0 }, { 0, 0 }, { 0, 3000 });
SHAPE (diamond_on_wall, { 2000, -1000 }, { 3000, 0 }, { 2000, 1000 }, { 1000, 0 });
SHAPE (diamond_below_wall, { 2000, -2000 }, { 3000, -1000 }, { 2000, 0 }, { 1000, -1000 });

typedef struct
{
  const char *name;
  Room        a;
  Room        b;
  gboolean    expected;
} OverlapCase;

static const OverlapCase overlap_cases[] = {
  { "shared-wall", ROOM_4000x3000, { NULL, 4000, 0, 3000, 3000 }, FALSE },
  { "shared-part-of-wall", ROOM_4000x3000, { NULL, 4000, 1000, 2000, 1000 }, FALSE },
  { "shared-corner", ROOM_4000x3000, { NULL, 4000, 3000, 1000, 1000 }, FALSE },
  { "apart", ROOM_4000x3000, { NULL, 5000, 0, 1000, 1000 }, FALSE },
  { "diamond-touching-wall", ROOM_4000x3000, { &diamond_below_wall }, FALSE },
  { "l-and-its-notch", { &l_shape }, { NULL, 1000, 1000, 3000, 2000 }, FALSE },
  { "l-and-room-in-notch", { &l_shape }, { NULL, 2000, 2000, 1000, 500 }, FALSE },
  /* Shifted along the same line: no corner of either is inside the other. */
  { "shifted-sideways", ROOM_4000x3000, { NULL, 2000, 0, 4000, 3000 }, TRUE },
  { "shifted-diagonally", ROOM_4000x3000, { NULL, 2000, 1000, 4000, 3000 }, TRUE },
  { "shifted-by-1mm", ROOM_4000x3000, { NULL, 3999, 0, 3000, 3000 }, TRUE },
  { "one-inside", ROOM_4000x3000, { NULL, 1000, 1000, 1000, 1000 }, TRUE },
  { "one-inside-sharing-walls", ROOM_4000x3000, { NULL, 0, 0, 1000, 3000 }, TRUE },
  { "identical", ROOM_4000x3000, ROOM_4000x3000, TRUE },
  { "identical-traced-otherwise", ROOM_4000x3000, { &rect_4000x3000_turned }, TRUE },
  { "crossing", ROOM_4000x3000, { NULL, 1000, -1000, 1000, 5000 }, TRUE },
  { "diamond-across-wall", ROOM_4000x3000, { &diamond_on_wall }, TRUE },
  { "l-and-room-over-inner-corner", { &l_shape }, { NULL, 500, 500, 1000, 1000 }, TRUE },
};

static void
test_overlap (gconstpointer data)
{
  const OverlapCase *c = data;
  g_autoptr(HearthPolygon) a = room_new (&c->a);
  g_autoptr(HearthPolygon) b = room_new (&c->b);

  g_assert_cmpint (hearth_polygons_overlap (a, b), ==, c->expected);
  g_assert_cmpint (hearth_polygons_overlap (b, a), ==, c->expected);
}

/* ------------------------------------------------------------------------- */

/* ADD_CASES comes from hearth-test-utils.h */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/geometry/polygon/rectangle-points", test_rectangle_points);
  g_test_add_func ("/geometry/polygon/copy-equal", test_copy_equal);
  g_test_add_func ("/geometry/polygon/new-copies-points", test_new_copies_points);
  g_test_add_func ("/geometry/polygon/bounds", test_bounds);

  ADD_CASES ("/geometry/area", area_cases, test_area);
  ADD_CASES ("/geometry/perimeter", perimeter_cases, test_perimeter);
  ADD_CASES ("/geometry/centroid", centroid_cases, test_centroid);
  ADD_CASES ("/geometry/min-width", width_cases, test_min_width);
  ADD_CASES ("/geometry/min-width-at-least", width_at_least_cases, test_min_width_at_least);
  g_test_add_func ("/geometry/min-width-display", test_min_width_display);
  ADD_CASES ("/geometry/locate", locate_cases, test_locate_point);
  ADD_CASES ("/geometry/validate/ok", valid_cases, test_validate_ok);
  ADD_CASES ("/geometry/validate/error", invalid_cases, test_validate_error);
  g_test_add_func ("/geometry/validate/messages", test_validate_messages);
  g_test_add_func ("/geometry/validate/no-error-location", test_validate_no_error_location);
  g_test_add_func ("/geometry/validate/hostile", test_hostile_coordinates);
  ADD_CASES ("/geometry/contains", contains_cases, test_contains);
  ADD_CASES ("/geometry/overlap", overlap_cases, test_overlap);

  return g_test_run ();
}
