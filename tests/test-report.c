/* test-report.c: the review-meeting document, read back with poppler
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes each version of the example's document to a temporary folder and
 * reads it back with pdftotext and pdfinfo (poppler-utils), checking what
 * a caseworker relies on: the figures, the scale, what is left out for a
 * recipient, and that the family version's first page cites no statute.
 * Skipped when poppler-utils is not installed.
 */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "hearth-file.h"
#include "hearth-report.h"

/* Summary, two floors, schedule, findings (two pages), hazards, sharing,
 * sign-off. */
#define EXPECTED_PAGES 9

typedef struct {
  HearthAssessment *assessment;
  char             *dir;
} Fixture;

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
  f->dir = g_dir_make_tmp ("hearth-report-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_clear_object (&f->assessment);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return FALSE;
    }
  return TRUE;
}

/* The standard output of @argv, which must succeed. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };

  return run (argv);
}

static char *
pdf_page_text (const char *path,
               int         page)
{
  g_autofree char *n = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-layout", "-f", n, "-l", n, path, "-", NULL };

  return run (argv);
}

static char *
pdf_info (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };

  return run (argv);
}

static char *
write_version (Fixture                   *f,
               const char                *name,
               const HearthReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  hearth_report_write_pdf (f->assessment, options, path, &error);
  g_assert_no_error (error);
  return path;
}

static HearthRecipient *
row_for (Fixture    *f,
         const char *person)
{
  HearthRecipient *row = hearth_assessment_find_recipient (f->assessment, person, NULL);

  g_assert_nonnull (row);
  return row;
}

/* ------------------------------------------------------------------------- */

static void
test_full (Fixture       *f,
           gconstpointer  data)
{
  HearthReportOptions options;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *pages = NULL;
  GStatBuf st;

  if (!have_poppler ())
    return;

  hearth_report_options_init (&options);
  path = write_version (f, "full.pdf", &options);
  text = pdf_text (path);
  info = pdf_info (path);

  pages = g_strdup_printf ("^Pages: +%d$", EXPECTED_PAGES);
  g_assert_true (g_regex_match_simple (pages, info, G_REGEX_MULTILINE, 0));
  g_assert_nonnull (strstr (info, "A4"));
  g_assert_true (g_regex_match_simple ("^Title: .*CIN-2026-0417", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Author: .*Priya Shah", info, G_REGEX_MULTILINE, 0));
  g_assert_null (strstr (info, "Larkspur"));

  g_assert_nonnull (strstr (text, "Housing assessment"));
  g_assert_nonnull (strstr (text, "14 Larkspur Close"));
  g_assert_nonnull (strstr (text, "Box room"));
  g_assert_nonnull (strstr (text, "5.28 m²"));
  g_assert_nonnull (strstr (text, "56.83 sq ft"));
  g_assert_nonnull (strstr (text, "Bedroom under 70 sq ft"));
  g_assert_nonnull (strstr (text, "Daniel Carter"));
  g_assert_nonnull (strstr (text, "Amy Carter (11)"));
  g_assert_true (strstr (text, "1:50") != NULL || strstr (text, "1:75") != NULL || strstr (text, "1:100") != NULL);
  g_assert_nonnull (strstr (text, "Scale 1:50 at A4"));
  g_assert_nonnull (strstr (text, "Page 1 of 9"));
  g_assert_nonnull (strstr (text, "Page 9 of 9"));
  g_assert_nonnull (strstr (text, "Crowding and space"));
  g_assert_nonnull (strstr (text, "1199.6"));
  g_assert_nonnull (strstr (text, "2 March 2027"));

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  HearthReportOptions options;
  g_autoptr(HearthReport) report = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  hearth_report_options_init (&options);
  report = hearth_report_new (f->assessment, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hearth_report_get_n_pages (report), ==, EXPECTED_PAGES);
  g_assert_cmpstr (hearth_report_get_title (report), ==, "Housing assessment CIN-2026-0417");
  g_assert_cmpstr (hearth_report_get_author (report), ==, "Priya Shah");

  /* Out of order, as printing may ask, on a surface of another kind. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 298, 421);
  cr = cairo_create (surface);
  cairo_scale (cr, 0.5, 0.5);
  for (guint i = hearth_report_get_n_pages (report); i > 0; i--)
    hearth_report_draw_page (report, cr, i - 1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_recipient_withheld (Fixture       *f,
                         gconstpointer  data)
{
  HearthRecipient *row = row_for (f, "joanne");
  HearthReportOptions options;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  if (!have_poppler ())
    return;

  row->withhold_address = TRUE;
  row->withhold_residents = TRUE;
  hearth_report_options_init (&options);
  options.kind = HEARTH_REPORT_RECIPIENT;
  options.recipient = "joanne";
  path = write_version (f, "joanne.pdf", &options);
  text = pdf_text (path);
  info = pdf_info (path);

  g_assert_null (strstr (text, "Larkspur"));
  g_assert_null (strstr (info, "Larkspur"));
  g_assert_null (strstr (text, "Mark Hughes"));
  g_assert_null (strstr (info, "Mark Hughes"));
  g_assert_null (strstr (text, "MH "));
  /* Nor the other parent, who is an adult too. */
  g_assert_null (strstr (text, "Daniel"));
  g_assert_nonnull (strstr (text, "Another adult"));
  g_assert_nonnull (strstr (text, "Joanne Carter"));
  g_assert_nonnull (strstr (text, "Amy Carter"));
  g_assert_nonnull (strstr (text, "Box room"));
}

static void
test_recipient_allowed (Fixture       *f,
                        gconstpointer  data)
{
  HearthReportOptions options;
  g_autoptr(HearthReport) report = NULL;
  g_autoptr(GError) error = NULL;

  hearth_report_options_init (&options);
  options.kind = HEARTH_REPORT_RECIPIENT;
  options.recipient = "joanne";
  report = hearth_report_new (f->assessment, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
}

static void
test_recipient_refused (Fixture       *f,
                        gconstpointer  data)
{
  HearthRecipient *row = row_for (f, "daniel");
  HearthReportOptions options;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "daniel.pdf", NULL);
  HearthReport *report;

  hearth_report_options_init (&options);
  options.kind = HEARTH_REPORT_RECIPIENT;

  /* Not assessed yet. */
  options.recipient = "daniel";
  report = hearth_report_new (f->assessment, &options, &error);
  g_assert_null (report);
  g_assert_error (error, HEARTH_REPORT_ERROR, HEARTH_REPORT_ERROR_NOT_ASSESSED);
  g_clear_error (&error);

  /* Not safe: the message says why. */
  row->safe_to_share = HEARTH_SAFE_TO_SHARE_NO;
  row->withheld_reason = HEARTH_WITHHELD_REASON_RISK_TO_CHILD;
  g_free (row->withheld_note);
  row->withheld_note = g_strdup ("Contact is supervised");
  g_assert_false (hearth_report_write_pdf (f->assessment, &options, path, &error));
  g_assert_error (error, HEARTH_REPORT_ERROR, HEARTH_REPORT_ERROR_NOT_SAFE);
  g_assert_nonnull (strstr (error->message, "Risk to the child"));
  g_assert_nonnull (strstr (error->message, "Contact is supervised"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* No parental responsibility, and no such person. */
  options.recipient = "mark";
  report = hearth_report_new (f->assessment, &options, &error);
  g_assert_null (report);
  g_assert_error (error, HEARTH_REPORT_ERROR, HEARTH_REPORT_ERROR_NOT_A_RECIPIENT);
  g_clear_error (&error);
  options.recipient = "nobody";
  report = hearth_report_new (f->assessment, &options, &error);
  g_assert_null (report);
  g_assert_error (error, HEARTH_REPORT_ERROR, HEARTH_REPORT_ERROR_NOT_A_RECIPIENT);
}

static void
test_recipient_findings (Fixture       *f,
                         gconstpointer  data)
{
  HearthRecipient *row = row_for (f, "joanne");
  const char *withheld[] = { "small-bedroom", NULL };
  HearthReportOptions options;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  g_strfreev (row->withhold_findings);
  row->withhold_findings = g_strdupv ((GStrv) withheld);
  hearth_report_options_init (&options);
  options.kind = HEARTH_REPORT_RECIPIENT;
  options.recipient = "joanne";
  path = write_version (f, "joanne-findings.pdf", &options);
  text = pdf_text (path);

  g_assert_null (strstr (text, "Bedroom under 70 sq ft"));
  /* Other findings stay, and only her own sharing row is shown. */
  g_assert_nonnull (strstr (text, "HMO minimum room size"));
  g_assert_nonnull (strstr (text, "Your own entry"));
  g_assert_null (strstr (text, "Lives elsewhere"));
}

static void
test_family (Fixture       *f,
             gconstpointer  data)
{
  HearthReportOptions options;
  g_autofree char *path = NULL;
  g_autofree char *first = NULL;
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  hearth_report_options_init (&options);
  options.kind = HEARTH_REPORT_FAMILY;
  path = write_version (f, "family.pdf", &options);
  first = pdf_page_text (path, 1);
  text = pdf_text (path);

  g_assert_nonnull (strstr (first, "About your home"));
  g_assert_nonnull (strstr (first, "Amy (11) sleeps in a room smaller than the law’s 70 sq ft for someone her age."));
  g_assert_null (strstr (first, "Housing Act"));
  g_assert_null (strstr (first, "s.3"));
  g_assert_null (strstr (first, "SI "));
  /* The law is still cited, further on. */
  g_assert_nonnull (strstr (text, "Where this comes from"));
  g_assert_nonnull (strstr (text, "Housing Act"));
  /* Why findings are or are not shared with each parent is not for
   * whoever opens the family's copy. */
  g_assert_null (strstr (text, "Who this was shared with"));
  g_assert_null (strstr (text, "Safe to share"));
}

static void
test_initials (Fixture       *f,
               gconstpointer  data)
{
  HearthReportOptions options;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  hearth_report_options_init (&options);
  options.initials = TRUE;
  path = write_version (f, "initials.pdf", &options);
  text = pdf_text (path);

  g_assert_nonnull (strstr (text, "AC (11)"));
  g_assert_null (strstr (text, "Amy Carter"));
  g_assert_null (strstr (text, "Mark Hughes"));
}

static void
test_write_error (Fixture       *f,
                  gconstpointer  data)
{
  HearthReportOptions options;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "missing", "report.pdf", NULL);

  hearth_report_options_init (&options);
  g_assert_false (hearth_report_write_pdf (f->assessment, &options, path, &error));
  g_assert_error (error, HEARTH_REPORT_ERROR, HEARTH_REPORT_ERROR_WRITE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/report/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("full", test_full);
  ADD ("pages", test_pages);
  ADD ("recipient/allowed", test_recipient_allowed);
  ADD ("recipient/withheld", test_recipient_withheld);
  ADD ("recipient/refused", test_recipient_refused);
  ADD ("recipient/findings", test_recipient_findings);
  ADD ("family", test_family);
  ADD ("initials", test_initials);
  ADD ("write-error", test_write_error);

#undef ADD

  return g_test_run ();
}
