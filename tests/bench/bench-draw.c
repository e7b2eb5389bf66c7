/* bench-draw.c: how long drawing a plan takes, and a PNG to look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-draw
 *       Builds a floor of 500 rooms (a grid of rectangles, uses cycled,
 *       some sloping ceilings, a household sleeping in the bedrooms) and
 *       times hearth_plan_render() on a 1920 × 1080 image with the whole
 *       floor in view, the same zoomed in to 1:1 on screen, and
 *       hearth_plan_render_room() for one room, as a drag redraws it.
 *
 *   bench-draw --png OUT.png FILE.hearth [FLOOR-INDEX] [--dark] [--sqft]
 *       Draws one floor of a .hearth file at 1280 × 800, fitted, with the
 *       floor below, the rules' findings flagged, the first room selected
 *       and a 100 mm grid, to OUT.png.
 *
 * Not part of `meson test`: timings vary from machine to machine.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <gio/gio.h>
#include <cairo.h>

#include "hearth-file.h"
#include "hearth-plan-renderer.h"
#include "hearth-snap.h"
#include "hearth-rules.h"

#define N_RUNS        20
#define N_ROOMS       500
#define GRID_COLUMNS  25
#define CELL_WIDTH_MM 4000
#define CELL_DEPTH_MM 3500
#define BENCH_SEED    20261116
#define BENCH_WIDTH   1920
#define BENCH_HEIGHT  1080
#define PNG_WIDTH     1280
#define PNG_HEIGHT    800

/* Data structures */

typedef struct {
  double best_ms;
  double median_ms;
} Timing;

typedef void (*DrawFunc) (const HearthPlanStyle *style,
                          cairo_t               *cr,
                          gpointer               data);

static const HearthRoomUse room_uses[] = {
  HEARTH_ROOM_USE_BEDROOM, HEARTH_ROOM_USE_LIVING, HEARTH_ROOM_USE_KITCHEN,
  HEARTH_ROOM_USE_BEDROOM, HEARTH_ROOM_USE_BATHROOM, HEARTH_ROOM_USE_HALL,
  HEARTH_ROOM_USE_DINING, HEARTH_ROOM_USE_BEDROOM, HEARTH_ROOM_USE_WC,
  HEARTH_ROOM_USE_STUDY, HEARTH_ROOM_USE_LANDING, HEARTH_ROOM_USE_KITCHEN_DINER,
  HEARTH_ROOM_USE_STORAGE, HEARTH_ROOM_USE_OTHER,
};

static const char * const first_names[] = {
  "Amy", "Leo", "Sam", "Rosie", "Finn", "Joanne", "Mark", "Priya", "Tom", "Zara",
};

static const char * const last_names[] = {
  "Carter", "Hughes", "Shah", "Okafor", "Nowak", "Evans",
};

/* Generating the floor */

static HearthRoom *
generate_room (GRand *rand,
               guint  index)
{
  g_autofree char *id = g_strdup_printf ("r%03u", index);
  g_autofree char *name = g_strdup_printf ("Room %u", index + 1);
  HearthRoomUse use = room_uses[index % G_N_ELEMENTS (room_uses)];
  gint64 x = (gint64) (index % GRID_COLUMNS) * CELL_WIDTH_MM;
  gint64 y = (gint64) (index / GRID_COLUMNS) * CELL_DEPTH_MM;
  gint64 width = g_rand_int_range (rand, 2400, CELL_WIDTH_MM + 1);
  gint64 depth = g_rand_int_range (rand, 2200, CELL_DEPTH_MM + 1);
  HearthRoom *room;

  room = hearth_room_new (id, name, use, hearth_polygon_new_rectangle (x, y, width, depth));
  /* Some bedrooms slope down to the back wall. */
  if (use == HEARTH_ROOM_USE_BEDROOM && index % 3 == 0)
    hearth_room_add_low_headroom (room,
                                  hearth_low_headroom_new (hearth_polygon_new_rectangle (x, y + depth - 600,
                                                                                         width, 600),
                                                           1300));
  return room;
}

/* One floor of N_ROOMS rooms, and one or two people in most bedrooms. */
static HearthAssessment *
generate_assessment (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED);
  g_autoptr(HearthFloor) floor = hearth_floor_new ("f0", "Ground floor", 0);
  g_autoptr(GDate) visit = g_date_new_dmy (16, G_DATE_NOVEMBER, 2026);
  HearthAssessment *assessment = hearth_assessment_new ();
  guint n_persons = 0;

  hearth_assessment_set_visit_date (assessment, visit);
  hearth_assessment_add_floor (assessment, floor);

  for (guint i = 0; i < N_ROOMS; i++)
    {
      g_autoptr(HearthRoom) room = generate_room (rand, i);
      guint sleepers;

      hearth_floor_add_room (floor, room);
      if (hearth_room_get_use (room) != HEARTH_ROOM_USE_BEDROOM)
        continue;

      sleepers = (guint) g_rand_int_range (rand, 0, 3);
      for (guint k = 0; k < sleepers; k++, n_persons++)
        {
          g_autofree char *id = g_strdup_printf ("p%04u", n_persons);
          g_autofree char *name = g_strdup_printf ("%s %s",
                                                   first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))],
                                                   last_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (last_names))]);
          g_autoptr(HearthPerson) person = hearth_person_new (id, name);

          hearth_person_set_stated_age (person, g_rand_int_range (rand, 0, 60));
          hearth_person_set_resident (person, TRUE);
          hearth_person_set_sleeps_in (person, hearth_room_get_id (room));
          hearth_assessment_add_person (assessment, person);
        }
    }
  return assessment;
}

/* Timing */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static Timing
time_draw (const HearthPlanStyle *style,
           cairo_surface_t       *surface,
           DrawFunc               func,
           gpointer               data)
{
  double samples[N_RUNS];
  Timing t;

  for (guint run = 0; run < N_RUNS; run++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();

      func (style, cr, data);
      cairo_surface_flush (surface);
      samples[run] = (double) (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
    }

  qsort (samples, N_RUNS, sizeof (double), compare_doubles);
  t.best_ms = samples[0];
  t.median_ms = (samples[N_RUNS / 2 - 1] + samples[N_RUNS / 2]) / 2.0;
  return t;
}

static void
draw_plan (const HearthPlanStyle *style,
           cairo_t               *cr,
           gpointer               data)
{
  hearth_plan_render (style, cr);
}

static void
draw_one_room (const HearthPlanStyle *style,
               cairo_t               *cr,
               gpointer               data)
{
  hearth_plan_render_room (style, cr, data);
}

static void
print_row (const char   *label,
           const Timing *t)
{
  g_print ("  %-44s %9.2f %9.2f\n", label, t->best_ms, t->median_ms);
}

static void
fit_floor (HearthViewport *viewport,
           HearthFloor    *floor,
           double          margin)
{
  gint64 min_x = G_MAXINT64, min_y = G_MAXINT64, max_x = G_MININT64, max_y = G_MININT64;
  guint n = hearth_floor_get_n_rooms (floor);

  for (guint i = 0; i < n; i++)
    {
      gint64 x0, y0, x1, y1;

      hearth_polygon_get_bounds (hearth_room_get_polygon (hearth_floor_get_room (floor, i)),
                                 &x0, &y0, &x1, &y1);
      min_x = MIN (min_x, x0);
      min_y = MIN (min_y, y0);
      max_x = MAX (max_x, x1);
      max_y = MAX (max_y, y1);
    }
  if (n == 0)
    min_x = min_y = max_x = max_y = 0;
  hearth_viewport_fit (viewport, min_x, min_y, max_x, max_y, margin);
}

/* One pointer motion while dragging @room, as the canvas handles it: snap
 * the dragged corner through the index built when the drag started, move
 * the room, and draw the room over the cached rest of the floor. With
 * @whole_plan, also what a naive canvas would do on every motion: rebuild
 * the snap index and redraw the whole floor. */
static double
time_drag_motion (const HearthPlanStyle   *style,
                  cairo_surface_t         *surface,
                  HearthRoom              *room,
                  const HearthSnapOptions *options,
                  HearthSnapIndex         *index,
                  guint                    step,
                  gboolean                 whole_plan)
{
  g_autoptr(HearthSnapIndex) rebuilt = NULL;
  const HearthPolygon *polygon = hearth_room_get_polygon (room);
  guint n = hearth_polygon_get_n_points (polygon);
  g_autofree HearthPoint *moved = g_new (HearthPoint, n);
  HearthPoint first = hearth_polygon_get_point (polygon, 0);
  HearthPoint snapped;
  gint64 start = g_get_monotonic_time ();
  cairo_t *cr;

  if (whole_plan)
    index = rebuilt = hearth_snap_index_new (style->floor, room, options->tolerance_mm);

  hearth_snap_point (index, options, first.x + 37.0 * (step % 7 + 1), first.y + 23.0, &snapped);
  for (guint i = 0; i < n; i++)
    {
      HearthPoint p = hearth_polygon_get_point (polygon, i);

      moved[i].x = p.x + (snapped.x - first.x);
      moved[i].y = p.y + (snapped.y - first.y);
    }
  hearth_room_set_polygon (room, hearth_polygon_new (moved, n));

  cr = cairo_create (surface);
  if (whole_plan)
    hearth_plan_render (style, cr);
  else
    hearth_plan_render_room (style, cr, room);
  cairo_surface_flush (surface);
  cairo_destroy (cr);

  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

static int
run_benchmark (void)
{
  g_autoptr(HearthAssessment) assessment = generate_assessment ();
  g_autoptr(HearthViewport) viewport = hearth_viewport_new ();
  g_autoptr(GHashTable) flagged = g_hash_table_new (g_str_hash, g_str_equal);
  HearthFloor *floor = g_ptr_array_index (hearth_assessment_get_floors (assessment), 0);
  HearthRoom *room = hearth_floor_get_room (floor, 0);
  cairo_surface_t *surface;
  HearthPlanStyle style;
  Timing t;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, BENCH_WIDTH, BENCH_HEIGHT);
  hearth_viewport_set_size (viewport, BENCH_WIDTH, BENCH_HEIGHT);
  fit_floor (viewport, floor, 24.0);

  /* One room in ten flagged, as a plan full of problems might be. */
  for (guint i = 0; i < hearth_floor_get_n_rooms (floor); i += 10)
    g_hash_table_insert (flagged, (gpointer) hearth_room_get_id (hearth_floor_get_room (floor, i)),
                         GINT_TO_POINTER (HEARTH_SEVERITY_BREACH + 1 + (i / 10) % 3));

  hearth_plan_style_init (&style);
  style.assessment = assessment;
  style.floor = floor;
  style.viewport = viewport;
  style.selected = room;
  style.flagged = flagged;
  style.grid_step_mm = 100;

  g_print ("Drawing a floor of %u rooms at %d x %d, %d runs (ms)\n",
           hearth_floor_get_n_rooms (floor), BENCH_WIDTH, BENCH_HEIGHT, N_RUNS);
  g_print ("  %-44s %9s %9s\n", "", "best", "median");

  t = time_draw (&style, surface, draw_plan, NULL);
  print_row ("hearth_plan_render, whole floor in view", &t);

  style.flagged = NULL;
  style.selected = NULL;
  style.grid_step_mm = 0;
  t = time_draw (&style, surface, draw_plan, NULL);
  print_row ("  the same, no grid, flags or selection", &t);
  style.flagged = flagged;
  style.selected = room;
  style.grid_step_mm = 100;

  /* As the canvas opens a plan: 1 mm = 0.1 px, the top-left corner. */
  hearth_viewport_set_scale (viewport, HEARTH_VIEWPORT_DEFAULT_SCALE);
  hearth_viewport_set_offset (viewport, -500.0, -500.0);
  t = time_draw (&style, surface, draw_plan, NULL);
  print_row ("hearth_plan_render, zoomed in (0.1 px/mm)", &t);

  fit_floor (viewport, floor, 24.0);
  t = time_draw (&style, surface, draw_one_room, room);
  print_row ("hearth_plan_render_room, selected (a drag)", &t);

  /* Dragging a room across the floor, motion by motion. */
  {
    g_autoptr(HearthSnapIndex) index = NULL;
    HearthSnapOptions options;
    double motion[N_RUNS], naive[N_RUNS];
    gint64 start;

    hearth_snap_options_init (&options);
    options.tolerance_mm = 8.0 / hearth_viewport_get_scale (viewport);

    start = g_get_monotonic_time ();
    index = hearth_snap_index_new (floor, room, options.tolerance_mm);
    g_print ("  %-44s %9.2f\n", "snap index, built once as a drag starts",
             (double) (g_get_monotonic_time () - start) / 1000.0);

    for (guint run = 0; run < N_RUNS; run++)
      motion[run] = time_drag_motion (&style, surface, room, &options, index, run, FALSE);
    for (guint run = 0; run < N_RUNS; run++)
      naive[run] = time_drag_motion (&style, surface, room, &options, index, run, TRUE);

    qsort (motion, N_RUNS, sizeof (double), compare_doubles);
    qsort (naive, N_RUNS, sizeof (double), compare_doubles);
    t.best_ms = motion[0];
    t.median_ms = (motion[N_RUNS / 2 - 1] + motion[N_RUNS / 2]) / 2.0;
    print_row ("one drag motion: snap, move, draw the room", &t);
    t.best_ms = naive[0];
    t.median_ms = (naive[N_RUNS / 2 - 1] + naive[N_RUNS / 2]) / 2.0;
    print_row ("  for comparison: re-index, redraw the floor", &t);
  }

  cairo_surface_destroy (surface);
  return EXIT_SUCCESS;
}

/* The PNG */

/* Room id → worst severity + 1, from the rules' findings. */
static GHashTable *
flag_findings (HearthAssessment *assessment)
{
  g_autoptr(GPtrArray) findings = hearth_check (assessment, NULL);
  GHashTable *flagged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const HearthFinding *finding = g_ptr_array_index (findings, i);

      for (guint k = 0; finding->rooms != NULL && finding->rooms[k] != NULL; k++)
        {
          int old = GPOINTER_TO_INT (g_hash_table_lookup (flagged, finding->rooms[k]));

          if (old == 0 || (int) finding->severity + 1 < old)
            g_hash_table_insert (flagged, g_strdup (finding->rooms[k]),
                                 GINT_TO_POINTER (finding->severity + 1));
        }
    }
  return flagged;
}

static HearthFloor *
find_floor_below (HearthAssessment *assessment,
                  HearthFloor      *floor)
{
  GPtrArray *floors = hearth_assessment_get_floors (assessment);

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *other = g_ptr_array_index (floors, i);

      if (hearth_floor_get_level (other) == hearth_floor_get_level (floor) - 1)
        return other;
    }
  return NULL;
}

static int
render_png (const char *out_path,
            const char *in_path,
            guint       floor_index,
            gboolean    dark,
            gboolean    sqft)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (in_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(HearthViewport) viewport = NULL;
  g_autoptr(GHashTable) flagged = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  HearthPlanStyle style;
  HearthFloor *floor;
  GPtrArray *floors;

  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  if (assessment == NULL)
    {
      g_printerr ("%s: %s\n", in_path, error->message);
      return EXIT_FAILURE;
    }
  floors = hearth_assessment_get_floors (assessment);
  if (floor_index >= floors->len)
    {
      g_printerr ("%s has %u floors; there is no floor %u\n", in_path, floors->len, floor_index);
      return EXIT_FAILURE;
    }
  floor = g_ptr_array_index (floors, floor_index);

  viewport = hearth_viewport_new ();
  hearth_viewport_set_size (viewport, PNG_WIDTH, PNG_HEIGHT);
  fit_floor (viewport, floor, 48.0);
  flagged = flag_findings (assessment);

  hearth_plan_style_init (&style);
  style.assessment = assessment;
  style.floor = floor;
  style.floor_below = find_floor_below (assessment, floor);
  style.viewport = viewport;
  style.selected = hearth_floor_get_n_rooms (floor) > 0 ? hearth_floor_get_room (floor, 0) : NULL;
  style.flagged = flagged;
  style.grid_step_mm = 100;
  style.dark = dark;
  style.unit = sqft ? HEARTH_AREA_UNIT_SQFT : HEARTH_AREA_UNIT_M2;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, PNG_WIDTH, PNG_HEIGHT);
  cr = cairo_create (surface);
  hearth_plan_render (&style, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png (surface, out_path);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("%s: %s\n", out_path, cairo_status_to_string (status));
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *png = NULL;
  gboolean dark = FALSE;
  gboolean sqft = FALSE;
  guint64 floor_index = 0;
  const GOptionEntry entries[] = {
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png, "Draw FILE to a PNG instead of timing", "OUT.png" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "With --png: dark colours", NULL },
    { "sqft", 0, 0, G_OPTION_ARG_NONE, &sqft, "With --png: areas in square feet first", NULL },
    { NULL }
  };

  context = g_option_context_new ("[FILE.hearth [FLOOR-INDEX]]");
  g_option_context_set_summary (context, "Times drawing a 500-room floor, or draws a plan to a PNG.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (png == NULL)
    return run_benchmark ();

  if (argc < 2 || argc > 3 ||
      (argc == 3 && !g_ascii_string_to_unsigned (argv[2], 10, 0, G_MAXUINT, &floor_index, &error)))
    {
      g_printerr ("Usage: %s --png OUT.png FILE.hearth [FLOOR-INDEX]%s%s\n", g_get_prgname (),
                  error ? "\n" : "", error ? error->message : "");
      return EXIT_FAILURE;
    }
  return render_png (png, argv[1], (guint) floor_index, dark, sqft);
}
