/* hearth-cli.c: check, list areas of, validate and export assessment files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Links the core, and the renderer for export-pdf. Exit status: 0 when no
 * finding is a breach or a hazard, 1 when one is, 2 when a file is not a
 * valid assessment or the command line is wrong. export-pdf exits 0 when
 * it wrote the PDF and 2 when it did not.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-file.h"
#include "hearth-report.h"
#include "hearth-rules.h"
#include "hearth-units.h"

enum {
  EXIT_CLEAR = 0,
  EXIT_ACTION = 1,
  EXIT_INVALID = 2,
};

static gboolean opt_tsv;
static char *opt_headroom;
static gboolean opt_kitchens;
static gboolean opt_small_rooms;
static char *opt_pairing;
static char *opt_output;
static char *opt_for;
static gboolean opt_family;
static gboolean opt_initials;

static GOptionEntry reading_entries[] = {
  { "headroom", 0, 0, G_OPTION_ARG_STRING, &opt_headroom,
    N_("Low ceilings left out of Housing Act areas: under-1.5m (default) or at-most-5ft"), N_("RULE") },
  { "kitchens-count", 0, 0, G_OPTION_ARG_NONE, &opt_kitchens,
    N_("Count kitchens as sleeping accommodation"), NULL },
  { "small-rooms-count", 0, 0, G_OPTION_ARG_NONE, &opt_small_rooms,
    N_("Count rooms under 50 sq ft for the room standard"), NULL },
  { "pairing", 0, 0, G_OPTION_ARG_STRING, &opt_pairing,
    N_("Bedroom-standard pairing: optimal (default) or sequential"), N_("WAY") },
  { NULL }
};

static GOptionEntry check_entries[] = {
  { "tsv", 0, 0, G_OPTION_ARG_NONE, &opt_tsv,
    N_("One finding a line: rule, severity, rooms, persons, message"), NULL },
  { NULL }
};

static GOptionEntry export_entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write the PDF to OUT.pdf (required)"), N_("OUT.pdf") },
  { "for", 0, 0, G_OPTION_ARG_STRING, &opt_for,
    N_("The version for one holder of parental responsibility, by person id"), N_("PERSON-ID") },
  { "family", 0, 0, G_OPTION_ARG_NONE, &opt_family,
    N_("The plain-language version for the family"), NULL },
  { "initials", 0, 0, G_OPTION_ARG_NONE, &opt_initials,
    N_("Show the household by initials only"), NULL },
  { NULL }
};

static gboolean
parse_readings (HearthRuleOptions  *options,
                GError            **error)
{
  hearth_rule_options_init (options);
  options->kitchens_count = opt_kitchens;
  options->small_rooms_count = opt_small_rooms;

  if (opt_headroom == NULL || g_str_equal (opt_headroom, "under-1.5m"))
    options->headroom_rule = HEARTH_HEADROOM_RULE_UNDER_1500;
  else if (g_str_equal (opt_headroom, "at-most-5ft"))
    options->headroom_rule = HEARTH_HEADROOM_RULE_AT_MOST_1524;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--headroom must be under-1.5m or at-most-5ft, not “%s”"), opt_headroom);
      return FALSE;
    }

  if (opt_pairing == NULL || g_str_equal (opt_pairing, "optimal"))
    options->pairing = HEARTH_PAIRING_OPTIMAL;
  else if (g_str_equal (opt_pairing, "sequential"))
    options->pairing = HEARTH_PAIRING_SEQUENTIAL;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--pairing must be optimal or sequential, not “%s”"), opt_pairing);
      return FALSE;
    }

  return TRUE;
}

static HearthAssessment *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  HearthAssessment *assessment;

  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  if (assessment == NULL)
    /* Translators: "family.hearth: line 12: …" */
    g_printerr (_("%s: %s\n"), path, error->message);
  return assessment;
}

/* Tabs and line breaks would break a TSV row. */
static char *
tsv_field (const char *text)
{
  char *copy = g_strdup (text ? text : "");

  for (char *p = copy; *p; p++)
    if (*p == '\t' || *p == '\n' || *p == '\r')
      *p = ' ';
  return copy;
}

static void
print_wrapped (const char *prefix,
               const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  glong column = 0;
  const glong width = 78;

  g_print ("%s", prefix);
  column = g_utf8_strlen (prefix, -1);
  for (guint i = 0; words[i]; i++)
    {
      glong len = g_utf8_strlen (words[i], -1);

      if (column + len + 1 > width && column > (glong) strlen (prefix))
        {
          g_print ("\n%*s", (int) strlen (prefix), "");
          column = strlen (prefix);
        }
      else if (i > 0)
        {
          g_print (" ");
          column++;
        }
      g_print ("%s", words[i]);
      column += len;
    }
  g_print ("\n");
}

static void
print_table (const char *path,
             GPtrArray  *findings)
{
  if (findings->len == 0)
    {
      g_print (_("%s: no findings\n"), path);
      return;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u finding\n", "%s: %u findings\n", findings->len),
           path, findings->len);

  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *heading = NULL;
      g_autofree char *law = NULL;
      g_autofree char *rooms = g_strjoinv (", ", f->rooms);

      heading = g_strdup_printf ("\n  %-9s %s (%s)%s%s%s", hearth_severity_get_label (f->severity),
                                 hearth_rule_get_title (f->rule), f->rule,
                                 *rooms ? " [" : "", rooms, *rooms ? "]" : "");
      g_print ("%s\n", heading);
      print_wrapped ("    ", f->message);
      law = g_strdup_printf (_("Law: %s"), f->citation);
      print_wrapped ("    ", law);
      if (f->reading != NULL)
        {
          g_autofree char *reading = g_strdup_printf (_("Reading: %s"), f->reading);
          print_wrapped ("    ", reading);
        }
    }
  g_print ("\n");
}

static void
print_tsv (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *rooms = g_strjoinv (",", f->rooms);
      g_autofree char *persons = g_strjoinv (",", f->persons);
      g_autofree char *message = tsv_field (f->message);

      g_print ("%s\t%s\t%s\t%s\t%s\n", f->rule, hearth_severity_to_string (f->severity),
               rooms, persons, message);
    }
}

static int
command_check (int    argc,
               char **argv)
{
  HearthRuleOptions options;
  int status = EXIT_CLEAR;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(HearthAssessment) assessment = NULL;
      g_autoptr(GPtrArray) findings = NULL;

      if (!parse_readings (&options, NULL))
        return EXIT_INVALID;

      assessment = load (argv[i]);
      if (assessment == NULL)
        {
          status = EXIT_INVALID;
          continue;
        }

      findings = hearth_check (assessment, &options);
      if (opt_tsv)
        print_tsv (findings);
      else
        print_table (argv[i], findings);

      if (status == EXIT_CLEAR && hearth_findings_need_action (findings))
        status = EXIT_ACTION;
    }

  return status;
}

static int
command_areas (int    argc,
               char **argv)
{
  HearthRuleOptions options;
  int status = EXIT_CLEAR;

  if (!parse_readings (&options, NULL))
    return EXIT_INVALID;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(HearthAssessment) assessment = load (argv[i]);
      GPtrArray *floors;

      if (assessment == NULL)
        {
          status = EXIT_INVALID;
          continue;
        }

      floors = hearth_assessment_get_floors (assessment);
      /* Translators: column headings of "hearth-cli areas" */
      g_print ("%-14s %-12s %-20s %-14s %10s %11s %10s %11s\n",
               _("Floor"), _("Room"), _("Name"), _("Use"),
               _("Gross m²"), _("Gross sq ft"), _("Count m²"), _("Count sq ft"));

      for (guint f = 0; f < floors->len; f++)
        {
          HearthFloor *floor = g_ptr_array_index (floors, f);

          for (guint r = 0; r < hearth_floor_get_n_rooms (floor); r++)
            {
              HearthRoom *room = hearth_floor_get_room (floor, r);
              gint64 gross = hearth_room_get_gross_area2 (room);
              gint64 count = hearth_room_get_countable_area2 (room, options.headroom_rule);
              g_autofree char *gross_m2 = hearth_format_m2 (gross);
              g_autofree char *gross_sqft = hearth_format_sqft (gross);
              g_autofree char *count_m2 = hearth_format_m2 (count);
              g_autofree char *count_sqft = hearth_format_sqft (count);

              /* Units are in the headings; print the bare numbers. */
              g_print ("%-14s %-12s %-20s %-14s %10.*s %11.*s %10.*s %11.*s\n",
                       hearth_floor_get_name (floor), hearth_room_get_id (room),
                       hearth_room_get_name (room),
                       hearth_room_use_get_label (hearth_room_get_use (room)),
                       (int) strcspn (gross_m2, " "), gross_m2,
                       (int) strcspn (gross_sqft, " "), gross_sqft,
                       (int) strcspn (count_m2, " "), count_m2,
                       (int) strcspn (count_sqft, " "), count_sqft);
            }
        }
    }

  return status;
}

static int
command_validate (int    argc,
                  char **argv)
{
  int status = EXIT_CLEAR;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(HearthAssessment) assessment = load (argv[i]);

      if (assessment == NULL)
        status = EXIT_INVALID;
      else
        g_print (_("%s: a valid assessment (%u rooms, %u people)\n"), argv[i],
                 hearth_assessment_get_n_rooms (assessment),
                 hearth_assessment_get_persons (assessment)->len);
    }

  return status;
}

static int
command_export_pdf (int    argc,
                    char **argv)
{
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  HearthReportOptions options;
  HearthRuleOptions rules;

  if (opt_output == NULL)
    {
      g_printerr (_("hearth-cli: say where to write the PDF with -o OUT.pdf\n"));
      return EXIT_INVALID;
    }
  if (argc != 2)
    {
      g_printerr (_("hearth-cli: export-pdf takes one file\n"));
      return EXIT_INVALID;
    }
  if (opt_for != NULL && opt_family)
    {
      g_printerr (_("hearth-cli: --for and --family are different versions; choose one\n"));
      return EXIT_INVALID;
    }
  if (!parse_readings (&rules, NULL))
    return EXIT_INVALID;

  assessment = load (argv[1]);
  if (assessment == NULL)
    return EXIT_INVALID;

  hearth_report_options_init (&options);
  options.kind = opt_for != NULL ? HEARTH_REPORT_RECIPIENT
               : opt_family ? HEARTH_REPORT_FAMILY
               : HEARTH_REPORT_FULL;
  options.recipient = opt_for;
  options.initials = opt_initials;
  options.rules = &rules;

  if (!hearth_report_write_pdf (assessment, &options, opt_output, &error))
    {
      if (g_error_matches (error, HEARTH_REPORT_ERROR, HEARTH_REPORT_ERROR_WRITE) ||
          opt_for == NULL)
        g_printerr ("hearth-cli: %s\n", error->message);
      else
        {
          HearthPerson *person = hearth_assessment_find_person (assessment, opt_for);

          /* Translators: "hearth-cli: not exporting for Daniel Carter: sharing
           * with them has not been assessed yet" */
          g_printerr (_("hearth-cli: not exporting for %s: %s\n"),
                      person != NULL ? hearth_person_get_name (person) : opt_for,
                      error->message);
        }
      return EXIT_INVALID;
    }

  return EXIT_CLEAR;
}

static const struct {
  const char *name;
  const char *summary;
  int (*run) (int, char **);
  gboolean takes_check_options;
  GOptionEntry *entries;     /* the command's own options, or NULL */
  const char *parameter;     /* after the command in --help; NULL: "FILE…" */
} commands[] = {
  { "check", N_("Print the findings for each file"), command_check, TRUE },
  { "areas", N_("List every room with its gross and countable area"), command_areas, FALSE },
  { "validate", N_("Check that each file is a valid assessment"), command_validate, FALSE },
  { "export-pdf", N_("Write the review-meeting document as a PDF"), command_export_pdf, FALSE,
    export_entries, N_("FILE -o OUT.pdf") },
};

static void
print_usage (void)
{
  g_printerr (_("Usage: hearth-cli COMMAND [OPTION…] FILE…\n\nCommands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_printerr ("  %-10s %s\n", commands[i].name, _(commands[i].summary));
  g_printerr (_("\nRun “hearth-cli COMMAND --help” for the options of a command.\n"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage ();
      return argc < 2 ? EXIT_INVALID : EXIT_CLEAR;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr(GOptionContext) context = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *parameter = NULL;
      GOptionGroup *group;

      if (!g_str_equal (argv[1], commands[i].name))
        continue;

      parameter = g_strdup_printf ("%s %s", commands[i].name,
                                   commands[i].parameter != NULL ? _(commands[i].parameter) : "FILE…");
      context = g_option_context_new (parameter);
      g_option_context_set_summary (context, _(commands[i].summary));
      g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
      if (commands[i].takes_check_options)
        g_option_context_add_main_entries (context, check_entries, GETTEXT_PACKAGE);
      if (commands[i].entries != NULL)
        g_option_context_add_main_entries (context, commands[i].entries, GETTEXT_PACKAGE);
      group = g_option_group_new ("readings", _("Readings of unclear law:"),
                                  _("Show the options for readings of unclear law"), NULL, NULL);
      g_option_group_add_entries (group, reading_entries);
      g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
      g_option_context_add_group (context, group);

      argv[1] = argv[0];
      argc--;
      argv++;
      if (!g_option_context_parse (context, &argc, &argv, &error))
        {
          g_printerr ("hearth-cli: %s\n", error->message);
          return EXIT_INVALID;
        }
      if (argc < 2)
        {
          g_printerr (_("hearth-cli: name at least one file\n"));
          return EXIT_INVALID;
        }
      {
        HearthRuleOptions options;
        if (!parse_readings (&options, &error))
          {
            g_printerr ("hearth-cli: %s\n", error->message);
            return EXIT_INVALID;
          }
      }

      return commands[i].run (argc, argv);
    }

  g_printerr (_("hearth-cli: unknown command “%s”\n"), argv[1]);
  print_usage ();
  return EXIT_INVALID;
}
