/* bench-load.c: how long loading and checking a large assessment takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a fictional assessment (2,000 rooms on 20 floors, 5,000 persons,
 * some couples, a few hazards and sharing rows) as XML, then times
 * hearth_assessment_load_from_file() and hearth_check() separately, and
 * the same file through `xmllint --noout` for comparison. Then checks that
 * load + check grows about linearly with the size of the plan.
 *
 * Everything is generated from a fixed seed, so runs are comparable.
 * Run it with `build-aux/setup bench`; it is not part of `meson test`.
 */

#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "hearth-file.h"
#include "hearth-rules.h"

#ifndef HEARTH_BENCH_SCHEMA
#define HEARTH_BENCH_SCHEMA "data/hearth-assessment.rng"
#endif

#define N_RUNS          5
#define ROOMS_PER_FLOOR 100
#define GRID_COLUMNS    10
#define CELL_WIDTH_MM   4000
#define CELL_DEPTH_MM   3500
#define BENCH_SEED      20261116

/* Data structures */

typedef struct {
  GDateDay   day;
  GDateMonth month;
  GDateYear  year;
  int        stated_age;   /* used instead of a date of birth when >= 0 */
  const char *sex;
  guint      bedroom;      /* index into the list of bedrooms */
  gboolean   parental_responsibility;
  int        partner;      /* index of the other member of the couple, or -1 */
} BenchPerson;

typedef struct {
  double best_ms;
  double median_ms;
  gboolean ok;
} Timing;

/* Room uses, cycled through; bedrooms come up often enough to sleep everyone. */
static const char * const room_uses[] = {
  "bedroom", "living", "kitchen", "bedroom", "bathroom", "bedroom", "hall",
  "dining", "bedroom", "wc", "study", "bedroom", "landing", "kitchen-diner",
  "bedroom", "storage", "other",
};

/* Generating the file */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static Timing
timing_from_samples (double   *samples,
                     guint     n,
                     gboolean  ok)
{
  Timing t = { 0.0, 0.0, ok };

  if (n == 0)
    {
      t.ok = FALSE;
      return t;
    }
  qsort (samples, n, sizeof (double), compare_doubles);
  t.best_ms = samples[0];
  t.median_ms = (n % 2 == 1) ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0;
  return t;
}

static void
append_rectangle (GString *xml,
                  const char *indent,
                  gint64   x0,
                  gint64   y0,
                  gint64   x1,
                  gint64   y1)
{
  g_string_append_printf (xml,
                          "%s<vertex x=\"%" G_GINT64_FORMAT "\" y=\"%" G_GINT64_FORMAT "\"/>\n"
                          "%s<vertex x=\"%" G_GINT64_FORMAT "\" y=\"%" G_GINT64_FORMAT "\"/>\n"
                          "%s<vertex x=\"%" G_GINT64_FORMAT "\" y=\"%" G_GINT64_FORMAT "\"/>\n"
                          "%s<vertex x=\"%" G_GINT64_FORMAT "\" y=\"%" G_GINT64_FORMAT "\"/>\n",
                          indent, x0, y0,
                          indent, x1, y0,
                          indent, x1, y1,
                          indent, x0, y1);
}

/* A fictional assessment with @n_rooms rooms and @n_persons persons, as
 * the text of a .hearth file following data/hearth-assessment.rng. */
static GString *
generate_assessment (guint n_rooms,
                     guint n_persons)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED);
  g_autoptr(GArray) bedrooms = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree BenchPerson *persons = NULL;
  g_autoptr(GDate) visit = g_date_new_dmy (16, G_DATE_NOVEMBER, 2026);
  GString *xml = g_string_sized_new (n_rooms * 400 + n_persons * 200 + 4096);
  guint n_floors = MAX (1, (n_rooms + ROOMS_PER_FLOOR - 1) / ROOMS_PER_FLOOR);
  guint n_couples = 0;
  guint n_recipients = 0;
  int waiting_adult = -1;
  guint room = 0;

  /* Which rooms are bedrooms. */
  for (guint i = 0; i < n_rooms; i++)
    if (strcmp (room_uses[i % G_N_ELEMENTS (room_uses)], "bedroom") == 0)
      g_array_append_val (bedrooms, i);
  g_assert (bedrooms->len > 0);

  /* The people, decided before writing so couples can share a bed. */
  persons = g_new0 (BenchPerson, n_persons);
  for (guint i = 0; i < n_persons; i++)
    {
      BenchPerson *p = &persons[i];
      g_autoptr(GDate) born = g_date_copy (visit);
      guint age_days;
      int sex = g_rand_int_range (rand, 0, 20);

      /* Four in ten are children. */
      if (g_rand_int_range (rand, 0, 10) < 4)
        age_days = (guint) g_rand_int_range (rand, 1, 18 * 365);
      else
        age_days = (guint) g_rand_int_range (rand, 18 * 365 + 5, 90 * 365);
      g_date_subtract_days (born, age_days);
      p->day = g_date_get_day (born);
      p->month = g_date_get_month (born);
      p->year = g_date_get_year (born);
      /* One in fifty has only a stated age. */
      p->stated_age = (i % 50 == 7) ? (int) (age_days / 365) : -1;
      p->sex = sex == 0 ? "not-recorded" : (sex % 2 == 0 ? "female" : "male");
      p->bedroom = (guint) g_rand_int_range (rand, 0, (gint32) bedrooms->len);
      p->parental_responsibility = FALSE;
      p->partner = -1;

      /* Pair about a third of the adults into couples sharing a bedroom. */
      if (age_days >= 18 * 365 && g_rand_int_range (rand, 0, 3) == 0)
        {
          if (waiting_adult < 0)
            waiting_adult = (int) i;
          else
            {
              persons[waiting_adult].partner = (int) i;
              p->partner = waiting_adult;
              p->bedroom = persons[waiting_adult].bedroom;
              p->parental_responsibility = TRUE;
              persons[waiting_adult].parental_responsibility = TRUE;
              waiting_adult = -1;
              n_couples++;
            }
        }
    }

  g_string_append (xml,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<!-- Generated by tests/bench/bench-load.c: every name and address is invented. -->\n"
                   "<hearth-assessment xmlns=\"" HEARTH_FILE_NAMESPACE "\" version=\"1\">\n"
                   "  <case reference=\"BENCH-0001\" address=\"1 Benchmark Terrace, Testville TV9 9ZZ\""
                   " visit-date=\"2026-11-16\" assessor=\"Bench Tester\" hmo=\"true\"/>\n"
                   "  <household>\n");

  for (guint i = 0; i < n_persons; i++)
    {
      const BenchPerson *p = &persons[i];

      g_string_append_printf (xml,
                              "    <person id=\"p%05u\" name=\"Person %u\" sex=\"%s\"",
                              i, i, p->sex);
      if (p->stated_age >= 0)
        g_string_append_printf (xml, " age=\"%d\"", p->stated_age);
      else
        g_string_append_printf (xml, " born=\"%04u-%02u-%02u\"",
                                (guint) p->year, (guint) p->month, (guint) p->day);
      g_string_append_printf (xml,
                              " resident=\"true\" parental-responsibility=\"%s\" sleeps-in=\"r%05u\"/>\n",
                              p->parental_responsibility ? "true" : "false",
                              g_array_index (bedrooms, guint, p->bedroom));
    }
  for (guint i = 0; i < n_persons; i++)
    if (persons[i].partner > (int) i)
      g_string_append_printf (xml, "    <couple members=\"p%05u p%05u\"/>\n",
                              i, (guint) persons[i].partner);
  g_string_append (xml, "  </household>\n  <plan>\n");

  for (guint f = 0; f < n_floors && room < n_rooms; f++)
    {
      g_string_append_printf (xml,
                              "    <floor id=\"f%02u\" name=\"Floor %u\" level=\"%u\">\n",
                              f, f, f);
      for (guint k = 0; k < ROOMS_PER_FLOOR && room < n_rooms; k++, room++)
        {
          const char *use = room_uses[room % G_N_ELEMENTS (room_uses)];
          gint64 x0 = (gint64) (k % GRID_COLUMNS) * CELL_WIDTH_MM;
          gint64 y0 = (gint64) (k / GRID_COLUMNS) * CELL_DEPTH_MM;
          gint64 width = g_rand_int_range (rand, 1800, CELL_WIDTH_MM - 100);
          gint64 depth = g_rand_int_range (rand, 1800, CELL_DEPTH_MM - 100);

          g_string_append_printf (xml,
                                  "      <room id=\"r%05u\" name=\"Room %u\" use=\"%s\" living-room=\"false\">\n",
                                  room, room, use);
          append_rectangle (xml, "        ", x0, y0, x0 + width, y0 + depth);
          /* Some bedrooms have a sloping ceiling along the back wall. */
          if (strcmp (use, "bedroom") == 0 && room % 7 == 0)
            {
              g_string_append_printf (xml, "        <low-headroom max-height=\"%d\">\n",
                                      g_rand_int_range (rand, 900, 1600));
              append_rectangle (xml, "          ", x0, y0 + depth - 600, x0 + width, y0 + depth);
              g_string_append (xml, "        </low-headroom>\n");
            }
          if (room % 10 == 3)
            g_string_append (xml, "        <notes>Damp patch by the window.</notes>\n");
          g_string_append (xml, "      </room>\n");
        }
      g_string_append (xml, "    </floor>\n");
    }
  g_string_append (xml, "  </plan>\n  <hazards>\n");

  for (guint h = 0; h < n_rooms / 100 + 1; h++)
    g_string_append_printf (xml,
                            "    <hazard number=\"%u\" rooms=\"r%05u r%05u\" likelihood=\"%u.5\""
                            " class-i=\"0.0\" class-ii=\"10.0\" class-iii=\"31.6\" class-iv=\"58.4\">"
                            "Hazard %u noted on the visit.</hazard>\n",
                            h % 29 + 1, (h * 97) % n_rooms, (h * 97 + 1) % n_rooms,
                            10 + h, h);
  g_string_append (xml, "  </hazards>\n  <sharing>\n");

  for (guint i = 0; i < n_persons && n_recipients < 10; i++)
    if (persons[i].parental_responsibility)
      {
        g_string_append_printf (xml,
                                "    <recipient person=\"p%05u\" details-known=\"true\" safe-to-share=\"%s\""
                                " in-plan=\"true\" review-invite=\"false\"/>\n",
                                i, n_recipients % 2 == 0 ? "yes" : "not-assessed");
        n_recipients++;
      }
  g_string_append (xml,
                   "  </sharing>\n"
                   "  <notes>A generated household for timing the loader.</notes>\n"
                   "</hearth-assessment>\n");

  g_debug ("%u rooms, %u persons, %u couples", n_rooms, n_persons, n_couples);
  return xml;
}

/* Timing */

static double
elapsed_ms (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

static Timing
time_load (GFile *file)
{
  double samples[N_RUNS];
  guint n = 0;

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HearthAssessment) assessment = NULL;
      gint64 start = g_get_monotonic_time ();

      assessment = hearth_assessment_load_from_file (file, NULL, &error);
      samples[n] = elapsed_ms (start);
      if (assessment == NULL)
        {
          g_printerr ("Loading failed: %s\n", error ? error->message : "no error set");
          return timing_from_samples (samples, 0, FALSE);
        }
      n++;
    }
  return timing_from_samples (samples, n, TRUE);
}

static Timing
time_check (HearthAssessment *assessment,
            guint            *n_findings)
{
  double samples[N_RUNS];

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GPtrArray) findings = NULL;
      gint64 start = g_get_monotonic_time ();

      findings = hearth_check (assessment, NULL);
      samples[run] = elapsed_ms (start);
      if (n_findings != NULL)
        *n_findings = findings ? findings->len : 0;
    }
  return timing_from_samples (samples, N_RUNS, TRUE);
}

/* Load and check together, as opening a file in Hearth does. */
static Timing
time_load_and_check (GFile *file)
{
  double samples[N_RUNS];

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HearthAssessment) assessment = NULL;
      g_autoptr(GPtrArray) findings = NULL;
      gint64 start = g_get_monotonic_time ();

      assessment = hearth_assessment_load_from_file (file, NULL, &error);
      if (assessment == NULL)
        {
          g_printerr ("Loading failed: %s\n", error ? error->message : "no error set");
          return timing_from_samples (samples, 0, FALSE);
        }
      findings = hearth_check (assessment, NULL);
      samples[run] = elapsed_ms (start);
    }
  return timing_from_samples (samples, N_RUNS, TRUE);
}

/* Runs xmllint with @args before the file name; FALSE if it is missing or fails. */
static Timing
time_xmllint (const char * const *args,
              const char         *path)
{
  double samples[N_RUNS];
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) "xmllint");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, (gpointer) path);
  g_ptr_array_add (argv, NULL);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *err_text = NULL;
      int status = 0;
      gint64 start = g_get_monotonic_time ();

      if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL,
                         G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                         NULL, NULL, NULL, &err_text, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        {
          g_printerr ("xmllint failed: %s\n%s", error->message, err_text ? err_text : "");
          return timing_from_samples (samples, 0, FALSE);
        }
      samples[run] = elapsed_ms (start);
    }
  return timing_from_samples (samples, N_RUNS, TRUE);
}

static void
print_row (const char   *label,
           const Timing *t,
           const Timing *reference)
{
  if (!t->ok)
    {
      g_print ("  %-36s %10s %10s %9s\n", label, "failed", "-", "-");
      return;
    }
  if (reference != NULL && reference->ok && reference->best_ms > 0.0)
    g_print ("  %-36s %10.1f %10.1f %8.2fx\n", label, t->best_ms, t->median_ms,
             t->best_ms / reference->best_ms);
  else
    g_print ("  %-36s %10.1f %10.1f %9s\n", label, t->best_ms, t->median_ms, "-");
}

/* Writes a generated assessment to @path, or to a new temporary file when
 * @path is NULL; returns the file's path. */
static char *
write_assessment (guint        n_rooms,
                  guint        n_persons,
                  const char  *path,
                  gsize       *size,
                  GError     **error)
{
  g_autoptr(GString) xml = generate_assessment (n_rooms, n_persons);
  g_autofree char *tmp_path = NULL;

  if (path == NULL)
    {
      int fd = g_file_open_tmp ("hearth-bench-XXXXXX.hearth", &tmp_path, error);

      if (fd < 0)
        return NULL;
      g_close (fd, NULL);
      path = tmp_path;
    }
  if (!g_file_set_contents (path, xml->str, (gssize) xml->len, error))
    return NULL;
  *size = xml->len;
  return g_strdup (path);
}

/* Main */

int
main (int    argc,
      char **argv)
{
  g_autofree char *keep = NULL;
  g_autofree char *schema = NULL;
  gboolean no_scale = FALSE;
  const GOptionEntry entries[] = {
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep,
      "Write the 2,000-room assessment to FILE and keep it", "FILE" },
    { "schema", 0, 0, G_OPTION_ARG_FILENAME, &schema,
      "The RELAX NG schema to give xmllint (default: the source tree's)", "FILE" },
    { "no-scale", 0, 0, G_OPTION_ARG_NONE, &no_scale,
      "Skip the check that time grows linearly with size", NULL },
    { NULL },
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autofree char *path = NULL;
  const guint n_rooms = 2000;
  const guint n_persons = 5000;
  const guint scale_rooms[] = { 500, 1000, 2000 };
  const char * const noout_args[] = { "--noout", "--nonet", NULL };
  const char *relaxng_args[] = { "--noout", "--nonet", "--relaxng", NULL, NULL };
  Timing load, check, both, lint, lint_rng;
  double first_per_room = 0.0;
  guint n_findings = 0;
  gsize size = 0;
  int status = EXIT_SUCCESS;

  context = g_option_context_new ("- time loading and checking a large assessment");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (schema == NULL)
    schema = g_strdup (HEARTH_BENCH_SCHEMA);
  relaxng_args[3] = schema;

  path = write_assessment (n_rooms, n_persons, keep, &size, &error);
  if (path == NULL)
    {
      g_printerr ("Could not write the assessment: %s\n", error->message);
      return EXIT_FAILURE;
    }
  file = g_file_new_for_path (path);

  g_print ("Hearth load benchmark: %u rooms on %u floors, %u persons, %.0f KiB; best and median of %d runs\n\n",
           n_rooms, n_rooms / ROOMS_PER_FLOOR, n_persons, (double) size / 1024.0, N_RUNS);

  load = time_load (file);
  if (load.ok)
    {
      assessment = hearth_assessment_load_from_file (file, NULL, &error);
      if (assessment == NULL)
        {
          g_printerr ("Loading failed: %s\n", error->message);
          load.ok = FALSE;
        }
    }
  if (assessment != NULL)
    check = time_check (assessment, &n_findings);
  else
    check = timing_from_samples (NULL, 0, FALSE);
  both = load.ok ? time_load_and_check (file) : timing_from_samples (NULL, 0, FALSE);
  lint = time_xmllint (noout_args, path);
  lint_rng = g_file_test (schema, G_FILE_TEST_IS_REGULAR)
             ? time_xmllint (relaxng_args, path)
             : timing_from_samples (NULL, 0, FALSE);

  g_print ("  %-36s %10s %10s %9s\n", "", "best ms", "median ms", "x xmllint");
  print_row ("hearth_assessment_load_from_file", &load, &lint);
  print_row ("hearth_check", &check, &lint);
  print_row ("load + check", &both, &lint);
  print_row ("xmllint --noout (spawned)", &lint, &lint);
  print_row ("xmllint --noout --relaxng (spawned)", &lint_rng, &lint);
  if (assessment != NULL)
    g_print ("\n  %u findings; %u rooms loaded\n", n_findings,
             hearth_assessment_get_n_rooms (assessment));
  if (!g_file_test (schema, G_FILE_TEST_IS_REGULAR))
    g_print ("\n  No schema at %s: give one with --schema FILE\n", schema);
  else if (!lint_rng.ok)
    g_print ("\n  xmllint could not validate the generated file against %s\n", schema);

  if (!load.ok || !check.ok)
    status = EXIT_FAILURE;

  if (!no_scale && load.ok)
    {
      g_print ("\nScaling (persons = 2.5 x rooms), load + check:\n\n");
      g_print ("  %8s %8s %10s %12s %10s\n", "rooms", "persons", "best ms", "ms per room", "vs 500");
      for (guint i = 0; i < G_N_ELEMENTS (scale_rooms); i++)
        {
          guint rooms = scale_rooms[i];
          guint people = rooms * 5 / 2;
          g_autofree char *scale_path = NULL;
          g_autoptr(GFile) scale_file = NULL;
          gsize scale_size = 0;
          Timing t;
          double per_room;

          scale_path = write_assessment (rooms, people, NULL, &scale_size, &error);
          if (scale_path == NULL)
            {
              g_printerr ("Could not write the assessment: %s\n", error->message);
              return EXIT_FAILURE;
            }
          scale_file = g_file_new_for_path (scale_path);
          t = time_load_and_check (scale_file);
          g_unlink (scale_path);
          if (!t.ok)
            {
              g_print ("  %8u %8u %10s\n", rooms, people, "failed");
              status = EXIT_FAILURE;
              continue;
            }
          per_room = t.best_ms / rooms;
          if (first_per_room == 0.0)
            first_per_room = per_room;
          g_print ("  %8u %8u %10.1f %12.4f %9.2fx\n", rooms, people, t.best_ms, per_room,
                   first_per_room > 0.0 ? per_room / first_per_room : 0.0);
        }
      g_print ("\n  Near-linear growth keeps \"vs 500\" close to 1.\n");
    }

  if (keep != NULL)
    g_print ("\nKept %s\n", path);
  else
    g_unlink (path);

  return status;
}
