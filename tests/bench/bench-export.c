/* bench-export.c: how long writing the review-meeting PDF takes, next to
 * the floor for that work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-export [FILE.hearth]
 *       Times hearth_report_write_pdf() (best and median of N_RUNS) for
 *       the example assessment (or FILE) and for a generated home of 30
 *       rooms on 3 floors with 8 people, and hearth_report_new() (the
 *       layout alone). Next to each, "the floor for this work": a bare
 *       cairo program writing a PDF with the same number of pages, the
 *       same room polygons (move_to/line_to/stroke) and the same lines of
 *       text (cairo_show_text, no Pango). The text lines are the report's
 *       own, read back with pdftotext when it is installed; otherwise the
 *       rooms, people and findings, one a line.
 *
 * Not part of `meson test`: timings vary from machine to machine.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <cairo.h>
#include <cairo-pdf.h>

#include "hearth-file.h"
#include "hearth-report.h"
#include "hearth-rules.h"
#include "hearth-units.h"

#ifndef HEARTH_BENCH_EXAMPLE
#define HEARTH_BENCH_EXAMPLE "data/examples/carter-household.hearth"
#endif

#define N_RUNS          10
#define N_FLOORS        3
#define ROOMS_PER_FLOOR 10
#define GRID_COLUMNS    5
#define CELL_WIDTH_MM   4000
#define CELL_DEPTH_MM   3500
#define BENCH_SEED      20261116

/* Margins and text of the floor program, in points */
#define FLOOR_MARGIN    56.0
#define FLOOR_FONT_SIZE 10.0
#define FLOOR_LEADING   13.0

/* Data structures */

typedef struct {
  double best_ms;
  double median_ms;
} Timing;

typedef struct {
  guint      n_pages;
  GPtrArray *pages;   /* GPtrArray of char* lines, one per page (may be fewer) */
  gboolean   from_pdf;
} TextLines;

static const HearthRoomUse room_uses[] = {
  HEARTH_ROOM_USE_LIVING, HEARTH_ROOM_USE_KITCHEN, HEARTH_ROOM_USE_HALL,
  HEARTH_ROOM_USE_BEDROOM, HEARTH_ROOM_USE_BATHROOM, HEARTH_ROOM_USE_BEDROOM,
  HEARTH_ROOM_USE_LANDING, HEARTH_ROOM_USE_BEDROOM, HEARTH_ROOM_USE_WC,
  HEARTH_ROOM_USE_STORAGE,
};

static const struct {
  const char *id;
  const char *name;
  int         age;
  gboolean    pr;
  guint       bedroom;   /* index among the bedrooms */
} household[] = {
  { "alex", "Alex Morgan", 38, TRUE, 0 },
  { "jo", "Jo Morgan", 36, TRUE, 0 },
  { "kai", "Kai Morgan", 15, FALSE, 1 },
  { "ivy", "Ivy Morgan", 12, FALSE, 2 },
  { "noah", "Noah Morgan", 10, FALSE, 1 },
  { "lily", "Lily Morgan", 7, FALSE, 2 },
  { "ben", "Ben Morgan", 4, FALSE, 3 },
  { "ruby", "Ruby Morgan", 1, FALSE, 0 },
};

/* Generating the home */

/* 3 floors of 10 rooms in a grid; 8 people in the first 4 bedrooms; one
 * parent's sharing row "safe to share", the other's not assessed. */
static HearthAssessment *
generate_assessment (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED);
  g_autoptr(GDate) visit = g_date_new_dmy (16, G_DATE_NOVEMBER, 2026);
  g_autoptr(GPtrArray) bedrooms = g_ptr_array_new ();
  HearthAssessment *assessment = hearth_assessment_new ();
  HearthRecipient *recipient;

  hearth_assessment_set_reference (assessment, "CIN-2026-9999");
  hearth_assessment_set_address (assessment, "1 Bench Street, Northtown NT1 1AA");
  hearth_assessment_set_assessor (assessment, "Priya Shah");
  hearth_assessment_set_visit_date (assessment, visit);

  for (guint f = 0; f < N_FLOORS; f++)
    {
      g_autofree char *floor_id = g_strdup_printf ("f%u", f);
      g_autofree char *floor_name = g_strdup_printf ("Floor %u", f);
      g_autoptr(HearthFloor) floor = hearth_floor_new (floor_id, floor_name, (int) f);

      hearth_assessment_add_floor (assessment, floor);
      for (guint i = 0; i < ROOMS_PER_FLOOR; i++)
        {
          guint index = f * ROOMS_PER_FLOOR + i;
          g_autofree char *id = g_strdup_printf ("r%02u", index);
          g_autofree char *name = g_strdup_printf ("Room %u", index + 1);
          HearthRoomUse use = room_uses[i];
          gint64 x = (gint64) (i % GRID_COLUMNS) * CELL_WIDTH_MM;
          gint64 y = (gint64) (i / GRID_COLUMNS) * CELL_DEPTH_MM;
          gint64 width = g_rand_int_range (rand, 1800, CELL_WIDTH_MM + 1);
          gint64 depth = g_rand_int_range (rand, 1800, CELL_DEPTH_MM + 1);
          g_autoptr(HearthRoom) room = NULL;

          room = hearth_room_new (id, name, use, hearth_polygon_new_rectangle (x, y, width, depth));
          /* Some bedrooms slope down to the back wall. */
          if (use == HEARTH_ROOM_USE_BEDROOM && f == N_FLOORS - 1)
            hearth_room_add_low_headroom (room,
                                          hearth_low_headroom_new (hearth_polygon_new_rectangle (x, y + depth - 600,
                                                                                                 width, 600),
                                                                   1300));
          hearth_floor_add_room (floor, room);
          if (use == HEARTH_ROOM_USE_BEDROOM)
            g_ptr_array_add (bedrooms, room);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (household); i++)
    {
      g_autoptr(HearthPerson) person = hearth_person_new (household[i].id, household[i].name);
      HearthRoom *bedroom = g_ptr_array_index (bedrooms, household[i].bedroom % bedrooms->len);

      hearth_person_set_stated_age (person, household[i].age);
      hearth_person_set_resident (person, TRUE);
      hearth_person_set_parental_responsibility (person, household[i].pr);
      hearth_person_set_sleeps_in (person, hearth_room_get_id (bedroom));
      hearth_assessment_add_person (assessment, person);
    }

  recipient = hearth_recipient_new ("alex");
  recipient->details_known = TRUE;
  recipient->safe_to_share = HEARTH_SAFE_TO_SHARE_YES;
  hearth_assessment_add_recipient (assessment, recipient);
  recipient = hearth_recipient_new ("jo");
  recipient->details_known = TRUE;
  hearth_assessment_add_recipient (assessment, recipient);

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
timing_from_samples (double *samples)
{
  Timing t;

  qsort (samples, N_RUNS, sizeof (double), compare_doubles);
  t.best_ms = samples[0];
  t.median_ms = (samples[N_RUNS / 2 - 1] + samples[N_RUNS / 2]) / 2.0;
  return t;
}

/* The text to draw */

static void
text_lines_clear (TextLines *text)
{
  g_clear_pointer (&text->pages, g_ptr_array_unref);
}

/* The report's own lines, page by page, as pdftotext reads them. */
static gboolean
text_lines_from_pdf (TextLines  *text,
                     const char *pdf)
{
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) pages = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return FALSE;

  text->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  pages = g_strsplit (out, "\f", -1);
  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[p], "\n", -1);
      GPtrArray *page = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; lines[i] != NULL; i++)
        if (*g_strstrip (lines[i]) != '\0')
          g_ptr_array_add (page, g_strdup (lines[i]));
      g_ptr_array_add (text->pages, page);
    }
  text->from_pdf = TRUE;
  return TRUE;
}

/* Without pdftotext: every room with its areas, every person, every
 * finding's message and law, spread evenly over the pages. */
static void
text_lines_from_assessment (TextLines        *text,
                            HearthAssessment *assessment)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) findings = hearth_check (assessment, NULL);
  GPtrArray *floors = hearth_assessment_get_floors (assessment);
  GPtrArray *persons = hearth_assessment_get_persons (assessment);
  guint per_page;

  for (guint f = 0; f < floors->len; f++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, f);

      for (guint r = 0; r < hearth_floor_get_n_rooms (floor); r++)
        {
          HearthRoom *room = hearth_floor_get_room (floor, r);
          g_autofree char *m2 = hearth_format_m2 (hearth_room_get_gross_area2 (room));
          g_autofree char *sqft = hearth_format_sqft (hearth_room_get_gross_area2 (room));

          g_ptr_array_add (lines, g_strdup_printf ("%s  %s  %s  %s", hearth_floor_get_name (floor),
                                                   hearth_room_get_name (room), m2, sqft));
        }
    }
  for (guint i = 0; i < persons->len; i++)
    g_ptr_array_add (lines, g_strdup (hearth_person_get_name (g_ptr_array_index (persons, i))));
  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *finding = g_ptr_array_index (findings, i);

      g_ptr_array_add (lines, g_strdup (hearth_rule_get_title (finding->rule)));
      g_ptr_array_add (lines, g_strdup (finding->message));
      g_ptr_array_add (lines, g_strdup (finding->citation));
    }

  text->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  per_page = (lines->len + text->n_pages - 1) / MAX (text->n_pages, 1);
  for (guint p = 0; p < text->n_pages; p++)
    {
      GPtrArray *page = g_ptr_array_new_with_free_func (g_free);

      for (guint i = p * per_page; i < MIN ((p + 1) * per_page, lines->len); i++)
        g_ptr_array_add (page, g_strdup (g_ptr_array_index (lines, i)));
      g_ptr_array_add (text->pages, page);
    }
  text->from_pdf = FALSE;
}

static guint
text_lines_count (const TextLines *text)
{
  guint n = 0;

  for (guint p = 0; p < text->pages->len; p++)
    n += ((GPtrArray *) g_ptr_array_index (text->pages, p))->len;
  return n;
}

/* The floor: a bare cairo PDF */

/* Every room of @floor, fitted into the page below the text margin. */
static void
floor_draw_plan (cairo_t     *cr,
                 HearthFloor *floor)
{
  gint64 min_x = G_MAXINT64, min_y = G_MAXINT64, max_x = G_MININT64, max_y = G_MININT64;
  guint n = hearth_floor_get_n_rooms (floor);
  double box_w = HEARTH_REPORT_PAGE_WIDTH - 2 * FLOOR_MARGIN;
  double box_h = HEARTH_REPORT_PAGE_HEIGHT / 2 - FLOOR_MARGIN;
  double scale;

  if (n == 0)
    return;
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
  scale = MIN (box_w / MAX (max_x - min_x, 1), box_h / MAX (max_y - min_y, 1));

  cairo_save (cr);
  cairo_set_line_width (cr, 0.75);
  for (guint i = 0; i < n; i++)
    {
      const HearthPolygon *polygon = hearth_room_get_polygon (hearth_floor_get_room (floor, i));
      const HearthPoint *points = hearth_polygon_get_points (polygon);
      guint n_points = hearth_polygon_get_n_points (polygon);

      for (guint k = 0; k < n_points; k++)
        {
          double x = FLOOR_MARGIN + (points[k].x - min_x) * scale;
          double y = HEARTH_REPORT_PAGE_HEIGHT / 2 + (points[k].y - min_y) * scale;

          if (k == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* The same pages, polygons and text as the report, on a cairo PDF surface:
 * floor f's plan on page f + 1, as the report puts plans after page 1. */
static gboolean
floor_write_pdf (HearthAssessment *assessment,
                 const TextLines  *text,
                 const char       *path)
{
  GPtrArray *floors = hearth_assessment_get_floors (assessment);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create (path, HEARTH_REPORT_PAGE_WIDTH, HEARTH_REPORT_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  hearth_assessment_get_reference (assessment));
  cr = cairo_create (surface);
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, FLOOR_FONT_SIZE);

  for (guint p = 0; p < text->n_pages; p++)
    {
      GPtrArray *lines = p < text->pages->len ? g_ptr_array_index (text->pages, p) : NULL;
      double y = FLOOR_MARGIN;

      for (guint i = 0; lines != NULL && i < lines->len; i++)
        {
          cairo_move_to (cr, FLOOR_MARGIN, y);
          cairo_show_text (cr, g_ptr_array_index (lines, i));
          y += FLOOR_LEADING;
          /* Long pages wrap round rather than run off the page. */
          if (y > HEARTH_REPORT_PAGE_HEIGHT - FLOOR_MARGIN)
            y = FLOOR_MARGIN;
        }
      if (p >= 1 && p - 1 < floors->len)
        floor_draw_plan (cr, g_ptr_array_index (floors, p - 1));
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status == CAIRO_STATUS_SUCCESS;
}

/* Running it */

static goffset
file_size (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 ? (goffset) buf.st_size : -1;
}

static void
print_row (const char   *label,
           const Timing *t,
           double        floor_ms,
           goffset       bytes)
{
  g_autofree char *size = bytes >= 0 ? g_strdup_printf ("%" G_GOFFSET_FORMAT, bytes) : g_strdup ("");

  g_print ("  %-46s %9.2f %9.2f %8.1fx %9s\n",
           label, t->best_ms, t->median_ms, t->best_ms / floor_ms, size);
}

static gboolean
bench_one (const char       *title,
           HearthAssessment *assessment,
           const char       *dir)
{
  g_autofree char *report_pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *floor_pdf = g_build_filename (dir, "floor.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthReport) report = NULL;
  double write_ms[N_RUNS], layout_ms[N_RUNS], floor_ms[N_RUNS];
  Timing write_t, layout_t, floor_t;
  HearthReportOptions options;
  TextLines text = { 0, };
  gint64 start;

  hearth_report_options_init (&options);
  options.kind = HEARTH_REPORT_FULL;

  report = hearth_report_new (assessment, &options, &error);
  if (report == NULL)
    {
      g_printerr ("%s: %s\n", title, error->message);
      return FALSE;
    }
  text.n_pages = hearth_report_get_n_pages (report);
  g_clear_pointer (&report, hearth_report_free);

  for (guint run = 0; run < N_RUNS; run++)
    {
      start = g_get_monotonic_time ();
      if (!hearth_report_write_pdf (assessment, &options, report_pdf, &error))
        {
          g_printerr ("%s: %s\n", title, error->message);
          return FALSE;
        }
      write_ms[run] = (double) (g_get_monotonic_time () - start) / 1000.0;
    }

  for (guint run = 0; run < N_RUNS; run++)
    {
      start = g_get_monotonic_time ();
      report = hearth_report_new (assessment, &options, NULL);
      layout_ms[run] = (double) (g_get_monotonic_time () - start) / 1000.0;
      g_clear_pointer (&report, hearth_report_free);
    }

  if (!text_lines_from_pdf (&text, report_pdf))
    text_lines_from_assessment (&text, assessment);

  for (guint run = 0; run < N_RUNS; run++)
    {
      start = g_get_monotonic_time ();
      if (!floor_write_pdf (assessment, &text, floor_pdf))
        {
          g_printerr ("%s: the bare cairo PDF could not be written\n", title);
          text_lines_clear (&text);
          return FALSE;
        }
      floor_ms[run] = (double) (g_get_monotonic_time () - start) / 1000.0;
    }

  write_t = timing_from_samples (write_ms);
  layout_t = timing_from_samples (layout_ms);
  floor_t = timing_from_samples (floor_ms);

  g_print ("\n%s: %u pages, %u rooms, %u people; %u text lines (%s)\n", title, text.n_pages,
           hearth_assessment_get_n_rooms (assessment), hearth_assessment_get_persons (assessment)->len,
           text_lines_count (&text), text.from_pdf ? "read back with pdftotext" : "from the assessment");
  g_print ("  %-46s %9s %9s %9s %9s\n", "", "best", "median", "vs floor", "bytes");
  print_row ("hearth_report_write_pdf", &write_t, floor_t.best_ms, file_size (report_pdf));
  print_row ("  hearth_report_new (the layout alone)", &layout_t, floor_t.best_ms, -1);
  print_row ("bare cairo: same pages, polygons, text lines", &floor_t, floor_t.best_ms,
             file_size (floor_pdf));

  g_unlink (report_pdf);
  g_unlink (floor_pdf);
  text_lines_clear (&text);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAssessment) example = NULL;
  g_autoptr(HearthAssessment) generated = NULL;
  g_autofree char *dir = NULL;
  const char *path = argc > 1 ? argv[1] : HEARTH_BENCH_EXAMPLE;
  gboolean ok;

  if (argc > 2 || (argc == 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))))
    {
      g_printerr ("Usage: %s [FILE.hearth]\n"
                  "Times writing the review-meeting PDF, next to a bare cairo PDF of the same pages.\n",
                  g_get_prgname () ? g_get_prgname () : argv[0]);
      return argc == 2 ? EXIT_SUCCESS : EXIT_FAILURE;
    }

  file = g_file_new_for_commandline_arg (path);
  example = hearth_assessment_load_from_file (file, NULL, &error);
  if (example == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return EXIT_FAILURE;
    }
  generated = generate_assessment ();

  dir = g_dir_make_tmp ("hearth-bench-export-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  g_print ("Writing the review-meeting PDF (full version), %d runs (ms)\n", N_RUNS);
  ok = bench_one (path, example, dir) &&
       bench_one ("generated: 3 floors of 10 rooms, 8 people", generated, dir);
  g_rmdir (dir);

  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
