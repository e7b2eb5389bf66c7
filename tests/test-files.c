/* test-files.c: new, open, save, undo, the unsaved mark, closing with
 * unsaved changes, and recovery after the process is killed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under a display (xvfb-run -a in the test script), with
 * XDG_DATA_HOME pointing at a fresh temporary folder and
 * GSETTINGS_BACKEND=memory.
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <glib/gstdio.h>

#include "hearth-application.h"
#include "hearth-edit.h"
#include "hearth-file.h"
#include "hearth-gui-test-utils.h"
#include "hearth-recovery.h"
#include "hearth-window.h"

/* Shared with the subprocess of the kill test, which runs main() again. */
#define DATA_HOME_VARIABLE "HEARTH_TEST_FILES_DATA_HOME"

static HearthApplication *app;
static char *data_home;

/* Helpers */

/* A copy of the example that the test may change, at @name in the data
 * folder (so the kill test's subprocess finds the same one). */
static GFile *
copy_example (const char *name)
{
  g_autoptr(GFile) example = get_example_file ();
  g_autofree char *path = g_build_filename (data_home, name, NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_file_copy (example, copy, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&copy);
}

static HearthWindow *
create_window_for_document (HearthDocument *document)
{
  HearthWindow *window = hearth_window_new_for_document (app, document);

  gtk_window_present (GTK_WINDOW (window));
  run_main_loop_for (100);

  return window;
}

static HearthWindow *
create_window_for_file (GFile *file)
{
  HearthWindow *window = hearth_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  hearth_window_open_file (window, file);
  run_main_loop_for (100);
  g_assert_cmpstr (hearth_window_get_visible_page (window), ==, "assessment");

  return window;
}

static HearthRoom *
find_room (HearthAssessment *assessment,
           const char       *id)
{
  HearthRoom *room = hearth_assessment_find_room (assessment, id, NULL);

  g_assert_nonnull (room);
  return room;
}

/* The caseworker renames the box room, as the room panel would. */
static void
rename_box_room (HearthWindow *window,
                 const char   *name)
{
  HearthDocument *document = hearth_window_get_document (window);
  HearthAssessment *assessment = hearth_document_get_assessment (document);

  hearth_document_push (document,
                        hearth_edit_set_room_name (assessment, find_room (assessment, "box"), name));
}

/* New documents have one floor and no rooms: add one. */
static void
add_room (HearthWindow *window)
{
  HearthDocument *document = hearth_window_get_document (window);
  HearthAssessment *assessment = hearth_document_get_assessment (document);
  HearthFloor *floor = hearth_document_get_floor (document);
  g_autoptr(HearthRoom) room = NULL;

  room = hearth_room_new ("kitchen", "Kitchen", HEARTH_ROOM_USE_KITCHEN,
                          hearth_polygon_new_rectangle (0, 0, 3000, 2500));
  hearth_document_push (document, hearth_edit_add_room (assessment, floor, room));
}

static gboolean
has_unsaved_mark (HearthWindow *window)
{
  const char *title = gtk_window_get_title (GTK_WINDOW (window));

  return g_str_has_prefix (title, "• ");
}

/* The widget under @root whose action is @action_name: it is sensitive
 * exactly when the action is enabled. */
static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
action_enabled (HearthWindow *window,
                const char   *action_name)
{
  GtkWidget *widget = find_actionable (GTK_WIDGET (window), action_name);

  g_assert_nonnull (widget);
  return gtk_widget_get_sensitive (widget);
}

static GtkMenuButton *
find_menu_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root))
    return GTK_MENU_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The label of the menu item for @action_name in the primary menu (one
 * level of sections, one of submenus). */
static char *
dup_menu_label (HearthWindow *window,
                const char   *action_name)
{
  GtkMenuButton *button = find_menu_button (GTK_WIDGET (window));
  GMenuModel *menu;

  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (button);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section == NULL)
        continue;

      for (int j = 0; j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;
          g_autofree char *label = NULL;

          g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          if (g_strcmp0 (action, action_name) == 0)
            return g_steal_pointer (&label);
        }
    }

  return NULL;
}

static char *
get_copy_path (const char *session_id,
               const char *suffix)
{
  g_autofree char *name = g_strconcat (session_id, suffix, NULL);

  return g_build_filename (data_home, "hearth", "recovery", name, NULL);
}

static gboolean
recovery_exists (HearthWindow *window)
{
  g_autofree char *path = get_copy_path (hearth_window_get_session_id (window), ".hearth");

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
set_shortest_autosave (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.hearthapp.Hearth");

  g_settings_set_uint (settings, "autosave-interval", 5);
}

static void
reset_autosave (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.hearthapp.Hearth");

  g_settings_reset (settings, "autosave-interval");
}

/* Runs the main loop until the window's recovery copy is written. */
static void
wait_for_recovery (HearthWindow *window)
{
  for (guint i = 0; i < 200 && !recovery_exists (window); i++)
    run_main_loop_for (100);

  g_assert_true (recovery_exists (window));
}

static AdwMessageDialog *
wait_for_save_changes_dialog (HearthWindow *window)
{
  for (guint i = 0; i < 20 && hearth_window_get_save_changes_dialog (window) == NULL; i++)
    run_main_loop_for (20);

  return hearth_window_get_save_changes_dialog (window);
}

/* Answers as a click on the button would: the dialog closes too. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

static HearthRecoveryEntry *
find_orphan_for (GPtrArray *orphans,
                 GFile     *original)
{
  for (guint i = 0; i < orphans->len; i++)
    {
      HearthRecoveryEntry *entry = g_ptr_array_index (orphans, i);
      GFile *file = hearth_recovery_entry_get_original (entry);

      if (file != NULL && g_file_equal (file, original))
        return entry;
    }

  return NULL;
}

/* Tests */

static void
test_files_new (void)
{
  g_autoptr(HearthDocument) document = hearth_document_new ();
  HearthWindow *window = create_window_for_document (document);
  g_autofree char *undo_label = NULL;

  g_assert_true (hearth_window_get_document (window) == document);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "New Assessment");
  g_assert_false (hearth_window_get_modified (window));
  g_assert_true (hearth_window_is_blank (window));
  g_assert_false (action_enabled (window, "win.undo"));
  g_assert_false (action_enabled (window, "win.redo"));

  undo_label = dup_menu_label (window, "win.undo");
  g_assert_cmpstr (undo_label, ==, "_Undo");

  destroy_window (window);
}

static void
test_files_edit_undo_save (void)
{
  g_autoptr(GFile) file = copy_example ("edit-undo-save.hearth");
  g_autoptr(GFile) saved = NULL;
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved_path = g_build_filename (data_home, "saved.hearth", NULL);
  g_autofree char *label = NULL;
  g_autofree char *uri = NULL;
  HearthWindow *window = create_window_for_file (file);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "edit-undo-save.hearth");
  g_assert_false (hearth_window_is_blank (window));
  g_assert_false (action_enabled (window, "win.undo"));

  /* An edit: the unsaved mark, Undo names it. */
  rename_box_room (window, "Amy’s room");
  g_assert_true (hearth_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• edit-undo-save.hearth");
  g_assert_true (action_enabled (window, "win.undo"));
  g_assert_false (action_enabled (window, "win.redo"));
  label = dup_menu_label (window, "win.undo");
  g_assert_cmpstr (label, ==, "_Undo Rename Box room");
  g_clear_pointer (&label, g_free);

  /* Undone: back to what is saved. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (hearth_window_get_modified (window));
  g_assert_false (has_unsaved_mark (window));
  g_assert_false (action_enabled (window, "win.undo"));
  g_assert_true (action_enabled (window, "win.redo"));
  label = dup_menu_label (window, "win.redo");
  g_assert_cmpstr (label, ==, "_Redo Rename Box room");
  g_assert_cmpstr (hearth_room_get_name (find_room (hearth_window_get_assessment (window), "box")),
                   ==, "Box room");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_true (has_unsaved_mark (window));

  /* Saved under another name: no mark, the new name, and the edit is in
   * the file. */
  saved = g_file_new_for_path (saved_path);
  hearth_window_save (window, saved, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "saved.hearth");
  g_assert_true (g_file_equal (hearth_document_get_file (hearth_window_get_document (window)), saved));

  loaded = hearth_assessment_load_from_file (saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_room_get_name (find_room (loaded, "box")), ==, "Amy’s room");

  /* Remembered for “Open Recent”. */
  uri = g_file_get_uri (saved);
  g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));

  /* Undo after saving makes it unsaved again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (has_unsaved_mark (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_false (has_unsaved_mark (window));

  destroy_window (window);
}

/* A save that is refused says why and keeps the work unsaved. */
static void
test_files_save_error (void)
{
  g_autoptr(GFile) file = copy_example ("save-error.hearth");
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-folder/x.hearth");
  g_autoptr(GError) error = NULL;
  HearthWindow *window = create_window_for_file (file);

  rename_box_room (window, "Amy’s room");
  g_assert_false (hearth_window_save (window, nowhere, &error));
  g_assert_nonnull (error);
  g_assert_true (hearth_window_get_modified (window));
  g_assert_true (has_unsaved_mark (window));
  g_assert_nonnull (hearth_window_get_error_message (window));
  g_assert_true (g_file_equal (hearth_document_get_file (hearth_window_get_document (window)), file));

  destroy_window (window);
}

static void
test_files_open_routing (void)
{
  g_autoptr(GFile) first = copy_example ("routing-1.hearth");
  g_autoptr(GFile) second = copy_example ("routing-2.hearth");
  g_autofree char *bad_path = g_build_filename (data_home, "bad.hearth", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(HearthDocument) document = hearth_document_new ();
  HearthWindow *window = create_window_for_document (document);
  HearthDocument *shown;
  HearthWindow *other;

  g_file_set_contents (bad_path, "<?xml version=\"1.0\"?>\n<hearth-assessment", -1, NULL);

  /* An untouched new assessment makes way. */
  g_assert_true (hearth_window_present_file (window, first) == window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "routing-1.hearth");

  /* Opening it again shows the same window. */
  g_assert_true (hearth_window_present_file (window, first) == window);

  /* Work in progress is never replaced: another window. */
  rename_box_room (window, "Amy’s room");
  shown = hearth_window_get_document (window);
  other = hearth_window_present_file (window, second);
  g_assert_true (other != window);
  g_assert_true (hearth_window_get_document (window) == shown);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (other)), ==, "routing-2.hearth");

  /* A file that fails says why, with its line, and leaves the work. */
  g_assert_true (hearth_window_present_file (window, bad) == window);
  g_assert_true (hearth_window_get_document (window) == shown);
  g_assert_true (hearth_window_get_modified (window));
  g_assert_nonnull (strstr (hearth_window_get_error_message (window), "line"));

  destroy_window (other);
  destroy_window (window);
}

static void
test_files_close_unmodified (void)
{
  g_autoptr(HearthDocument) document = hearth_document_new ();
  HearthWindow *window = create_window_for_document (document);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  run_main_loop_for (50);
  g_assert_null (window);
}

static void
test_files_close_modified (void)
{
  g_autoptr(HearthDocument) document = hearth_document_new ();
  HearthWindow *window;
  AdwMessageDialog *dialog;
  g_autofree char *copy_path = NULL;
  g_autofree char *sidecar_path = NULL;

  set_shortest_autosave ();
  window = create_window_for_document (document);
  add_room (window);
  g_assert_true (has_unsaved_mark (window));
  wait_for_recovery (window);

  copy_path = get_copy_path (hearth_window_get_session_id (window), ".hearth");
  sidecar_path = get_copy_path (hearth_window_get_session_id (window), ".recovery");
  g_assert_true (g_file_test (sidecar_path, G_FILE_TEST_EXISTS));

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  /* Asked, and still open while asking. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_save_changes_dialog (window);
  g_assert_nonnull (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "New Assessment"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "save"), ==,
                   ADW_RESPONSE_SUGGESTED);

  /* Cancel: nothing changes. */
  respond (dialog, "cancel");
  run_main_loop_for (50);
  g_assert_nonnull (window);
  g_assert_null (hearth_window_get_save_changes_dialog (window));
  g_assert_true (hearth_window_get_modified (window));
  g_assert_true (g_file_test (copy_path, G_FILE_TEST_EXISTS));

  /* Discard: closed, and the copy goes with it. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_save_changes_dialog (window);
  g_assert_nonnull (dialog);
  respond (dialog, "discard");
  run_main_loop_for (50);
  g_assert_null (window);
  g_assert_false (g_file_test (copy_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (sidecar_path, G_FILE_TEST_EXISTS));

  reset_autosave ();
}

/* Save, with a file: saved, then closed. */
static void
test_files_close_save (void)
{
  g_autoptr(GFile) file = copy_example ("close-save.hearth");
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(GError) error = NULL;
  HearthWindow *window = create_window_for_file (file);
  AdwMessageDialog *dialog;

  rename_box_room (window, "Amy’s room");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_save_changes_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "close-save.hearth"));
  respond (dialog, "save");
  run_main_loop_for (50);
  g_assert_null (window);

  loaded = hearth_assessment_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_room_get_name (find_room (loaded, "box")), ==, "Amy’s room");
}

static void
window_closed_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  int *closed = user_data;

  *closed = hearth_window_close_finish (HEARTH_WINDOW (object), result, NULL) ? 1 : 0;
}

/* Quitting asks for each window with unsaved work in turn; Cancel stops
 * it there. */
static void
test_files_quit_cancel (void)
{
  g_autoptr(GFile) first_file = copy_example ("quit-1.hearth");
  g_autoptr(GFile) second_file = copy_example ("quit-2.hearth");
  HearthWindow *first = create_window_for_file (first_file);
  HearthWindow *second = create_window_for_file (second_file);
  AdwMessageDialog *dialog;
  HearthWindow *asking;
  HearthWindow *waiting;
  int closed = -1;

  rename_box_room (first, "Amy’s room");
  rename_box_room (second, "Amy’s room");

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  run_main_loop_for (50);

  /* One asks; the other waits its turn. */
  asking = hearth_window_get_save_changes_dialog (first) != NULL ? first : second;
  waiting = asking == first ? second : first;
  dialog = hearth_window_get_save_changes_dialog (asking);
  g_assert_nonnull (dialog);
  g_assert_null (hearth_window_get_save_changes_dialog (waiting));

  respond (dialog, "cancel");
  run_main_loop_for (50);
  g_assert_null (hearth_window_get_save_changes_dialog (waiting));
  g_assert_true (hearth_window_get_modified (first));
  g_assert_true (hearth_window_get_modified (second));

  /* The same through the async API. */
  hearth_window_close_async (first, NULL, window_closed_cb, &closed);
  dialog = wait_for_save_changes_dialog (first);
  respond (dialog, "cancel");
  run_main_loop_for (50);
  g_assert_cmpint (closed, ==, 0);

  destroy_window (first);
  destroy_window (second);
}

/* Work restored after a crash is unsaved work on its original file. */
static void
test_files_restore (void)
{
  g_autoptr(GFile) file = copy_example ("restore.hearth");
  g_autoptr(HearthAssessment) assessment = hearth_assessment_load_from_file (file, NULL, NULL);
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(HearthRecoveryEntry) entry = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(HearthDocument) document = hearth_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = hearth_recovery_new_session_id ();
  g_autofree char *sidecar = get_copy_path (session_id, ".recovery");
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *copy_path = get_copy_path (session_id, ".hearth");
  HearthWindow *window;

  /* A copy left by a Hearth that is gone (pid 0 is nobody's). */
  hearth_room_set_name (find_room (assessment, "box"), "Amy’s room");
  hearth_recovery_write (assessment, file, session_id, &error);
  g_assert_no_error (error);
  g_key_file_load_from_file (key_file, sidecar, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  g_key_file_set_int64 (key_file, "Recovery", "Pid", 0);
  g_key_file_save_to_file (key_file, sidecar, &error);
  g_assert_no_error (error);

  orphans = hearth_recovery_list_orphans ();
  entry = find_orphan_for (orphans, file);
  g_assert_nonnull (entry);
  hearth_recovery_entry_ref (entry);

  window = create_window_for_document (document);
  hearth_window_restore (window, entry, &error);
  g_assert_no_error (error);

  /* Unsaved, tied to its file, and no longer an orphan. */
  g_assert_true (hearth_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• restore.hearth");
  g_assert_true (g_file_equal (hearth_document_get_file (hearth_window_get_document (window)), file));
  g_clear_pointer (&orphans, g_ptr_array_unref);
  orphans = hearth_recovery_list_orphans ();
  g_assert_null (find_orphan_for (orphans, file));
  g_assert_true (g_file_test (copy_path, G_FILE_TEST_EXISTS));

  /* Undo cannot take it back to the file. */
  g_assert_false (action_enabled (window, "win.undo"));

  /* Saved: to its file, and the copy goes. */
  hearth_window_save (window, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_window_get_modified (window));
  g_assert_false (g_file_test (copy_path, G_FILE_TEST_EXISTS));
  loaded = hearth_assessment_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_room_get_name (find_room (loaded, "box")), ==, "Amy’s room");

  destroy_window (window);
}

/* The process is killed with unsaved work: the copy it wrote is found by
 * the next one, and holds the work. */
static void
test_files_kill (void)
{
  g_autofree char *path = g_build_filename (data_home, "killed.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(GError) error = NULL;
  HearthRecoveryEntry *entry;

  if (g_test_subprocess ())
    {
      HearthWindow *window;

      set_shortest_autosave ();
      window = create_window_for_file (file);
      rename_box_room (window, "Amy’s room");
      g_assert_false (recovery_exists (window));

      wait_for_recovery (window);
      g_print ("recovery copy written\n");
      fflush (stdout);

      raise (SIGKILL);
      g_print ("survived\n");
      return;
    }

  g_clear_object (&file);
  file = copy_example ("killed.hearth");

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout ("*recovery copy written*");
  g_test_trap_assert_stdout_unmatched ("*survived*");
  g_assert_false (g_test_trap_reached_timeout ());

  /* The file itself was never saved. */
  loaded = hearth_assessment_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_room_get_name (find_room (loaded, "box")), ==, "Box room");
  g_clear_object (&loaded);

  orphans = hearth_recovery_list_orphans ();
  entry = find_orphan_for (orphans, file);
  g_assert_nonnull (entry);

  loaded = hearth_recovery_load (entry, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_room_get_name (find_room (loaded, "box")), ==, "Amy’s room");
  g_assert_cmpuint (hearth_assessment_get_n_rooms (loaded), ==, 8);

  hearth_recovery_discard (entry);
}

/* Asked to stop (log out, shut down): the work goes to its recovery copy
 * at once, not an autosave interval later. */
static void
test_files_terminate (void)
{
  g_autofree char *path = g_build_filename (data_home, "terminated.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(GError) error = NULL;
  HearthRecoveryEntry *entry;

  if (g_test_subprocess ())
    {
      HearthWindow *window = create_window_for_file (file);

      /* The default interval, 30 s: no copy yet. */
      rename_box_room (window, "Amy’s room");
      g_assert_false (recovery_exists (window));

      g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
      raise (SIGTERM);
      run_main_loop_for (200);
      g_assert_null (window);
      g_print ("terminated cleanly\n");
      return;
    }

  g_clear_object (&file);
  file = copy_example ("terminated.hearth");

  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*terminated cleanly*");

  orphans = hearth_recovery_list_orphans ();
  entry = find_orphan_for (orphans, file);
  g_assert_nonnull (entry);
  loaded = hearth_recovery_load (entry, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_room_get_name (find_room (loaded, "box")), ==, "Amy’s room");

  hearth_recovery_discard (entry);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        remove_tree (child);
      }

  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  gboolean own_data_home = FALSE;
  int ret;

  /* Recovery copies and recent files go to a private folder, which the
   * kill test's subprocess shares. */
  data_home = g_strdup (g_getenv (DATA_HOME_VARIABLE));
  if (data_home == NULL)
    {
      data_home = g_dir_make_tmp ("test-files-XXXXXX", &error);
      g_assert_no_error (error);
      g_setenv (DATA_HOME_VARIABLE, data_home, TRUE);
      own_data_home = TRUE;
    }
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* Windows can only be added to a registered application. */
  app = hearth_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/files/new", test_files_new);
  g_test_add_func ("/files/edit-undo-save", test_files_edit_undo_save);
  g_test_add_func ("/files/save-error", test_files_save_error);
  g_test_add_func ("/files/open-routing", test_files_open_routing);
  g_test_add_func ("/files/close-unmodified", test_files_close_unmodified);
  g_test_add_func ("/files/close-modified", test_files_close_modified);
  g_test_add_func ("/files/close-save", test_files_close_save);
  g_test_add_func ("/files/quit-cancel", test_files_quit_cancel);
  g_test_add_func ("/files/restore", test_files_restore);
  g_test_add_func ("/files/kill", test_files_kill);
  g_test_add_func ("/files/terminate", test_files_terminate);

  ret = g_test_run ();

  g_clear_object (&app);
  if (own_data_home)
    remove_tree (data_home);
  g_free (data_home);

  return ret;
}
