/* test-viewport.c: the view transform between plan mm and widget px
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * view = (plan − offset) × scale. Every expected value below is worked out
 * by hand in the comments from that formula; nothing is computed by the
 * code under test.
 */

#include <glib-object.h>

#include "hearth-viewport.h"
#include "hearth-test-utils.h"

#define EPSILON 1e-6

static HearthViewport *
viewport_new_with (double scale,
                   double offset_x,
                   double offset_y,
                   double width,
                   double height)
{
  HearthViewport *viewport = hearth_viewport_new ();

  hearth_viewport_set_scale (viewport, scale);
  hearth_viewport_set_offset (viewport, offset_x, offset_y);
  hearth_viewport_set_size (viewport, width, height);
  return viewport;
}

static void
assert_offset (HearthViewport *viewport,
               double          x,
               double          y)
{
  double ox, oy;

  hearth_viewport_get_offset (viewport, &ox, &oy);
  g_assert_cmpfloat_with_epsilon (ox, x, EPSILON);
  g_assert_cmpfloat_with_epsilon (oy, y, EPSILON);
}

/* ------------------------------------------------------------------------- */
/* Defaults and setters                                                      */
/* ------------------------------------------------------------------------- */

static void
test_defaults (void)
{
  g_autoptr(HearthViewport) viewport = hearth_viewport_new ();
  double width, height;
  double scale;

  g_assert_cmpfloat (hearth_viewport_get_scale (viewport), ==, 0.1);
  assert_offset (viewport, 0, 0);
  hearth_viewport_get_size (viewport, &width, &height);
  g_assert_cmpfloat (width, ==, 0);
  g_assert_cmpfloat (height, ==, 0);

  g_object_get (viewport, "scale", &scale, NULL);
  g_assert_cmpfloat (scale, ==, 0.1);
  g_object_set (viewport, "scale", 0.25, NULL);
  g_assert_cmpfloat (hearth_viewport_get_scale (viewport), ==, 0.25);

  g_assert_finalize_object (g_steal_pointer (&viewport));
}

typedef struct
{
  const char *name;
  double      scale;
  double      expected;
} ScaleCase;

static const ScaleCase scale_cases[] = {
  { "within", 0.5, 0.5 },
  { "min", 0.005, 0.005 },
  { "max", 2.0, 2.0 },
  { "below-min", 0.001, 0.005 },
  { "zero", 0, 0.005 },
  { "negative", -1, 0.005 },
  { "above-max", 10, 2.0 },
};

static void
test_set_scale (gconstpointer data)
{
  const ScaleCase *c = data;
  g_autoptr(HearthViewport) viewport = viewport_new_with (0.1, 30, 40, 800, 600);

  hearth_viewport_set_scale (viewport, c->scale);
  g_assert_cmpfloat (hearth_viewport_get_scale (viewport), ==, c->expected);
  /* The scale alone changes: the offset stays. */
  assert_offset (viewport, 30, 40);
}

/* ------------------------------------------------------------------------- */
/* Conversions                                                               */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  double      scale, offset_x, offset_y;
  double      plan_x, plan_y;
  double      view_x, view_y;
} ConvertCase;

static const ConvertCase convert_cases[] = {
  /* (4000 − 0) × 0.1 = 400, (3000 − 0) × 0.1 = 300 */
  { "default", 0.1, 0, 0, 4000, 3000, 400, 300 },
  /* (4000 − 1000) × 0.1 = 300, (3000 − (−500)) × 0.1 = 350 */
  { "offset", 0.1, 1000, -500, 4000, 3000, 300, 350 },
  /* (−250 − 250) × 2 = −1000, (125 − 100) × 2 = 50 */
  { "max-scale", 2.0, 250, 100, -250, 125, -1000, 50 },
  /* (100000 − 0) × 0.005 = 500, (−40000 − 10000) × 0.005 = −250 */
  { "min-scale", 0.005, 0, 10000, 100000, -40000, 500, -250 },
  /* (1234 − 1000) × 0.25 = 58.5, (5678 − 5000) × 0.25 = 169.5 */
  { "quarter", 0.25, 1000, 5000, 1234, 5678, 58.5, 169.5 },
  /* The offset itself is the top-left corner. */
  { "top-left", 0.3, -777, 888, -777, 888, 0, 0 },
};

static void
test_convert (gconstpointer data)
{
  const ConvertCase *c = data;
  g_autoptr(HearthViewport) viewport = viewport_new_with (c->scale, c->offset_x, c->offset_y, 800, 600);
  double vx, vy, px, py;

  hearth_viewport_plan_to_view (viewport, c->plan_x, c->plan_y, &vx, &vy);
  g_assert_cmpfloat_with_epsilon (vx, c->view_x, EPSILON);
  g_assert_cmpfloat_with_epsilon (vy, c->view_y, EPSILON);

  hearth_viewport_view_to_plan (viewport, c->view_x, c->view_y, &px, &py);
  g_assert_cmpfloat_with_epsilon (px, c->plan_x, EPSILON);
  g_assert_cmpfloat_with_epsilon (py, c->plan_y, EPSILON);

  /* And back again: view → plan → view. */
  hearth_viewport_plan_to_view (viewport, px, py, &vx, &vy);
  g_assert_cmpfloat_with_epsilon (vx, c->view_x, EPSILON);
  g_assert_cmpfloat_with_epsilon (vy, c->view_y, EPSILON);
}

/* ------------------------------------------------------------------------- */
/* Zoom                                                                      */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  double      scale, offset_x, offset_y;
  double      factor, anchor_x, anchor_y;
  /* The plan point under the anchor, before and after. */
  double      plan_x, plan_y;
  double      expected_scale;
  double      expected_offset_x, expected_offset_y;
} ZoomCase;

static const ZoomCase zoom_cases[] = {
  /* plan = 200 / 0.1 + 0 = 2000, 100 / 0.1 = 1000; scale 0.2;
   * offset = 2000 − 200 / 0.2 = 1000, 1000 − 100 / 0.2 = 500 */
  { "in-x2", 0.1, 0, 0, 2, 200, 100, 2000, 1000, 0.2, 1000, 500 },
  /* plan = 400 / 0.2 + 100 = 2100, 300 / 0.2 − 200 = 1300; scale 0.1;
   * offset = 2100 − 4000 = −1900, 1300 − 3000 = −1700 */
  { "out-half", 0.2, 100, -200, 0.5, 400, 300, 2100, 1300, 0.1, -1900, -1700 },
  /* At the top-left corner the offset is the anchored point: unchanged. */
  { "top-left", 0.1, 500, 600, 4, 0, 0, 500, 600, 0.4, 500, 600 },
  /* plan = 800 / 0.1 − 1000 = 7000, 600 / 0.1 − 1000 = 5000; scale 0.125;
   * offset = 7000 − 800 / 0.125 = 7000 − 6400 = 600, 5000 − 4800 = 200 */
  { "bottom-right", 0.1, -1000, -1000, 1.25, 800, 600, 7000, 5000, 0.125, 600, 200 },
  /* plan = 100 / 1.5 + 10 = 76.6̇, 50 / 1.5 + 20 = 53.3̇; 1.5 × 2 = 3
   * clamps to 2; offset = 76.6̇ − 50 = 26.6̇, 53.3̇ − 25 = 28.3̇ */
  { "clamped-max", 1.5, 10, 20, 2, 100, 50,
    76.666666666666667, 53.333333333333333, 2.0, 26.666666666666667, 28.333333333333333 },
  /* plan = 100 / 0.01 = 10000 both ways; 0.01 × 0.25 = 0.0025 clamps to
   * 0.005; offset = 10000 − 100 / 0.005 = −10000 */
  { "clamped-min", 0.01, 0, 0, 0.25, 100, 100, 10000, 10000, 0.005, -10000, -10000 },
  /* plan = 333 / 0.3 − 50 = 1060, 77 / 0.3 + 50 = 306.6̇; 0.3 × 3 = 0.9;
   * offset = 1060 − 333 / 0.9 = 1060 − 370 = 690, 306.6̇ − 85.5̇ = 221.1̇ */
  { "odd", 0.3, -50, 50, 3, 333, 77,
    1060, 306.66666666666667, 0.9, 690, 221.11111111111111 },
};

static void
test_zoom_at (gconstpointer data)
{
  const ZoomCase *c = data;
  g_autoptr(HearthViewport) viewport = viewport_new_with (c->scale, c->offset_x, c->offset_y, 800, 600);
  double px, py;

  hearth_viewport_view_to_plan (viewport, c->anchor_x, c->anchor_y, &px, &py);
  g_assert_cmpfloat_with_epsilon (px, c->plan_x, EPSILON);
  g_assert_cmpfloat_with_epsilon (py, c->plan_y, EPSILON);

  hearth_viewport_zoom_at (viewport, c->factor, c->anchor_x, c->anchor_y);

  g_assert_cmpfloat_with_epsilon (hearth_viewport_get_scale (viewport), c->expected_scale, 1e-12);
  assert_offset (viewport, c->expected_offset_x, c->expected_offset_y);

  /* The same plan point is still under the anchor. */
  hearth_viewport_view_to_plan (viewport, c->anchor_x, c->anchor_y, &px, &py);
  g_assert_cmpfloat_with_epsilon (px, c->plan_x, EPSILON);
  g_assert_cmpfloat_with_epsilon (py, c->plan_y, EPSILON);
}

/* Zooming in and out many times about one point leaves it fixed. */
static void
test_zoom_at_repeated (void)
{
  g_autoptr(HearthViewport) viewport = viewport_new_with (0.1, 1234, -567, 800, 600);
  double px, py;

  /* plan = 321 / 0.1 + 1234 = 4444, 123 / 0.1 − 567 = 663 */
  for (guint i = 0; i < 40; i++)
    hearth_viewport_zoom_at (viewport, 1.25, 321, 123);
  g_assert_cmpfloat (hearth_viewport_get_scale (viewport), ==, 2.0);
  for (guint i = 0; i < 80; i++)
    hearth_viewport_zoom_at (viewport, 0.8, 321, 123);
  g_assert_cmpfloat (hearth_viewport_get_scale (viewport), ==, 0.005);

  hearth_viewport_view_to_plan (viewport, 321, 123, &px, &py);
  g_assert_cmpfloat_with_epsilon (px, 4444, EPSILON);
  g_assert_cmpfloat_with_epsilon (py, 663, EPSILON);
}

static void
test_zoom_in_out (void)
{
  g_autoptr(HearthViewport) viewport = viewport_new_with (0.1, 0, 0, 800, 600);

  /* About the centre (400, 300): plan (4000, 3000). Scale 0.125, offset
   * 4000 − 400 / 0.125 = 800, 3000 − 300 / 0.125 = 600. */
  hearth_viewport_zoom_in (viewport);
  g_assert_cmpfloat_with_epsilon (hearth_viewport_get_scale (viewport), 0.125, 1e-12);
  assert_offset (viewport, 800, 600);

  /* And back: 0.125 / 1.25 = 0.1, offset 4000 − 4000 = 0, 3000 − 3000 = 0. */
  hearth_viewport_zoom_out (viewport);
  g_assert_cmpfloat_with_epsilon (hearth_viewport_get_scale (viewport), 0.1, 1e-12);
  assert_offset (viewport, 0, 0);
}

/* ------------------------------------------------------------------------- */
/* Pan                                                                       */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  double      scale, offset_x, offset_y;
  double      dx, dy;
  double      expected_x, expected_y;
} PanCase;

static const PanCase pan_cases[] = {
  /* offset − d / scale: 0 − 10 / 0.5 = −20, 0 − (−20) / 0.5 = 40 */
  { "half", 0.5, 0, 0, 10, -20, -20, 40 },
  /* 1000 − 50 / 0.1 = 500, 2000 − 30 / 0.1 = 1700 */
  { "default", 0.1, 1000, 2000, 50, 30, 500, 1700 },
  /* −300 − (−100) / 2 = −250, 300 − 0 = 300 */
  { "max-scale", 2.0, -300, 300, -100, 0, -250, 300 },
};

static void
test_pan (gconstpointer data)
{
  const PanCase *c = data;
  g_autoptr(HearthViewport) viewport = viewport_new_with (c->scale, c->offset_x, c->offset_y, 800, 600);
  double before_x, before_y, after_x, after_y;

  /* The plan point under the pointer follows it by (dx, dy). */
  hearth_viewport_view_to_plan (viewport, 100, 100, &before_x, &before_y);
  hearth_viewport_pan (viewport, c->dx, c->dy);
  assert_offset (viewport, c->expected_x, c->expected_y);
  g_assert_cmpfloat (hearth_viewport_get_scale (viewport), ==, c->scale);
  hearth_viewport_view_to_plan (viewport, 100 + c->dx, 100 + c->dy, &after_x, &after_y);
  g_assert_cmpfloat_with_epsilon (after_x, before_x, EPSILON);
  g_assert_cmpfloat_with_epsilon (after_y, before_y, EPSILON);
}

/* ------------------------------------------------------------------------- */
/* Fit                                                                       */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  double      width, height;
  double      start_scale;
  gint64      min_x, min_y, max_x, max_y;
  double      margin;
  double      expected_scale;
  double      expected_x, expected_y;
} FitCase;

static const FitCase fit_cases[] = {
  /* 1040 × 540 px less 20 px a side leaves 1000 × 500. A 10 × 2 m box:
   * min (1000 / 10000, 500 / 2000) = min (0.1, 0.25) = 0.1; centre
   * (5000, 1000); offset 5000 − 520 / 0.1 = −200, 1000 − 270 / 0.1 = −1700.
   * Check: plan 0 → 20 px and plan 2000 → 370 px, 170 px either side. */
  { "wide", 1040, 540, 0.1, 0, 0, 10000, 2000, 20, 0.1, -200, -1700 },
  /* A 2 × 8 m box about the origin: min (1000 / 2000, 500 / 8000) =
   * min (0.5, 0.0625) = 0.0625; offset −520 / 0.0625 = −8320, −270 / 0.0625
   * = −4320. */
  { "tall", 1040, 540, 0.1, -1000, -4000, 1000, 4000, 20, 0.0625, -8320, -4320 },
  /* Margin 120 leaves 800 × 300 in 1040 × 540; an 8 × 3 m box fits both ways
   * at 0.1: offset 4000 − 5200 = −1200, 1500 − 2700 = −1200. */
  { "margin", 1040, 540, 0.2, 0, 0, 8000, 3000, 120, 0.1, -1200, -1200 },
  /* No margin: 1040 / 10400 = 0.1, 540 / 5400 = 0.1; offset 0, 0. */
  { "no-margin", 1040, 540, 0.2, 0, 0, 10400, 5400, 0, 0.1, 0, 0 },
  /* A 1 km box: 1000 / 1000000 = 0.001 clamps to 0.005; centre (500000, 0);
   * offset 500000 − 520 / 0.005 = 396000, 0 − 270 / 0.005 = −54000. */
  { "clamped-min", 1040, 540, 0.1, 0, -1000, 1000000, 1000, 20, 0.005, 396000, -54000 },
  /* A 100 × 50 mm box: 1000 / 100 = 10 clamps to 2; centre (50, 25);
   * offset 50 − 520 / 2 = −210, 25 − 270 / 2 = −110. */
  { "clamped-max", 1040, 540, 0.1, 0, 0, 100, 50, 20, 2.0, -210, -110 },
  /* A margin wider than the widget: the scale clamps to the least. Centre
   * (500, 500); offset 500 − 520 / 0.005 = −103500, 500 − 54000 = −53500. */
  { "huge-margin", 1040, 540, 0.1, 0, 0, 1000, 1000, 600, 0.005, -103500, -53500 },
  /* A vertical line 3 m long is fitted by its height: 500 / 3000 = 1/6;
   * centre (0, 1500); offset 0 − 520 × 6 = −3120, 1500 − 270 × 6 = −120. */
  { "vertical-line", 1040, 540, 0.1, 0, 0, 0, 3000, 20, 1.0 / 6, -3120, -120 },
  /* A single point at (3000, 4000) is centred at the default scale:
   * offset 3000 − 5200 = −2200, 4000 − 2700 = 1300. */
  { "point", 1040, 540, 0.5, 3000, 4000, 3000, 4000, 20, 0.1, -2200, 1300 },
  /* An empty box (max < min) centres the origin at the default scale. */
  { "empty", 1040, 540, 0.5, 1, 1, 0, 0, 20, 0.1, -5200, -2700 },
  { "empty-x", 1040, 540, 0.5, 10, 0, 0, 100, 20, 0.1, -5200, -2700 },
  /* Not allocated yet: the scale stays (0.5) and the box's centre (5000,
   * 1000) goes at the top-left, the centre of a zero-size widget. */
  { "zero-size", 0, 0, 0.5, 0, 0, 10000, 2000, 20, 0.5, 5000, 1000 },
  /* Only the height is zero: still nothing to fit into. Offset 5000 −
   * 500 / 0.5 = 4000, 1000 − 0 = 1000. */
  { "zero-height", 1000, 0, 0.5, 0, 0, 10000, 2000, 20, 0.5, 4000, 1000 },
};

static void
test_fit (gconstpointer data)
{
  const FitCase *c = data;
  g_autoptr(HearthViewport) viewport = viewport_new_with (c->start_scale, 123, 456, c->width, c->height);

  hearth_viewport_fit (viewport, c->min_x, c->min_y, c->max_x, c->max_y, c->margin);
  g_assert_cmpfloat_with_epsilon (hearth_viewport_get_scale (viewport), c->expected_scale, 1e-12);
  assert_offset (viewport, c->expected_x, c->expected_y);
}

/* ------------------------------------------------------------------------- */
/* Grid                                                                      */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  double      scale;
  gint64      base_mm;
  double      min_px;
  gint64      minor, major;
} GridCase;

static const GridCase grid_cases[] = {
  /* 10 mm × 0.1 = 1 px, 20 → 2, 50 → 5, 100 → 10 ≥ 8 */
  { "default", 0.1, 10, 8, 100, 1000 },
  /* 100 × 0.1 = 10 ≥ 8 at once */
  { "base-100", 0.1, 100, 8, 100, 1000 },
  /* 10 × 2 = 20 ≥ 8 */
  { "max-scale", 2.0, 10, 8, 10, 100 },
  /* 1 × 2 = 2, 2 → 4, 5 → 10 ≥ 8 */
  { "max-scale-base-1", 2.0, 1, 8, 5, 50 },
  /* 100 × 0.005 = 0.5, 200 → 1, 500 → 2.5, 1000 → 5, 2000 → 10 ≥ 8 */
  { "min-scale", 0.005, 100, 8, 2000, 20000 },
  /* 10 × 0.03 = 0.3, 20 → 0.6, 50 → 1.5, 100 → 3, 200 → 6, 500 → 15 */
  { "odd-scale", 0.03, 10, 8, 500, 5000 },
  /* 64 × 0.125 = 8 exactly: at least min_px, so taken */
  { "exactly-min", 0.125, 64, 8, 64, 640 },
  /* 25 × 0.125 = 3.125, 50 → 6.25, 125 → 15.625 */
  { "base-25", 0.125, 25, 8, 125, 1250 },
  /* 10 × 0.1 = 1 ≥ 0.5 */
  { "small-min", 0.1, 10, 0.5, 10, 100 },
  /* 10 × 0.1 = 1 … 500 → 50, 1000 → 100 ≥ 60 */
  { "large-min", 0.1, 10, 60, 1000, 10000 },
};

static void
test_grid_steps (gconstpointer data)
{
  const GridCase *c = data;
  g_autoptr(HearthViewport) viewport = viewport_new_with (c->scale, 0, 0, 800, 600);
  gint64 minor = -1, major = -1;

  hearth_viewport_get_grid_steps (viewport, c->base_mm, c->min_px, &minor, &major);
  g_assert_cmpint (minor, ==, c->minor);
  g_assert_cmpint (major, ==, c->major);
}

/* ------------------------------------------------------------------------- */
/* Signals                                                                   */
/* ------------------------------------------------------------------------- */

typedef struct
{
  guint changed;
  guint notify_scale;
} Counts;

static void
viewport_changed_cb (HearthViewport *viewport,
                     Counts         *counts)
{
  counts->changed++;
}

static void
viewport_notify_scale_cb (HearthViewport *viewport,
                          GParamSpec     *pspec,
                          Counts         *counts)
{
  counts->notify_scale++;
}

typedef enum {
  ACT_SET_SCALE,
  ACT_SET_OFFSET,
  ACT_SET_SIZE,
  ACT_ZOOM_AT,
  ACT_ZOOM_IN,
  ACT_ZOOM_OUT,
  ACT_PAN,
  ACT_FIT,
  ACT_PROPERTY,
} Act;

typedef struct
{
  const char *name;
  Act         act;
  double      a, b;
  guint       changed;
  guint       notify_scale;
} SignalCase;

/* Each starts from scale 0.1, offset (100, 200), size 800 × 600. */
static const SignalCase signal_cases[] = {
  { "scale-same", ACT_SET_SCALE, 0.1, 0, 0, 0 },
  { "scale-new", ACT_SET_SCALE, 0.3, 0, 1, 1 },
  /* 0.001 clamps to 0.005: still a change from 0.1. */
  { "scale-clamped", ACT_SET_SCALE, 0.001, 0, 1, 1 },
  { "offset-same", ACT_SET_OFFSET, 100, 200, 0, 0 },
  { "offset-new", ACT_SET_OFFSET, 100, 201, 1, 0 },
  { "size-same", ACT_SET_SIZE, 800, 600, 0, 0 },
  { "size-new", ACT_SET_SIZE, 801, 600, 1, 0 },
  /* Scale and offset both change: still one "changed". */
  { "zoom-at", ACT_ZOOM_AT, 2, 50, 1, 1 },
  { "zoom-at-factor-1", ACT_ZOOM_AT, 1, 50, 0, 0 },
  { "zoom-in", ACT_ZOOM_IN, 0, 0, 1, 1 },
  { "zoom-out", ACT_ZOOM_OUT, 0, 0, 1, 1 },
  { "pan", ACT_PAN, 5, 0, 1, 0 },
  { "pan-none", ACT_PAN, 0, 0, 0, 0 },
  /* 800 × 600 less 20 a side is 760 × 560: a 7600 × 5600 box fits at 0.1
   * (the scale it had, so no notify) and centres at (3800, 2800): offset
   * 3800 − 400 / 0.1 = −200, 2800 − 300 / 0.1 = −200. */
  { "fit", ACT_FIT, 7600, 5600, 1, 0 },
  { "property-same", ACT_PROPERTY, 0.1, 0, 0, 0 },
  { "property-new", ACT_PROPERTY, 0.4, 0, 1, 1 },
};

static void
signal_act (HearthViewport   *viewport,
            const SignalCase *c)
{
  switch (c->act)
    {
    case ACT_SET_SCALE:
      hearth_viewport_set_scale (viewport, c->a);
      break;
    case ACT_SET_OFFSET:
      hearth_viewport_set_offset (viewport, c->a, c->b);
      break;
    case ACT_SET_SIZE:
      hearth_viewport_set_size (viewport, c->a, c->b);
      break;
    case ACT_ZOOM_AT:
      hearth_viewport_zoom_at (viewport, c->a, c->b, c->b);
      break;
    case ACT_ZOOM_IN:
      hearth_viewport_zoom_in (viewport);
      break;
    case ACT_ZOOM_OUT:
      hearth_viewport_zoom_out (viewport);
      break;
    case ACT_PAN:
      hearth_viewport_pan (viewport, c->a, c->b);
      break;
    case ACT_FIT:
      hearth_viewport_fit (viewport, 0, 0, (gint64) c->a, (gint64) c->b, 20);
      break;
    case ACT_PROPERTY:
      g_object_set (viewport, "scale", c->a, NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
test_signals (gconstpointer data)
{
  const SignalCase *c = data;
  g_autoptr(HearthViewport) viewport = viewport_new_with (0.1, 100, 200, 800, 600);
  Counts counts = { 0, 0 };

  g_signal_connect (viewport, "changed", G_CALLBACK (viewport_changed_cb), &counts);
  g_signal_connect (viewport, "notify::scale", G_CALLBACK (viewport_notify_scale_cb), &counts);

  signal_act (viewport, c);
  g_assert_cmpuint (counts.changed, ==, c->changed);
  g_assert_cmpuint (counts.notify_scale, ==, c->notify_scale);

  /* Setting the same again, or fitting the same box again, changes
   * nothing and says nothing. */
  if (c->act == ACT_FIT)
    {
      signal_act (viewport, c);
      g_assert_cmpuint (counts.changed, ==, c->changed);
      assert_offset (viewport, -200, -200);
    }
  else if (c->act == ACT_SET_SCALE || c->act == ACT_SET_OFFSET ||
           c->act == ACT_SET_SIZE || c->act == ACT_PROPERTY)
    {
      signal_act (viewport, c);
      g_assert_cmpuint (counts.changed, ==, c->changed);
      g_assert_cmpuint (counts.notify_scale, ==, c->notify_scale);
    }
}

/* At the limit, zooming further changes nothing and says nothing. */
static void
test_signals_at_limits (void)
{
  g_autoptr(HearthViewport) viewport = viewport_new_with (2.0, 100, 200, 800, 600);
  Counts counts = { 0, 0 };

  g_signal_connect (viewport, "changed", G_CALLBACK (viewport_changed_cb), &counts);
  g_signal_connect (viewport, "notify::scale", G_CALLBACK (viewport_notify_scale_cb), &counts);

  hearth_viewport_zoom_in (viewport);
  hearth_viewport_zoom_at (viewport, 3, 10, 10);
  hearth_viewport_set_scale (viewport, 5);
  g_assert_cmpuint (counts.changed, ==, 0);
  g_assert_cmpuint (counts.notify_scale, ==, 0);
  assert_offset (viewport, 100, 200);

  hearth_viewport_set_scale (viewport, 0.005);
  g_assert_cmpuint (counts.changed, ==, 1);
  hearth_viewport_zoom_out (viewport);
  hearth_viewport_zoom_at (viewport, 0.5, 10, 10);
  hearth_viewport_set_scale (viewport, 0.0001);
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpuint (counts.notify_scale, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/viewport/defaults", test_defaults);
  ADD_CASES ("/viewport/set-scale", scale_cases, test_set_scale);
  ADD_CASES ("/viewport/convert", convert_cases, test_convert);
  ADD_CASES ("/viewport/zoom-at", zoom_cases, test_zoom_at);
  g_test_add_func ("/viewport/zoom-at/repeated", test_zoom_at_repeated);
  g_test_add_func ("/viewport/zoom-in-out", test_zoom_in_out);
  ADD_CASES ("/viewport/pan", pan_cases, test_pan);
  ADD_CASES ("/viewport/fit", fit_cases, test_fit);
  ADD_CASES ("/viewport/grid-steps", grid_cases, test_grid_steps);
  ADD_CASES ("/viewport/signals", signal_cases, test_signals);
  g_test_add_func ("/viewport/signals/at-limits", test_signals_at_limits);

  return g_test_run ();
}
