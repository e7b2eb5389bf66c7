/* test-preferences.c: the Preferences window, and the legal readings
 * applying live to a window's findings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under a display (xvfb-run -a in the test script), with
 * GSETTINGS_BACKEND=memory and the schema compiled in the build.
 */

#include "config.h"

#include <string.h>

#include "hearth-application.h"
#include "hearth-findings-panel.h"
#include "hearth-gui-test-utils.h"
#include "hearth-preferences.h"
#include "hearth-rules.h"
#include "hearth-window.h"

#define SETTINGS_SCHEMA_ID "io.github.hearthapp.Hearth"

static HearthApplication *app;

/* Helpers */

static HearthWindow *
create_window (void)
{
  HearthWindow *window = hearth_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  run_main_loop_for (100);

  return window;
}

/* Every descendant of @widget of @type, depth first. */
static void
collect_descendants (GtkWidget *widget,
                     GType      type,
                     GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect_descendants (child, type, found);
    }
}

/* The preferences row under @widget titled @title, or NULL. */
static AdwPreferencesRow *
find_titled_row (GtkWidget  *widget,
          const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_descendants (widget, ADW_TYPE_PREFERENCES_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (row), title) == 0)
        return row;
    }

  return NULL;
}

static HearthPreferences *
find_preferences (guint *n_out)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  HearthPreferences *preferences = NULL;
  guint n = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (HEARTH_IS_PREFERENCES (l->data))
        {
          preferences = l->data;
          n++;
        }
    }

  if (n_out != NULL)
    *n_out = n;
  return preferences;
}

static guint
count_findings (HearthFindingsPanel *panel,
                const char          *rule,
                const HearthFinding **first)
{
  GPtrArray *findings = hearth_findings_panel_get_findings (panel);
  guint n = 0;

  g_assert_nonnull (findings);
  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *f = g_ptr_array_index (findings, i);

      if (g_str_equal (f->rule, rule))
        {
          if (n == 0 && first != NULL)
            *first = f;
          n++;
        }
    }

  return n;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack, needle);
}

/* A 3000 × 2400 mm bedroom (7.2 m², 77.50 sq ft) with a strip along one
 * wall, 3000 × 267 mm, under a ceiling of at most 1510 mm; a boy of 14
 * sleeps there (visit 15 June 2026, born 1 January 2012). */
static HearthAssessment *
build_low_ceiling_bedroom (void)
{
  HearthAssessment *a = hearth_assessment_new ();
  g_autoptr(HearthFloor) floor = hearth_floor_new ("f0", "Ground floor", 0);
  g_autoptr(HearthRoom) room = NULL;
  g_autoptr(HearthPerson) boy = hearth_person_new ("boy", "Sam");
  GDate visit;
  GDate born;

  g_date_clear (&visit, 1);
  g_date_set_dmy (&visit, 15, G_DATE_JUNE, 2026);
  hearth_assessment_set_visit_date (a, &visit);

  room = hearth_room_new ("bedroom", "Bedroom", HEARTH_ROOM_USE_BEDROOM,
                          hearth_polygon_new_rectangle (0, 0, 3000, 2400));
  hearth_room_add_low_headroom (room, hearth_low_headroom_new (hearth_polygon_new_rectangle (0, 0, 3000, 267), 1510));
  hearth_floor_add_room (floor, room);
  hearth_assessment_add_floor (a, floor);

  g_date_clear (&born, 1);
  g_date_set_dmy (&born, 1, G_DATE_JANUARY, 2012);
  hearth_person_set_born (boy, &born);
  hearth_person_set_sex (boy, HEARTH_SEX_MALE);
  hearth_person_set_resident (boy, TRUE);
  hearth_person_set_sleeps_in (boy, "bedroom");
  hearth_assessment_add_person (a, boy);

  return a;
}

/* Tests */

static void
test_preferences_open (void)
{
  HearthWindow *window = create_window ();
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);
  g_autoptr(GPtrArray) all_pages = g_ptr_array_new ();
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  HearthPreferences *preferences;
  AdwPreferencesRow *headroom;
  guint n;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  run_main_loop_for (100);

  preferences = find_preferences (&n);
  g_assert_nonnull (preferences);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) == GTK_WINDOW (window));

  /* Two pages: the plan, and the readings of unclear law (the window's
   * own search results page has no title). */
  collect_descendants (GTK_WIDGET (preferences), ADW_TYPE_PREFERENCES_PAGE, all_pages);
  for (guint i = 0; i < all_pages->len; i++)
    {
      const char *title = adw_preferences_page_get_title (g_ptr_array_index (all_pages, i));

      if (title != NULL && *title != '\0')
        g_ptr_array_add (pages, g_ptr_array_index (all_pages, i));
    }
  g_assert_cmpuint (pages->len, ==, 2);
  g_assert_cmpstr (adw_preferences_page_get_title (g_ptr_array_index (pages, 0)), ==, "Plan");
  g_assert_cmpstr (adw_preferences_page_get_title (g_ptr_array_index (pages, 1)), ==, "Legal Readings");

  /* Asked again, the same window comes forward. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  run_main_loop_for (50);
  g_assert_true (find_preferences (&n) == preferences);
  g_assert_cmpuint (n, ==, 1);

  /* The combo row and the key follow each other: position 1 is the
   * second choice, "at-most-5ft". */
  headroom = find_titled_row (GTK_WIDGET (preferences), "Low _Ceilings");
  g_assert_true (ADW_IS_COMBO_ROW (headroom));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (headroom)), ==, 0);
  g_settings_set_string (settings, "headroom-rule", "at-most-5ft");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (headroom)), ==, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (headroom), 0);
  {
    g_autofree char *rule = g_settings_get_string (settings, "headroom-rule");
    g_assert_cmpstr (rule, ==, "under-1.5m");
  }
  g_settings_reset (settings, "headroom-rule");

  destroy_window (preferences);
  destroy_window (window);
}

static void
test_preferences_headroom_updates_findings (void)
{
  HearthWindow *window = create_window ();
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);
  g_autoptr(HearthAssessment) assessment = build_low_ceiling_bedroom ();
  HearthFindingsPanel *panel;
  const HearthFinding *f = NULL;
  g_autofree char *rule = g_settings_get_string (settings, "headroom-rule");

  g_assert_cmpstr (rule, ==, "under-1.5m");
  hearth_window_set_assessment (window, assessment);
  run_main_loop_for (50);
  panel = HEARTH_FINDINGS_PANEL (hearth_window_get_findings_box (window));

  /* Under 1.5 m: the 1510 mm strip counts, 7.2 m² = 77.50 sq ft ≥ 70. */
  g_assert_cmpuint (count_findings (panel, "small-bedroom", NULL), ==, 0);
  g_assert_null (find_titled_row (GTK_WIDGET (panel), "Bedroom under 70 sq ft"));

  /* 5 ft (1524 mm) or less: the strip is left out. 7.2 − 3.0 × 0.267 =
   * 6.399 m², 6.399 / 0.09290304 = 68.878 sq ft, under 70: the boy of 14
   * is in too small a bedroom, and the finding names the reading. Areas
   * are shown cut, not rounded, to hundredths: 6.39 m², 68.87 sq ft. */
  g_settings_set_string (settings, "headroom-rule", "at-most-5ft");
  run_main_loop_for (50);
  g_assert_cmpuint (count_findings (panel, "small-bedroom", &f), ==, 1);
  g_assert_true (g_strv_contains ((const char * const *) f->rooms, "bedroom"));
  g_assert_true (g_strv_contains ((const char * const *) f->persons, "boy"));
  assert_contains (f->message, "6.39 m² (68.87 sq ft)");
  assert_contains (f->reading, "1.524 m");
  g_assert_nonnull (find_titled_row (GTK_WIDGET (panel), "Bedroom under 70 sq ft"));

  /* Back to the default: the finding goes again. */
  g_settings_reset (settings, "headroom-rule");
  run_main_loop_for (50);
  g_assert_cmpuint (count_findings (panel, "small-bedroom", NULL), ==, 0);
  g_assert_null (find_titled_row (GTK_WIDGET (panel), "Bedroom under 70 sq ft"));

  /* Nothing to save for: a test assessment, not the user's work. */
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* Windows can only be added to a registered application. */
  app = hearth_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/preferences/open", test_preferences_open);
  g_test_add_func ("/preferences/headroom-updates-findings", test_preferences_headroom_updates_findings);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
