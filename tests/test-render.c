/* test-render.c: what the plan drawing shows, checked pixel by pixel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws the example's first floor into cairo image surfaces, no display
 * needed. The viewport is fixed at 0.1 px per mm with the plan origin at
 * (50, 50) px, so a plan point (x, y) mm lands on ((x + 500) / 10,
 * (y + 500) / 10) px:
 *
 *   Bedroom 1  0–3600 × 0–3200       →  50–410 × 50–370
 *   Bedroom 2  3600–6600 × 0–2900    → 410–710 × 50–340
 *   Box room   0–2400 × 3200–5800    →  50–290 × 370–630 (low ceiling from 590)
 *   Bathroom   2400–4200 × 3200–5800 → 290–470 × 370–630
 *   Landing    an L from (3600, 2900) to (6600, 5000) → 410–710 × 340–550
 *
 * The checks are about what a caseworker relies on (rooms of different use
 * look different, flags are red, a room being dragged is not drawn twice),
 * not about exact colours, which may be retuned.
 */

#include "config.h"

#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "hearth-file.h"
#include "hearth-plan-renderer.h"

#define WIDTH  800
#define HEIGHT 700

/* ------------------------------------------------------------------------- */
/* Fixture                                                                   */
/* ------------------------------------------------------------------------- */

typedef struct {
  HearthAssessment *assessment;
  HearthViewport   *viewport;
  HearthFloor      *floor;
  GHashTable       *flagged;
  HearthPlanStyle   style;
} Fixture;

typedef struct {
  guint8 r, g, b, a;
} Pixel;

static char *
example_path (void)
{
  const char *root = g_getenv ("HEARTH_SOURCE_ROOT");

  if (root != NULL)
    return g_build_filename (root, "data", "examples", "carter-household.hearth", NULL);
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "carter-household.hearth", NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->assessment = hearth_assessment_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  f->floor = hearth_assessment_get_floors (f->assessment)->pdata[1];
  g_assert_cmpstr (hearth_floor_get_id (f->floor), ==, "first");

  f->viewport = hearth_viewport_new ();
  hearth_viewport_set_size (f->viewport, WIDTH, HEIGHT);
  hearth_viewport_set_scale (f->viewport, 0.1);
  hearth_viewport_set_offset (f->viewport, -500.0, -500.0);

  f->flagged = g_hash_table_new (g_str_hash, g_str_equal);

  /* No grid by default, so that empty floor is exactly the background. */
  hearth_plan_style_init (&f->style);
  f->style.assessment = f->assessment;
  f->style.floor = f->floor;
  f->style.viewport = f->viewport;
  f->style.grid_step_mm = 0;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_hash_table_unref (f->flagged);
  g_assert_finalize_object (f->viewport);
  g_assert_finalize_object (f->assessment);
}

static HearthRoom *
find_room (Fixture    *f,
           const char *id)
{
  HearthRoom *room = hearth_assessment_find_room (f->assessment, id, NULL);

  g_assert_nonnull (room);
  return room;
}

/* ------------------------------------------------------------------------- */
/* Pixels                                                                    */
/* ------------------------------------------------------------------------- */

static cairo_surface_t *
new_surface (void)
{
  return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
}

static cairo_surface_t *
render (const HearthPlanStyle *style)
{
  cairo_surface_t *surface = new_surface ();
  cairo_t *cr = cairo_create (surface);

  hearth_plan_render (style, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Unpremultiplied; exact for opaque pixels. */
static Pixel
get_pixel (cairo_surface_t *surface,
           int              x,
           int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 argb;
  Pixel p;

  g_assert_true (x >= 0 && x < cairo_image_surface_get_width (surface));
  g_assert_true (y >= 0 && y < cairo_image_surface_get_height (surface));
  argb = *(const guint32 *) (data + y * stride + x * 4);
  p.a = argb >> 24;
  p.r = p.a ? ((argb >> 16) & 0xff) * 255 / p.a : 0;
  p.g = p.a ? ((argb >> 8) & 0xff) * 255 / p.a : 0;
  p.b = p.a ? (argb & 0xff) * 255 / p.a : 0;
  return p;
}

static gboolean
pixels_equal (Pixel a,
              Pixel b)
{
  return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

static int
luminance (Pixel p)
{
  return (299 * p.r + 587 * p.g + 114 * p.b) / 1000;
}

/* How many pixels of the rectangle differ from @colour. */
static guint
count_differing (cairo_surface_t *surface,
                 int              x0,
                 int              y0,
                 int              x1,
                 int              y1,
                 Pixel            colour)
{
  guint n = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (!pixels_equal (get_pixel (surface, x, y), colour))
        n++;
  return n;
}

/* A corner no room, label or scale bar comes near. */
static Pixel
background_of (cairo_surface_t *surface)
{
  return get_pixel (surface, WIDTH - 2, 2);
}

/* ------------------------------------------------------------------------- */
/* Tests                                                                     */
/* ------------------------------------------------------------------------- */

static void
test_style_init (void)
{
  HearthPlanStyle style;

  memset (&style, 0xff, sizeof style);
  hearth_plan_style_init (&style);
  g_assert_null (style.assessment);
  g_assert_null (style.floor);
  g_assert_null (style.floor_below);
  g_assert_null (style.viewport);
  g_assert_null (style.selected);
  g_assert_null (style.skip);
  g_assert_null (style.flagged);
  g_assert_null (style.font);
  g_assert_cmpint (style.unit, ==, HEARTH_AREA_UNIT_M2);
  g_assert_cmpint (style.grid_step_mm, >, 0);
  g_assert_false (style.dark);
}

typedef struct {
  const char *name;
  gboolean    dark;
} ThemeCase;

static const ThemeCase theme_cases[] = {
  { "light", FALSE },
  { "dark", TRUE },
};

/* Rooms of different use look different; rooms of the same use alike. */
static void
test_fill_by_use (Fixture       *f,
                  gconstpointer  data)
{
  const ThemeCase *c = data;
  cairo_surface_t *surface;
  Pixel background, box, bedroom, bathroom;

  f->style.dark = c->dark;
  surface = render (&f->style);
  background = background_of (surface);
  box = get_pixel (surface, 80, 400);
  bedroom = get_pixel (surface, 80, 80);
  bathroom = get_pixel (surface, 320, 520);

  g_assert_false (pixels_equal (box, background));
  g_assert_false (pixels_equal (bathroom, background));
  g_assert_false (pixels_equal (box, bathroom));
  g_assert_true (pixels_equal (box, bedroom));
  if (c->dark)
    g_assert_cmpint (luminance (background), <, 64);
  else
    g_assert_cmpint (luminance (background), >, 230);
  cairo_surface_destroy (surface);
}

typedef struct {
  const char     *name;
  HearthSeverity  severity;
  /* The flag's hue: which channel leads, and by how much at least. */
  int             min_r, max_r, min_g, max_g, min_b, max_b;
} FlagCase;

static const FlagCase flag_cases[] = {
  { "breach", HEARTH_SEVERITY_BREACH, 180, 255, 0, 90, 0, 90 },
  { "hazard", HEARTH_SEVERITY_HAZARD, 200, 255, 90, 190, 0, 90 },
  /* purple, unlike the blue of a selection */
  { "advisory", HEARTH_SEVERITY_ADVISORY, 110, 200, 0, 120, 130, 220 },
};

static void
assert_pixel_in (Pixel p,
                 const FlagCase *c)
{
  g_test_message ("pixel (%d, %d, %d)", p.r, p.g, p.b);
  g_assert_cmpint (p.r, >=, c->min_r);
  g_assert_cmpint (p.r, <=, c->max_r);
  g_assert_cmpint (p.g, >=, c->min_g);
  g_assert_cmpint (p.g, <=, c->max_g);
  g_assert_cmpint (p.b, >=, c->min_b);
  g_assert_cmpint (p.b, <=, c->max_b);
}

/* A flagged room's walls take the flag's colour; the others do not. */
static void
test_flag_outline (Fixture       *f,
                   gconstpointer  data)
{
  const FlagCase *c = data;
  const FlagCase breach = flag_cases[0];
  cairo_surface_t *surface;

  g_hash_table_insert (f->flagged, (gpointer) "bed2", GINT_TO_POINTER (c->severity + 1));
  f->style.flagged = f->flagged;
  surface = render (&f->style);

  /* Bedroom 2's top wall, 3 px wide about y = 50, and its right wall. */
  assert_pixel_in (get_pixel (surface, 550, 50), c);
  assert_pixel_in (get_pixel (surface, 550, 49), c);
  assert_pixel_in (get_pixel (surface, 710, 200), c);
  /* Bedroom 1's top wall is plain. */
  g_assert_cmpint (get_pixel (surface, 200, 50).r, <, breach.min_r);
  cairo_surface_destroy (surface);
}

/* An info finding has no colour of its own. */
static void
test_flag_info_plain (Fixture       *f,
                      gconstpointer  data)
{
  cairo_surface_t *plain, *flagged;

  plain = render (&f->style);
  g_hash_table_insert (f->flagged, (gpointer) "bed2", GINT_TO_POINTER (HEARTH_SEVERITY_INFO + 1));
  f->style.flagged = f->flagged;
  flagged = render (&f->style);
  g_assert_true (pixels_equal (get_pixel (plain, 550, 50), get_pixel (flagged, 550, 50)));
  cairo_surface_destroy (plain);
  cairo_surface_destroy (flagged);
}

/* The room being dragged is left out: its place shows the background,
 * label and all. */
static void
test_skip (Fixture       *f,
           gconstpointer  data)
{
  cairo_surface_t *with, *without;
  Pixel background;

  with = render (&f->style);
  f->style.skip = find_room (f, "box");
  without = render (&f->style);
  background = background_of (without);

  g_assert_cmpuint (count_differing (with, 53, 373, 287, 627, background), >, 0);
  g_assert_cmpuint (count_differing (without, 53, 373, 287, 627, background), ==, 0);
  /* Its neighbours are still there. */
  g_assert_false (pixels_equal (get_pixel (without, 320, 520), background));
  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

/* Drawing the plan without a room, then the room alone on top, looks like
 * drawing the plan: what a drag shows is what the plan will show. */
static void
test_room_over_skip (Fixture       *f,
                     gconstpointer  data)
{
  cairo_surface_t *whole, *parts;
  HearthRoom *box = find_room (f, "box");
  cairo_t *cr;

  f->style.grid_step_mm = 100;
  whole = render (&f->style);

  f->style.skip = box;
  parts = render (&f->style);
  cr = cairo_create (parts);
  hearth_plan_render_room (&f->style, cr, box);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (parts);

  for (int y = 373; y < 627; y++)
    for (int x = 53; x < 287; x++)
      if (!pixels_equal (get_pixel (whole, x, y), get_pixel (parts, x, y)))
        {
          g_test_message ("differs at (%d, %d)", x, y);
          g_test_fail ();
          y = 627;
          break;
        }
  cairo_surface_destroy (whole);
  cairo_surface_destroy (parts);
}

/* hearth_plan_render_room() draws the room and nothing around it. */
static void
test_room_alone (Fixture       *f,
                 gconstpointer  data)
{
  cairo_surface_t *surface = new_surface ();
  cairo_t *cr = cairo_create (surface);
  guint outside = 0;

  hearth_plan_render_room (&f->style, cr, find_room (f, "box"));
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_cmpint (get_pixel (surface, 80, 400).a, ==, 255);
  /* The label, at the centroid (1200, 4437) mm → (170, 494) px. */
  g_assert_cmpuint (count_differing (surface, 110, 460, 230, 530, get_pixel (surface, 80, 400)), >, 50);
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      if ((x < 47 || x > 293 || y < 367 || y > 633) && get_pixel (surface, x, y).a != 0)
        outside++;
  g_assert_cmpuint (outside, ==, 0);
  cairo_surface_destroy (surface);
}

/* No grid step, no grid: open floor is the plain background. */
static void
test_grid (Fixture       *f,
           gconstpointer  data)
{
  cairo_surface_t *plain, *gridded;
  Pixel background;

  plain = render (&f->style);
  background = background_of (plain);
  g_assert_cmpuint (count_differing (plain, 715, 0, WIDTH, 640, background), ==, 0);
  g_assert_cmpuint (count_differing (plain, 0, 0, 40, 640, background), ==, 0);

  f->style.grid_step_mm = 100;
  gridded = render (&f->style);
  /* 100 mm is 10 px here: lines every 10 px, thicker every 100. */
  g_assert_cmpuint (count_differing (gridded, 715, 0, WIDTH, 640, background), >, 1000);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (gridded);
}

/* The selected room shows its walls' lengths just outside them. */
static void
test_selected_wall_lengths (Fixture       *f,
                            gconstpointer  data)
{
  cairo_surface_t *plain, *selected;
  Pixel background, accent;

  plain = render (&f->style);
  background = background_of (plain);
  f->style.selected = find_room (f, "bed1");
  selected = render (&f->style);

  /* Above the top wall's middle (230, 50), and left of the left wall's
   * middle (50, 210): nothing before, text after. */
  g_assert_cmpuint (count_differing (plain, 195, 20, 265, 47, background), ==, 0);
  g_assert_cmpuint (count_differing (selected, 195, 20, 265, 47, background), >, 30);
  g_assert_cmpuint (count_differing (plain, 20, 175, 47, 245, background), ==, 0);
  g_assert_cmpuint (count_differing (selected, 20, 175, 47, 245, background), >, 30);
  /* Not on the far side of the wall, where it would read as the room's. */
  g_assert_cmpuint (count_differing (selected, 53, 175, 80, 245, get_pixel (selected, 80, 80)), ==, 0);

  /* The walls in the accent colour, a blue. */
  accent = get_pixel (selected, 200, 50);
  g_assert_cmpint (accent.b, >, 180);
  g_assert_cmpint (accent.r, <, 120);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (selected);
}

/* Labels show when they fit in the room and vanish when they do not. */
static void
test_label_fits (Fixture       *f,
                 gconstpointer  data)
{
  cairo_surface_t *near, *far;
  guint dark = 0;

  near = render (&f->style);
  /* Bedroom 1's label around its centroid (230, 210). */
  for (int y = 170; y < 250; y++)
    for (int x = 130; x < 330; x++)
      if (luminance (get_pixel (near, x, y)) < 128)
        dark++;
  g_assert_cmpuint (dark, >, 50);

  /* At 0.015 px/mm Bedroom 1 is 54 × 48 px: too small for "Bedroom 1". */
  hearth_viewport_set_scale (f->viewport, 0.015);
  far = render (&f->style);
  g_assert_cmpuint (count_differing (far, 10, 10, 59, 53, get_pixel (far, 10, 10)), ==, 0);
  cairo_surface_destroy (near);
  cairo_surface_destroy (far);
}

/* An L-shaped room's label stays inside the L, or is not drawn: its
 * bounding box alone would let it spill over the inner corner. */
static void
test_label_l_shape (Fixture       *f,
                    gconstpointer  data)
{
  static const HearthPoint l_points[] = {
    { 0, 0 }, { 4000, 0 }, { 4000, 1000 }, { 1000, 1000 }, { 1000, 4000 }, { 0, 4000 },
  };
  g_autoptr(HearthFloor) floor = hearth_floor_new ("f", "Floor", 0);
  g_autoptr(HearthRoom) room = NULL;
  cairo_surface_t *surface;
  guint dark = 0;

  room = hearth_room_new ("l", "Living room", HEARTH_ROOM_USE_LIVING,
                          hearth_polygon_new (l_points, G_N_ELEMENTS (l_points)));
  hearth_floor_add_room (floor, room);
  f->style.floor = floor;
  f->style.assessment = NULL;
  surface = render (&f->style);

  /* The whole 400 × 400 px box, arms and notch: nothing as dark as text
   * (the walls are a lighter grey). */
  for (int y = 50; y < 450; y++)
    for (int x = 50; x < 450; x++)
      if (luminance (get_pixel (surface, x, y)) < 60)
        dark++;
  g_assert_cmpuint (dark, ==, 0);
  cairo_surface_destroy (surface);
}

/* Who sleeps in a room is part of its label. */
static void
test_occupants (Fixture       *f,
                gconstpointer  data)
{
  cairo_surface_t *with, *without;

  with = render (&f->style);
  f->style.assessment = NULL;
  without = render (&f->style);
  /* The box room's label region differs once Amy is on it. */
  g_assert_cmpuint (count_differing (with, 110, 450, 230, 540, get_pixel (without, 80, 400)), >,
                    count_differing (without, 110, 450, 230, 540, get_pixel (without, 80, 400)));
  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

static void
test_scale_bar (Fixture       *f,
                gconstpointer  data)
{
  cairo_surface_t *with, *without;
  Pixel background;

  f->style.scale_bar = FALSE;
  without = render (&f->style);
  background = background_of (without);
  f->style.scale_bar = TRUE;
  with = render (&f->style);
  g_assert_cmpuint (count_differing (without, 0, 640, 300, HEIGHT, background), ==, 0);
  g_assert_cmpuint (count_differing (with, 0, 640, 300, HEIGHT, background), >, 50);
  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

/* The floor below shows through where this floor has no rooms. */
static void
test_floor_below (Fixture       *f,
                  gconstpointer  data)
{
  cairo_surface_t *surface;
  Pixel background;

  f->style.floor_below = hearth_assessment_get_floors (f->assessment)->pdata[0];
  surface = render (&f->style);
  background = background_of (surface);
  /* The kitchen's right wall at x = 7200 mm → 770 px, y 50–330. */
  g_assert_cmpuint (count_differing (surface, 768, 60, 773, 320, background), >, 20);
  cairo_surface_destroy (surface);
}

/* Only the clip is painted: the canvas may redraw part of itself. */
static void
test_clip (Fixture       *f,
           gconstpointer  data)
{
  cairo_surface_t *surface = new_surface ();
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1.0, 0.0, 1.0);
  cairo_paint (cr);
  cairo_rectangle (cr, 100, 100, 200, 200);
  cairo_clip (cr);
  f->style.grid_step_mm = 100;
  hearth_plan_render (&f->style, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_true (pixels_equal (get_pixel (surface, 50, 50), (Pixel) { 255, 0, 255, 255 }));
  g_assert_true (pixels_equal (get_pixel (surface, 20, 680), (Pixel) { 255, 0, 255, 255 }));
  g_assert_false (pixels_equal (get_pixel (surface, 150, 150), (Pixel) { 255, 0, 255, 255 }));
  cairo_surface_destroy (surface);
}

/* No floor: a background, a grid and a scale bar, and no trouble. */
static void
test_no_floor (Fixture       *f,
               gconstpointer  data)
{
  cairo_surface_t *surface;

  f->style.floor = NULL;
  f->style.assessment = NULL;
  f->style.grid_step_mm = 100;
  surface = render (&f->style);
  g_assert_cmpint (luminance (get_pixel (surface, 80, 400)), >, 200);
  cairo_surface_destroy (surface);
}

/* The same drawing goes to a PDF page. */
static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  cairo_surface_t *surface;
  GStatBuf buf;
  cairo_t *cr;
  int fd;

  fd = g_file_open_tmp ("hearth-render-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  g_close (fd, &error);
  g_assert_no_error (error);

  surface = cairo_pdf_surface_create (path, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  f->style.grid_step_mm = 100;
  f->style.selected = find_room (f, "bed1");
  g_hash_table_insert (f->flagged, (gpointer) "box", GINT_TO_POINTER (HEARTH_SEVERITY_BREACH + 1));
  f->style.flagged = f->flagged;
  f->style.floor_below = hearth_assessment_get_floors (f->assessment)->pdata[0];
  hearth_plan_render (&f->style, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, >, 1000);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/style-init", test_style_init);

  for (guint i = 0; i < G_N_ELEMENTS (theme_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/fill-by-use/%s", theme_cases[i].name);

      g_test_add (path, Fixture, &theme_cases[i], fixture_set_up, test_fill_by_use, fixture_tear_down);
    }
  for (guint i = 0; i < G_N_ELEMENTS (flag_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/flag/%s", flag_cases[i].name);

      g_test_add (path, Fixture, &flag_cases[i], fixture_set_up, test_flag_outline, fixture_tear_down);
    }

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/render/flag/info-plain", test_flag_info_plain);
  ADD ("/render/skip", test_skip);
  ADD ("/render/room/over-skip", test_room_over_skip);
  ADD ("/render/room/alone", test_room_alone);
  ADD ("/render/grid", test_grid);
  ADD ("/render/selected/wall-lengths", test_selected_wall_lengths);
  ADD ("/render/label/fits", test_label_fits);
  ADD ("/render/label/l-shape", test_label_l_shape);
  ADD ("/render/label/occupants", test_occupants);
  ADD ("/render/scale-bar", test_scale_bar);
  ADD ("/render/floor-below", test_floor_below);
  ADD ("/render/clip", test_clip);
  ADD ("/render/no-floor", test_no_floor);
  ADD ("/render/pdf", test_pdf);
#undef ADD

  return g_test_run ();
}
