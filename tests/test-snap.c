/* test-snap.c: snapping to rooms and the grid, fixing lengths, reading them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected point and length is worked out by hand in the comments;
 * nothing is computed by the code under test. 1 ft = 304.8 mm and
 * 1 in = 25.4 mm exactly.
 */

#include <gio/gio.h>
#include <string.h>

#include "hearth-snap.h"
#include "hearth-test-utils.h"

static HearthRoom *
room_new_rectangle (const char *id,
                    gint64      x,
                    gint64      y,
                    gint64      width,
                    gint64      height)
{
  return hearth_room_new (id, id, HEARTH_ROOM_USE_UNKNOWN,
                          hearth_polygon_new_rectangle (x, y, width, height));
}

static HearthRoom *
room_new_triangle (const char *id,
                   HearthPoint a,
                   HearthPoint b,
                   HearthPoint c)
{
  HearthPoint points[] = { a, b, c };

  return hearth_room_new (id, id, HEARTH_ROOM_USE_UNKNOWN,
                          hearth_polygon_new (points, G_N_ELEMENTS (points)));
}

static void
floor_take_room (HearthFloor *floor,
                 HearthRoom  *room)
{
  hearth_floor_add_room (floor, room);
  g_object_unref (room);
}

/* ------------------------------------------------------------------------- */
/* Snapping to rooms                                                         */
/* ------------------------------------------------------------------------- */

/* The fixture floor:
 *   "a"       (0, 0) to (4000, 3000)
 *   "b"       (4000, 0) to (7000, 3000): shares the wall x = 4000 with "a"
 *   "dragged" (10000, 0) to (12000, 2000)
 *   "tri"     (20000, 0), (23000, 0), (20000, 3000): a diagonal wall on
 *             x + y = 23000
 *   "small"   (30000, 0) to (30060, 60): corners in the order (30000, 0),
 *             (30060, 0), (30060, 60), (30000, 60)
 */
static HearthFloor *
fixture_floor_new (HearthRoom **dragged)
{
  HearthFloor *floor = hearth_floor_new ("ground", "Ground floor", 0);

  floor_take_room (floor, room_new_rectangle ("a", 0, 0, 4000, 3000));
  floor_take_room (floor, room_new_rectangle ("b", 4000, 0, 3000, 3000));
  *dragged = room_new_rectangle ("dragged", 10000, 0, 2000, 2000);
  floor_take_room (floor, *dragged);
  floor_take_room (floor, room_new_triangle ("tri",
                                             (HearthPoint) { 20000, 0 },
                                             (HearthPoint) { 23000, 0 },
                                             (HearthPoint) { 20000, 3000 }));
  floor_take_room (floor, room_new_rectangle ("small", 30000, 0, 60, 60));
  return floor;
}

typedef struct
{
  const char     *name;
  double          x, y;
  gboolean        ignore_dragged;
  gboolean        to_grid;
  gboolean        to_rooms;
  double          tolerance;
  HearthSnapKind  kind;
  gint64          out_x, out_y;
} SnapCase;

/* Tolerance 100 mm and a 100 mm grid unless a row says otherwise. */
static const SnapCase snap_cases[] = {
  /* Corner (0, 0) is √(50² + 30²) ≈ 58 away, the wall y = 0 only 30: the
   * corner still wins. */
  { "corner-beats-wall", 50, 30, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_CORNER, 0, 0 },
  /* The wall y = 0 is 60 away at (2030.4, 0), rounded to (2030, 0); the
   * grid point (2000, 100) is nearer but the wall wins. */
  { "wall-beats-grid", 2030.4, 60, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_WALL, 2030, 0 },
  /* Nothing within 100 (the wall y = 0 is 160 away): the grid. */
  { "grid", 2030, 160, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_GRID, 2000, 200 },
  /* Neither: round to the mm, halves away from zero. */
  { "no-grid", 2030.5, 160.5, FALSE, FALSE, TRUE, 100, HEARTH_SNAP_NONE, 2031, 161 },
  /* Rooms off: the corner (0, 0), 50 away, is not taken. */
  { "rooms-off", 40, 30, FALSE, TRUE, FALSE, 100, HEARTH_SNAP_GRID, 0, 0 },
  { "nothing", 2030.4, 160.6, FALSE, FALSE, FALSE, 100, HEARTH_SNAP_NONE, 2030, 161 },
  /* Corner (0, 3000): √(60² + 80²) = 100 exactly, within. */
  { "corner-edge-inside", -60, 3080, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_CORNER, 0, 3000 },
  /* √(60² + 81²) = √10161 ≈ 100.8; the nearest wall points are the same
   * corner, so nothing is within: the grid, (−100, 3100). */
  { "corner-edge-outside", -60, 3081, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_GRID, -100, 3100 },
  /* The wall y = 0, 100 below it exactly: within. */
  { "wall-edge-inside", 2000, -100, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_WALL, 2000, 0 },
  /* 100.5 below: outside; the grid rounds −100.5 to −100. */
  { "wall-edge-outside", 2000, -100.5, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_GRID, 2000, -100 },
  /* The wall both "a" and "b" have, x = 4000: 37.6 away, at y = 1234.4. */
  { "shared-wall", 4037.6, 1234.4, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_WALL, 4000, 1234 },
  /* From inside "a": 49.8 away, at y = 2222.7, rounded to 2223. */
  { "shared-wall-other-side", 3950.2, 2222.7, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_WALL, 4000, 2223 },
  /* The corner both have, (4000, 3000): √(10² + 10²) ≈ 14. */
  { "shared-corner", 4010, 2990, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_CORNER, 4000, 3000 },
  /* The dragged room's wall x = 10000 is 30 away … */
  { "dragged-wall", 10030, 1040, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_WALL, 10000, 1040 },
  /* … but not when it is ignored: the grid. */
  { "ignored-wall", 10030, 1040, TRUE, TRUE, TRUE, 100, HEARTH_SNAP_GRID, 10000, 1000 },
  /* Its corner (12000, 2000), √(40² + 40²) ≈ 57 away, likewise. */
  { "dragged-corner", 12040, 1960, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_CORNER, 12000, 2000 },
  { "ignored-corner", 12040, 1960, TRUE, TRUE, TRUE, 100, HEARTH_SNAP_GRID, 12000, 2000 },
  /* Ignoring one room leaves the others: corner (0, 0) as before. */
  { "ignored-others-kept", 50, 30, TRUE, TRUE, TRUE, 100, HEARTH_SNAP_CORNER, 0, 0 },
  /* The diagonal x + y = 23000: (21550, 1550) is 100 / √2 ≈ 71 from it;
   * its foot is (21500, 1500), halfway along (t = 9·10⁶ / 1.8·10⁷ = ½). */
  { "diagonal-wall", 21550, 1550, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_WALL, 21500, 1500 },
  /* (21000, 2100): x + y = 23100, again ≈ 71 away; the foot is
   * (21000 − 50, 2100 − 50) = (20950, 2050). */
  { "diagonal-wall-2", 21000, 2100, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_WALL, 20950, 2050 },
  /* Four corners within 100 of (30040, 10): (30000, 0) at √1700 ≈ 41,
   * (30060, 0) at √500 ≈ 22, (30060, 60) at √2900 ≈ 54, (30000, 60) at
   * √4100 ≈ 64. The nearest wins. */
  { "nearest-corner", 30040, 10, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_CORNER, 30060, 0 },
  /* (30030, 0) is 30 from both (30000, 0) and (30060, 0): the first in
   * floor order, vertex 1. */
  { "corner-tie", 30030, 0, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_CORNER, 30000, 0 },
  /* (30030, 60) is 30 from (30060, 60), vertex 3, and (30000, 60), vertex
   * 4: vertex 3, though it is the one further right. */
  { "corner-tie-order", 30030, 60, FALSE, TRUE, TRUE, 100, HEARTH_SNAP_CORNER, 30060, 60 },
  /* A tolerance of 0 still takes a corner exactly under the pointer. */
  { "tolerance-zero-corner", 4000, 3000, FALSE, TRUE, TRUE, 0, HEARTH_SNAP_CORNER, 4000, 3000 },
  { "tolerance-zero-miss", 4000.25, 3001, FALSE, TRUE, TRUE, 0, HEARTH_SNAP_GRID, 4000, 3000 },
  /* A wide tolerance (1500, over several 100 mm cells): the corner
   * (4000, 3000) is √(1000² + 1000²) ≈ 1414 away; no other within. */
  { "wide-tolerance", 5000, 4000, FALSE, TRUE, TRUE, 1500, HEARTH_SNAP_CORNER, 4000, 3000 },
};

static void
test_snap (gconstpointer data)
{
  const SnapCase *c = data;
  HearthRoom *dragged = NULL;
  g_autoptr(HearthFloor) floor = fixture_floor_new (&dragged);
  g_autoptr(HearthSnapIndex) index = NULL;
  HearthSnapOptions options;
  HearthPoint out = { -1, -1 };

  index = hearth_snap_index_new (floor, c->ignore_dragged ? dragged : NULL, 100);

  hearth_snap_options_init (&options);
  options.to_grid = c->to_grid;
  options.to_rooms = c->to_rooms;
  options.tolerance_mm = c->tolerance;

  g_assert_cmpint (hearth_snap_point (index, &options, c->x, c->y, &out), ==, c->kind);
  g_assert_cmpint (out.x, ==, c->out_x);
  g_assert_cmpint (out.y, ==, c->out_y);
}

static void
test_snap_options_init (void)
{
  HearthSnapOptions options;

  memset (&options, 0xff, sizeof options);
  hearth_snap_options_init (&options);
  g_assert_true (options.to_grid);
  g_assert_cmpint (options.grid_step_mm, ==, 100);
  g_assert_true (options.to_rooms);
  /* 8 px at the default 0.1 px per mm */
  g_assert_cmpfloat (options.tolerance_mm, ==, 80);
}

/* The same answers whatever the cell size, including cells much smaller
 * and much larger than the tolerance. */
static void
test_snap_cell_sizes (void)
{
  static const double cell_sizes[] = { 1, 7, 50, 100, 333, 5000, 1000000 };
  HearthRoom *dragged = NULL;
  g_autoptr(HearthFloor) floor = fixture_floor_new (&dragged);
  HearthSnapOptions options;

  hearth_snap_options_init (&options);
  options.tolerance_mm = 100;

  for (guint i = 0; i < G_N_ELEMENTS (cell_sizes); i++)
    {
      g_autoptr(HearthSnapIndex) index = hearth_snap_index_new (floor, NULL, cell_sizes[i]);
      HearthPoint out;

      /* As "shared-wall", "nearest-corner" and "grid" above. */
      g_assert_cmpint (hearth_snap_point (index, &options, 4037.6, 1234.4, &out), ==, HEARTH_SNAP_WALL);
      g_assert_cmpint (out.x, ==, 4000);
      g_assert_cmpint (out.y, ==, 1234);
      g_assert_cmpint (hearth_snap_point (index, &options, 30040, 10, &out), ==, HEARTH_SNAP_CORNER);
      g_assert_cmpint (out.x, ==, 30060);
      g_assert_cmpint (out.y, ==, 0);
      g_assert_cmpint (hearth_snap_point (index, &options, 2030, 160, &out), ==, HEARTH_SNAP_GRID);
      g_assert_cmpint (out.x, ==, 2000);
      g_assert_cmpint (out.y, ==, 200);
    }
}

/* An empty floor, and no index at all: the grid only. */
static void
test_snap_no_rooms (void)
{
  g_autoptr(HearthFloor) floor = hearth_floor_new ("empty", NULL, 0);
  g_autoptr(HearthSnapIndex) index = hearth_snap_index_new (floor, NULL, 100);
  HearthSnapOptions options;
  HearthPoint out;

  hearth_snap_options_init (&options);
  g_assert_cmpint (hearth_snap_point (index, &options, 149, 151, &out), ==, HEARTH_SNAP_GRID);
  g_assert_cmpint (out.x, ==, 100);
  g_assert_cmpint (out.y, ==, 200);
  g_assert_cmpint (hearth_snap_point (NULL, &options, 149, 151, &out), ==, HEARTH_SNAP_GRID);
  g_assert_cmpint (out.x, ==, 100);
  g_assert_cmpint (out.y, ==, 200);
}

/* ------------------------------------------------------------------------- */
/* The grid                                                                  */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  double      x, y;
  gint64      step;
  gint64      out_x, out_y;
} GridCase;

static const GridCase grid_cases[] = {
  { "positive", 149.9, 150.1, 100, 100, 200 },
  /* Halves go away from zero, on both sides of it. */
  { "half-positive", 150, 250, 100, 200, 300 },
  { "half-negative", -150, -250, 100, -200, -300 },
  { "half-mixed", -50, 50, 100, -100, 100 },
  { "negative", -149.9, -50.1, 100, -100, -100 },
  { "near-zero", -49.9, 49.9, 100, 0, 0 },
  { "tiny-negative", -0.4, -0.6, 100, 0, 0 },
  /* −374.9 is 124.9 from −250 and 125.1 from −500; −375 is a half. */
  { "step-250", -374.9, -375, 250, -250, -500 },
  { "step-1000", -1, 500, 1000, 0, 1000 },
  { "step-1000-half", -500, -1500, 1000, -1000, -2000 },
  /* An odd step: −4.5 is halfway between −3 and −6. */
  { "step-3", -4.5, 4.5, 3, -6, 6 },
  { "step-3-exact", -6, 9, 3, -6, 9 },
  /* A step of 1 is rounding to the mm. */
  { "step-1", -2.5, 2.5, 1, -3, 3 },
  { "step-1-below-half", -2.49, 2.49, 1, -2, 2 },
  /* At the edge of the plan, 1 km from the origin. */
  { "far", -1000049, 999951, 100, -1000000, 1000000 },
  { "far-half", -1000050, 1000050, 100, -1000100, 1000100 },
};

static void
test_grid (gconstpointer data)
{
  const GridCase *c = data;
  HearthSnapOptions options;
  HearthPoint out = { -7, -7 };

  hearth_snap_options_init (&options);
  options.grid_step_mm = c->step;
  g_assert_cmpint (hearth_snap_point (NULL, &options, c->x, c->y, &out), ==, HEARTH_SNAP_GRID);
  g_assert_cmpint (out.x, ==, c->out_x);
  g_assert_cmpint (out.y, ==, c->out_y);
}

/* ------------------------------------------------------------------------- */
/* Many rooms                                                                */
/* ------------------------------------------------------------------------- */

/* 500 rooms of 1 × 1 m, 20 m apart from (100 m, 100 m): room k at
 * x = 100000 + 20000 (k mod 25), y = 100000 + 20000 ⌊k / 25⌋; and one more,
 * "near", at (0, 0) to (1000, 1000). This checks answers only; that a
 * lookup reads only the cells near the pointer is by construction (see
 * search_index() in hearth-snap.c) and is not timed here. */
static HearthFloor *
many_rooms_floor_new (void)
{
  HearthFloor *floor = hearth_floor_new ("big", NULL, 0);

  for (guint k = 0; k < 500; k++)
    {
      g_autofree char *id = g_strdup_printf ("room-%u", k);

      floor_take_room (floor, room_new_rectangle (id,
                                                  100000 + 20000 * (k % 25),
                                                  100000 + 20000 * (k / 25),
                                                  1000, 1000));
    }
  floor_take_room (floor, room_new_rectangle ("near", 0, 0, 1000, 1000));
  return floor;
}

typedef struct
{
  const char     *name;
  double          tolerance;
  double          x, y;
  HearthSnapKind  kind;
  gint64          out_x, out_y;
} ManyCase;

static const ManyCase many_cases[] = {
  /* Near "near": its corner (1000, 1000) is √(40² + 30²) = 50 away. */
  { "near-corner", 100, 1040, 1030, HEARTH_SNAP_CORNER, 1000, 1000 },
  { "near-wall", 100, 500, -60, HEARTH_SNAP_WALL, 500, 0 },
  { "between", 100, 5000, 5020, HEARTH_SNAP_GRID, 5000, 5000 },
  /* Room 137: 137 mod 25 = 12, ⌊137 / 25⌋ = 5, so (340000, 200000) to
   * (341000, 201000). */
  { "room-137-corner", 100, 340020, 199990, HEARTH_SNAP_CORNER, 340000, 200000 },
  { "room-137-wall", 100, 341030, 200500.4, HEARTH_SNAP_WALL, 341000, 200500 },
  /* Room 499: (580000, 480000) to (581000, 481000). */
  { "room-499-corner", 100, 581050, 481050, HEARTH_SNAP_CORNER, 581000, 481000 },
  /* Halfway between rooms 137 and 138 and the row above. */
  { "between-far", 100, 350520, 210480, HEARTH_SNAP_GRID, 350500, 210500 },
  /* Room 0's corner (100000, 100000) is √(300² + 200²) ≈ 361 away. */
  { "tolerance-500", 500, 99700, 99800, HEARTH_SNAP_CORNER, 100000, 100000 },
  /* A tolerance spanning more cells than the index holds: still only
   * what is within it. Room 0's corner is √(1000² + 1000²) ≈ 1414 away;
   * "near" is over 138 m away. */
  { "tolerance-15000", 15000, 99000, 99000, HEARTH_SNAP_CORNER, 100000, 100000 },
  { "tolerance-15000-near", 15000, 1040, 1030, HEARTH_SNAP_CORNER, 1000, 1000 },
};

static void
test_many_rooms (gconstpointer data)
{
  const ManyCase *c = data;
  g_autoptr(HearthFloor) floor = many_rooms_floor_new ();
  g_autoptr(HearthSnapIndex) index = hearth_snap_index_new (floor, NULL, 100);
  HearthSnapOptions options;
  HearthPoint out;

  hearth_snap_options_init (&options);
  options.tolerance_mm = c->tolerance;
  g_assert_cmpint (hearth_snap_point (index, &options, c->x, c->y, &out), ==, c->kind);
  g_assert_cmpint (out.x, ==, c->out_x);
  g_assert_cmpint (out.y, ==, c->out_y);
}

/* A wall 1.8 km long at a 10 mm cell would cover 180 001² cells: the index
 * coarsens instead, and snapping still works. */
static void
test_long_walls (void)
{
  g_autoptr(HearthFloor) floor = hearth_floor_new ("odd", NULL, 0);
  g_autoptr(HearthSnapIndex) index = NULL;
  HearthSnapOptions options;
  HearthPoint out;

  floor_take_room (floor, room_new_triangle ("huge",
                                             (HearthPoint) { -900000, -900000 },
                                             (HearthPoint) { 900000, -900000 },
                                             (HearthPoint) { 900000, 900000 }));
  floor_take_room (floor, room_new_rectangle ("inside", 50000, 0, 1000, 1000));
  index = hearth_snap_index_new (floor, NULL, 10);

  hearth_snap_options_init (&options);
  options.tolerance_mm = 100;

  /* The diagonal y = x: (0, 30) is 30 / √2 ≈ 21 away, foot (15, 15). */
  g_assert_cmpint (hearth_snap_point (index, &options, 0, 30, &out), ==, HEARTH_SNAP_WALL);
  g_assert_cmpint (out.x, ==, 15);
  g_assert_cmpint (out.y, ==, 15);
  /* The bottom y = −900000, 50 away. */
  g_assert_cmpint (hearth_snap_point (index, &options, 0, -899950, &out), ==, HEARTH_SNAP_WALL);
  g_assert_cmpint (out.x, ==, 0);
  g_assert_cmpint (out.y, ==, -900000);
  /* The small room's corner (51000, 1000), 50 away. */
  g_assert_cmpint (hearth_snap_point (index, &options, 51040, 1030, &out), ==, HEARTH_SNAP_CORNER);
  g_assert_cmpint (out.x, ==, 51000);
  g_assert_cmpint (out.y, ==, 1000);
  /* Nothing near (300000, 0): the grid. */
  g_assert_cmpint (hearth_snap_point (index, &options, 300020, 40, &out), ==, HEARTH_SNAP_GRID);
  g_assert_cmpint (out.x, ==, 300000);
  g_assert_cmpint (out.y, ==, 0);
}

/* ------------------------------------------------------------------------- */
/* Constrain and length                                                      */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char  *name;
  HearthPoint  from, to;
  HearthPoint  expected;
} ConstrainCase;

static const ConstrainCase constrain_cases[] = {
  /* |dx| 500 > |dy| 100: onto the horizontal. */
  { "horizontal", { 1000, 1000 }, { 1500, 1100 }, { 1500, 1000 } },
  { "vertical", { 1000, 1000 }, { 1100, 1500 }, { 1000, 1500 } },
  /* As near to both: the horizontal. */
  { "tie", { 1000, 1000 }, { 1500, 1500 }, { 1500, 1000 } },
  { "left", { 1000, 1000 }, { 400, 1100 }, { 400, 1000 } },
  { "up", { 1000, 1000 }, { 950, -3000 }, { 1000, -3000 } },
  { "same", { 1000, 1000 }, { 1000, 1000 }, { 1000, 1000 } },
  /* |dx| 200 > |dy| 50 */
  { "negative", { -500, -500 }, { -700, -450 }, { -700, -500 } },
};

static void
test_constrain (gconstpointer data)
{
  const ConstrainCase *c = data;
  HearthPoint result = hearth_snap_constrain (c->from, c->to);

  g_assert_cmpint (result.x, ==, c->expected.x);
  g_assert_cmpint (result.y, ==, c->expected.y);
}

typedef struct
{
  const char  *name;
  HearthPoint  from, towards;
  gint64       length;
  HearthPoint  expected;
} LengthCase;

static const LengthCase length_cases[] = {
  /* A 3-4-5 triangle: (3, 4) × 5000 / 5. */
  { "diagonal-3-4", { 0, 0 }, { 3, 4 }, 5000, { 3000, 4000 } },
  { "diagonal-3-4-away", { 100, -200 }, { 103, -196 }, 5000, { 3100, 3800 } },
  { "diagonal-3-4-beyond", { 0, 0 }, { 6000, 8000 }, 5000, { 3000, 4000 } },
  { "diagonal-minus-3-4", { 0, 0 }, { -3, 4 }, 5, { -3, 4 } },
  { "axis-x", { 0, 0 }, { 10, 0 }, 2500, { 2500, 0 } },
  { "axis-minus-y", { 0, 0 }, { 0, -7 }, 1200, { 0, -1200 } },
  { "axis-minus-x", { 500, 500 }, { -1, 500 }, 3000, { -2500, 500 } },
  { "axis-y-far", { 0, 0 }, { 0, 999999 }, 2750, { 0, 2750 } },
  /* 1000 / √2 ≈ 707.107 */
  { "diagonal-45", { 0, 0 }, { 1, 1 }, 1000, { 707, 707 } },
  { "diagonal-135", { 0, 0 }, { -1, 1 }, 1000, { -707, 707 } },
  /* 1000 / √5 ≈ 447.214, 2000 / √5 ≈ 894.427 */
  { "diagonal-1-2", { 0, 0 }, { 1, 2 }, 1000, { 447, 894 } },
  { "diagonal-minus-1-2", { 0, 0 }, { -1, -2 }, 1000, { -447, -894 } },
  /* 0.6 and 0.8 round to 1 and 1. */
  { "one-mm", { 0, 0 }, { 3, 4 }, 1, { 1, 1 } },
  /* No direction: a horizontal wall to the right. */
  { "same-point", { 100, 200 }, { 100, 200 }, 500, { 600, 200 } },
  { "zero-length", { 100, 200 }, { 400, 600 }, 0, { 100, 200 } },
};

static void
test_point_at_length (gconstpointer data)
{
  const LengthCase *c = data;
  HearthPoint result = hearth_point_at_length (c->from, c->towards, c->length);

  g_assert_cmpint (result.x, ==, c->expected.x);
  g_assert_cmpint (result.y, ==, c->expected.y);
}

/* ------------------------------------------------------------------------- */
/* Reading lengths                                                           */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *text;
  gint64      mm;
} ParseCase;

static const ParseCase parse_cases[] = {
  /* A bare number is metres. */
  { "bare-metres", "3.2", 3200 },
  { "metres", "3.2m", 3200 },
  { "metres-space", "3.2 m", 3200 },
  { "metres-upper", "3.2M", 3200 },
  { "decimal-comma", "3,2 m", 3200 },
  { "decimal-comma-bare", "3,2", 3200 },
  { "padded", "  3.2 m  ", 3200 },
  { "tab", "3.2\tm", 3200 },
  { "no-break-space", "3.2\xc2\xa0m", 3200 },
  { "metres-word", "3.2 metres", 3200 },
  { "meters-word", "2 Meters", 2000 },
  { "centimetres", "320cm", 3200 },
  { "centimetres-upper", "320 CM", 3200 },
  { "millimetres", "3200mm", 3200 },
  { "millimetres-space", "3200 mm", 3200 },
  /* Halves round up. */
  { "mm-half", "3200.5mm", 3201 },
  { "mm-below-half", "3200.49mm", 3200 },
  { "metres-half", "2.4005", 2401 },
  { "metres-below-half", "2.400499", 2400 },
  { "half-mm", "0.0005", 1 },
  { "leading-point", ".5m", 500 },
  { "leading-zeros", "007 m", 7000 },
  /* "0,125" cannot be a thousands separator. */
  { "decimal-comma-thousandths", "0,125 m", 125 },
  { "one-mm", "1mm", 1 },
  { "one-km", "1000", 1000000 },
  { "one-km-mm", "1000000mm", 1000000 },
  /* 10 ft 6 in = 3048 + 152.4 = 3200.4 mm */
  { "feet-inches", "10ft 6in", 3200 },
  { "feet-inches-spaced", "10 ft 6 in", 3200 },
  { "feet-inches-tight", "10ft6in", 3200 },
  { "feet-inches-marks", "10' 6\"", 3200 },
  { "feet-inches-marks-tight", "10'6\"", 3200 },
  { "feet-inches-primes", "10\xe2\x80\xb2 6\xe2\x80\xb3", 3200 },
  { "feet-inches-upper", "10FT 6IN", 3200 },
  { "feet-inches-words", "10 feet 6 inches", 3200 },
  /* After feet a bare number can only be inches. */
  { "feet-bare-inches", "10' 6", 3200 },
  /* 5 ft 11 in = 1524 + 279.4 = 1803.4 */
  { "two-apostrophes", "5'11''", 1803 },
  /* 3048 + 11.5 × 25.4 = 3048 + 292.1 = 3340.1 */
  { "inches-fraction", "10ft 11.5in", 3340 },
  /* 3048 + 11.999999 × 25.4 = 3048 + 304.7999746 = 3352.7999746 */
  { "inches-just-under-12", "10ft 11.999999in", 3353 },
  { "feet", "10ft", 3048 },
  { "feet-mark", "10'", 3048 },
  { "feet-word", "10 feet", 3048 },
  /* 304.8 */
  { "foot-word", "1 foot", 305 },
  /* 10.5 × 304.8 = 3200.4 */
  { "feet-fraction", "10.5ft", 3200 },
  { "hundred-feet", "100ft", 30480 },
  /* 6 × 25.4 = 152.4 */
  { "inches", "6in", 152 },
  { "inches-word", "6 inches", 152 },
  { "inches-mark", "6\"", 152 },
  { "inch-word", "1 inch", 25 },
  /* Inches alone may be 12 or more: 30 × 25.4 = 762 */
  { "inches-alone-30", "30in", 762 },
  /* 3280 × 304.8 + 10 × 25.4 = 999744 + 254 = 999998 */
  { "feet-under-1km", "3280ft 10in", 999998 },
};

static void
test_parse_length (gconstpointer data)
{
  const ParseCase *c = data;
  g_autoptr(GError) error = NULL;
  gint64 mm = -1;

  g_assert_true (hearth_parse_length (c->text, &mm, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mm, ==, c->mm);
}

typedef struct
{
  const char *name;
  const char *text;
  const char *message_part; /* besides the text itself */
} RejectCase;

static const RejectCase reject_cases[] = {
  { "empty", "", "Type a length" },
  { "spaces", "   ", "Type a length" },
  { "letters", "abc", "not a length" },
  { "two-points", "3.2.1", "not a length" },
  { "trailing-point", "3.", "not a length" },
  { "lone-point", ".", "not a length" },
  { "plus", "+3", "not a length" },
  { "two-bare-numbers", "3 4", "not a length" },
  { "number-after-unit", "3m2", "not a length" },
  { "slash", "1/2", "not a length" },
  { "nan", "nan", "not a length" },
  { "unit-only", "m", "not a length" },
  { "too-many-decimals", "3.1234567", "not a length" },
  { "negative", "-3", "negative" },
  { "negative-metres", "-3 m", "negative" },
  { "minus-sign", "\xe2\x88\x92" "3", "negative" },
  { "zero", "0", "at least 1 mm" },
  { "zero-metres", "0 m", "at least 1 mm" },
  { "zero-point", "0.0", "at least 1 mm" },
  /* 0.499 mm rounds to nothing. */
  { "under-half-mm", "0.000499", "at least 1 mm" },
  { "kilometres", "5 km", "“km” is not a unit" },
  { "exponent", "1e3", "“e” is not a unit" },
  { "repeated-unit", "3m 2m", "mixes units" },
  { "mixed-metric", "1 m 20 cm", "mixes units" },
  { "inches-then-feet", "6in 10ft", "mixes units" },
  { "feet-feet", "10' 6'", "mixes units" },
  { "three-parts", "10ft 6in 2in", "mixes units" },
  { "inches-14-after-feet", "10ft 14in", "inches must be under 12" },
  { "inches-12-after-feet", "10ft 12in", "inches must be under 12" },
  { "over-1km", "1001 m", "1 km" },
  /* 1000.001 m = 1000001 mm */
  { "just-over-1km", "1000.001m", "1 km" },
  /* 999744 + 11 × 25.4 = 1000023.4 */
  { "feet-over-1km", "3280ft 11in", "1 km" },
  { "huge", "123456789012345", "1 km" },
  /* 3.2 mm with a decimal comma, 3200 mm with a thousands separator */
  { "ambiguous-comma", "3,200mm", "two ways" },
};

static void
test_parse_length_rejects (gconstpointer data)
{
  const RejectCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (c->text));
  gint64 mm = -1;

  g_assert_false (hearth_parse_length (c->text, &mm, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpint (mm, ==, -1);
  /* The message names what was typed, and why it is no good. */
  g_assert_nonnull (strstr (error->message, stripped));
  g_assert_nonnull (strstr (error->message, c->message_part));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/snap/options-init", test_snap_options_init);
  ADD_CASES ("/snap/point", snap_cases, test_snap);
  g_test_add_func ("/snap/point/cell-sizes", test_snap_cell_sizes);
  g_test_add_func ("/snap/point/no-rooms", test_snap_no_rooms);
  ADD_CASES ("/snap/grid", grid_cases, test_grid);
  ADD_CASES ("/snap/many-rooms", many_cases, test_many_rooms);
  g_test_add_func ("/snap/long-walls", test_long_walls);
  ADD_CASES ("/snap/constrain", constrain_cases, test_constrain);
  ADD_CASES ("/snap/point-at-length", length_cases, test_point_at_length);
  ADD_CASES ("/snap/parse-length", parse_cases, test_parse_length);
  ADD_CASES ("/snap/parse-length/rejects", reject_cases, test_parse_length_rejects);

  return g_test_run ();
}
