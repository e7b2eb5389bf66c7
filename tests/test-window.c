/* test-window.c: the read-only assessment window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under a display (xvfb-run -a in the test script).
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "hearth-application.h"
#include "hearth-rules.h"
#include "hearth-canvas-private.h"
#include "hearth-gui-test-utils.h"
#include "hearth-window.h"

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

/* A file that is not well-formed XML: the root element is cut short. */
static GFile *
create_malformed_file (char **out_path)
{
  static const char contents[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hearth-assessment";
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd;

  fd = g_file_open_tmp ("test-window-XXXXXX.hearth", &path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd, >=, 0);
  g_close (fd, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  *out_path = g_strdup (path);
  return g_file_new_for_path (path);
}

static guint
count_row_children (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child))
        n++;
    }

  return n;
}

/* The first AdwPreferencesRow under @root whose title contains @needle
 * (or equals it, when @exact). */
static AdwPreferencesRow *
find_row_titled (GtkWidget  *root,
                 const char *needle,
                 gboolean    exact)
{
  if (ADW_IS_PREFERENCES_ROW (root))
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root));

      if (title != NULL &&
          (exact ? g_str_equal (title, needle) : strstr (title, needle) != NULL))
        return ADW_PREFERENCES_ROW (root);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwPreferencesRow *row = find_row_titled (child, needle, exact);

      if (row != NULL)
        return row;
    }

  return NULL;
}

static void
show_sidebar_page (GtkWidget  *inside,
                   const char *name)
{
  GtkWidget *stack = gtk_widget_get_ancestor (inside, ADW_TYPE_VIEW_STACK);

  g_assert_nonnull (stack);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), name);
  run_main_loop_for (50);
}

static void
assert_shows_example (HearthWindow *window)
{
  GtkWidget *rooms = hearth_window_get_rooms_list (window);
  GtkWidget *findings = hearth_window_get_findings_box (window);
  HearthDocument *document = hearth_window_get_document (window);
  AdwPreferencesRow *finding;
  const char *small_bedroom;

  g_assert_cmpstr (hearth_window_get_visible_page (window), ==, "assessment");
  g_assert_nonnull (hearth_window_get_assessment (window));

  /* The findings are shown first, with the small bedroom among them. */
  small_bedroom = hearth_rule_get_title ("small-bedroom");
  g_assert_nonnull (small_bedroom);
  finding = find_row_titled (findings, small_bedroom, TRUE);
  g_assert_nonnull (finding);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (finding)));

  /* The room list shows the floor on the plan: the ground floor's three
   * rooms; picking the box room brings up the first floor's five. */
  show_sidebar_page (rooms, "rooms");
  hearth_document_set_floor (document,
                             g_ptr_array_index (hearth_assessment_get_floors (hearth_window_get_assessment (window)), 0));
  run_main_loop_for (50);
  g_assert_true (GTK_IS_LIST_BOX (rooms));
  g_assert_cmpuint (count_row_children (rooms), ==, 3);
  hearth_document_set_selected_room (document,
                                     hearth_assessment_find_room (hearth_window_get_assessment (window),
                                                                  "box", NULL));
  run_main_loop_for (50);
  g_assert_cmpuint (count_row_children (rooms), ==, 5);
  g_assert_true (shows_text_soon (rooms, "Box room"));
  /* Who sleeps there. */
  g_assert_true (shows_text_soon (rooms, "Amy"));
  show_sidebar_page (rooms, "findings");
}

/* Tests */

/* Drawing a room on the plan updates the findings at once, and undo takes
 * both back. */
static void
test_window_drawing_updates_findings (void)
{
  g_autoptr(GFile) file = get_example_file ();
  HearthWindow *window = create_window ();
  HearthCanvas *canvas;
  HearthAssessment *assessment;
  GtkWidget *findings;
  const char *missing = hearth_rule_get_title ("data-incomplete");
  guint rooms_before;

  hearth_window_open_file (window, file);
  run_main_loop_for (100);
  canvas = HEARTH_CANVAS (hearth_window_get_canvas (window));
  assessment = hearth_window_get_assessment (window);
  findings = hearth_window_get_findings_box (window);
  rooms_before = hearth_assessment_get_n_rooms (assessment);

  /* The example records every room's use: nothing is missing. */
  g_assert_null (find_row_titled (findings, missing, TRUE));

  /* A 2 m × 2 m room beside the living room, through the rectangle tool;
   * a new room's use is not recorded yet, which the findings say. */
  hearth_canvas_set_tool (canvas, HEARTH_CANVAS_TOOL_RECTANGLE);
  hearth_canvas_tool_press (canvas, -3000, 0, 0);
  hearth_canvas_tool_motion (canvas, -2000, 1000, 0);
  hearth_canvas_tool_release (canvas, -1000, 2000, 0);
  run_main_loop_for (50);

  g_assert_cmpuint (hearth_assessment_get_n_rooms (assessment), ==, rooms_before + 1);
  g_assert_nonnull (find_row_titled (findings, missing, TRUE));
  g_assert_true (hearth_window_get_modified (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  run_main_loop_for (50);
  g_assert_cmpuint (hearth_assessment_get_n_rooms (assessment), ==, rooms_before);
  g_assert_null (find_row_titled (findings, missing, TRUE));
  g_assert_false (hearth_window_get_modified (window));

  destroy_window (window);
}

/* Moving someone into a room changes the findings at once: Leo (13) put in
 * the box room with Amy (11) is opposite-sex sharing, and undo clears it. */
static void
test_window_assigning_room_updates_findings (void)
{
  g_autoptr(GFile) file = get_example_file ();
  HearthWindow *window = create_window ();
  HearthDocument *document;
  HearthAssessment *assessment;
  GtkWidget *findings;
  const char *sharing = hearth_rule_get_title ("opposite-sex-sharing");
  HearthRoom *box;

  hearth_window_open_file (window, file);
  run_main_loop_for (100);
  document = hearth_window_get_document (window);
  assessment = hearth_window_get_assessment (window);
  findings = hearth_window_get_findings_box (window);
  g_assert_null (find_row_titled (findings, sharing, TRUE));

  /* Drop Leo on the box room, as dragging him from the People page does. */
  box = hearth_assessment_find_room (assessment, "box", NULL);
  hearth_document_set_selected_room (document, box);
  g_assert_true (hearth_canvas_drop_person (HEARTH_CANVAS (hearth_window_get_canvas (window)),
                                            "leo", 1200, 4000));
  run_main_loop_for (50);

  g_assert_cmpstr (hearth_person_get_sleeps_in (hearth_assessment_find_person (assessment, "leo")), ==, "box");
  g_assert_nonnull (find_row_titled (findings, sharing, TRUE));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  run_main_loop_for (50);
  g_assert_null (find_row_titled (findings, sharing, TRUE));

  destroy_window (window);
}

/* "Show on Plan" on a finding selects its room and brings up its floor. */
static void
test_window_show_rooms (void)
{
  g_autoptr(GFile) file = get_example_file ();
  HearthWindow *window = create_window ();
  HearthDocument *document;
  const char *rooms[] = { "box", NULL };

  hearth_window_open_file (window, file);
  run_main_loop_for (100);
  document = hearth_window_get_document (window);
  g_assert_cmpstr (hearth_floor_get_id (hearth_document_get_floor (document)), ==, "ground");

  g_signal_emit_by_name (hearth_window_get_findings_box (window), "show-rooms", rooms);
  run_main_loop_for (50);

  g_assert_cmpstr (hearth_room_get_id (hearth_document_get_selected_room (document)), ==, "box");
  g_assert_cmpstr (hearth_floor_get_id (hearth_document_get_floor (document)), ==, "first");

  destroy_window (window);
}

/* The plan's unit, grid and snapping follow the settings as they change. */
static void
test_window_settings_apply_live (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.hearthapp.Hearth");
  HearthWindow *window = create_window ();
  HearthCanvas *canvas = HEARTH_CANVAS (hearth_window_get_canvas (window));

  g_assert_cmpint (hearth_canvas_get_unit (canvas), ==, HEARTH_AREA_UNIT_M2);
  g_assert_cmpint (hearth_canvas_get_grid_step (canvas), ==, 100);

  g_settings_set_string (settings, "area-unit", "sqft");
  g_settings_set_uint (settings, "grid-step", 250);
  g_settings_set_boolean (settings, "snap-to-rooms", FALSE);
  g_assert_cmpint (hearth_canvas_get_unit (canvas), ==, HEARTH_AREA_UNIT_SQFT);
  g_assert_cmpint (hearth_canvas_get_grid_step (canvas), ==, 250);
  g_assert_false (hearth_canvas_get_snap_to_rooms (canvas));

  g_settings_reset (settings, "area-unit");
  g_settings_reset (settings, "grid-step");
  g_settings_reset (settings, "snap-to-rooms");
  destroy_window (window);
}


static void
test_window_empty (void)
{
  HearthWindow *window = create_window ();

  g_assert_cmpstr (hearth_window_get_visible_page (window), ==, "empty");
  g_assert_null (hearth_window_get_error_message (window));
  g_assert_null (hearth_window_get_assessment (window));

  destroy_window (window);
}

static void
test_window_open_example (void)
{
  g_autoptr(GFile) file = get_example_file ();
  HearthWindow *window = create_window ();

  hearth_window_open_file (window, file);
  run_main_loop_for (100);

  assert_shows_example (window);
  g_assert_null (hearth_window_get_error_message (window));

  /* The plan outlines the rooms the findings name, by the most severe:
   * the box room is under 70 sq ft for Amy (a hazard), Bedroom 2 falls
   * short of the new-homes standard (advisory), the hall has nothing. */
  {
    HearthCanvas *canvas = HEARTH_CANVAS (hearth_window_get_canvas (window));

    g_assert_nonnull (canvas->flagged);
    g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (canvas->flagged, "box")), ==,
                     HEARTH_SEVERITY_HAZARD + 1);
    g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (canvas->flagged, "bed2")), ==,
                     HEARTH_SEVERITY_ADVISORY + 1);
    g_assert_false (g_hash_table_contains (canvas->flagged, "hall"));
  }

  destroy_window (window);
}

static void
test_window_reopen_replaces (void)
{
  g_autoptr(GFile) file = get_example_file ();
  HearthWindow *window = create_window ();

  hearth_window_open_file (window, file);
  run_main_loop_for (50);
  hearth_window_open_file (window, file);
  run_main_loop_for (100);

  /* The content is replaced, not appended to. */
  assert_shows_example (window);

  destroy_window (window);
}

static void
test_window_open_malformed (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = create_malformed_file (&path);
  HearthWindow *window = create_window ();
  const char *message;
  GtkWidget *page;

  hearth_window_open_file (window, file);
  run_main_loop_for (100);

  g_assert_cmpstr (hearth_window_get_visible_page (window), ==, "error");
  g_assert_null (hearth_window_get_assessment (window));

  message = hearth_window_get_error_message (window);
  g_assert_nonnull (message);
  g_assert_cmpstr (message, !=, "");
  g_assert_nonnull (strstr (message, "line"));

  /* The reason is on the page, not only in the accessor. */
  g_assert_true (shows_text_soon (GTK_WIDGET (window), message));
  page = gtk_stack_get_visible_child (GTK_STACK (gtk_widget_get_ancestor (hearth_window_get_rooms_list (window),
                                                                          GTK_TYPE_STACK)));
  g_assert_true (ADW_IS_STATUS_PAGE (page));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), "line"));

  destroy_window (window);
  g_unlink (path);
}

static void
test_window_error_keeps_assessment (void)
{
  g_autoptr(GFile) example = get_example_file ();
  g_autofree char *path = NULL;
  g_autoptr(GFile) malformed = create_malformed_file (&path);
  HearthWindow *window = create_window ();
  HearthAssessment *shown;
  const char *message;

  hearth_window_open_file (window, example);
  run_main_loop_for (50);
  shown = hearth_window_get_assessment (window);
  g_assert_nonnull (shown);

  hearth_window_open_file (window, malformed);
  run_main_loop_for (100);

  /* The assessment stays on screen; the reason is shown over it. */
  assert_shows_example (window);
  g_assert_true (hearth_window_get_assessment (window) == shown);

  message = hearth_window_get_error_message (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "line"));
  g_assert_true (shows_text_soon (GTK_WIDGET (window), message));

  /* It stays until dismissed… */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-error", NULL);
  run_main_loop_for (50);
  g_assert_null (hearth_window_get_error_message (window));
  assert_shows_example (window);

  /* …or until a good file is opened. */
  hearth_window_open_file (window, malformed);
  run_main_loop_for (50);
  g_assert_nonnull (hearth_window_get_error_message (window));
  hearth_window_open_file (window, example);
  run_main_loop_for (50);
  g_assert_null (hearth_window_get_error_message (window));

  destroy_window (window);
  g_unlink (path);
}

static void
test_application_about (void)
{
  HearthWindow *window = create_window ();
  g_autoptr(GList) toplevels = NULL;
  GtkWindow *about = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  run_main_loop_for (100);

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (ADW_IS_ABOUT_WINDOW (l->data))
        about = l->data;
    }

  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (window));

  gtk_window_destroy (about);
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

  g_test_add_func ("/window/empty", test_window_empty);
  g_test_add_func ("/window/open-example", test_window_open_example);
  g_test_add_func ("/window/drawing-updates-findings", test_window_drawing_updates_findings);
  g_test_add_func ("/window/settings-apply-live", test_window_settings_apply_live);
  g_test_add_func ("/window/show-rooms", test_window_show_rooms);
  g_test_add_func ("/window/assigning-room-updates-findings", test_window_assigning_room_updates_findings);
  g_test_add_func ("/window/reopen-replaces", test_window_reopen_replaces);
  g_test_add_func ("/window/open-malformed", test_window_open_malformed);
  g_test_add_func ("/window/error-keeps-assessment", test_window_error_keeps_assessment);
  g_test_add_func ("/application/about", test_application_about);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
