/* hearth-gui-test-utils.h: what the test programs that run under a display
 * share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Static inline, so that each test program uses what it needs and nothing
 * else is compiled into it.
 */
#pragma once

#include <string.h>

#include <adwaita.h>

#include "hearth-document.h"
#include "hearth-file.h"

/* Main loop */

static inline gboolean
set_true_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds so that widgets get realised,
 * allocated and drawn. */
static inline void
run_main_loop_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_true_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* The example household */

/* data/examples/carter-household.hearth, under HEARTH_SOURCE_ROOT when it
 * is set. */
static inline GFile *
get_example_file (void)
{
  const char *root = g_getenv ("HEARTH_SOURCE_ROOT");
  g_autofree char *path = NULL;

  if (root != NULL)
    path = g_build_filename (root, "data", "examples", "carter-household.hearth", NULL);
  else
    path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                  "carter-household.hearth", NULL);

  return g_file_new_for_path (path);
}

/* A new document for the example household. */
static inline HearthDocument *
load_example (void)
{
  g_autoptr(GFile) file = get_example_file ();
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;

  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  g_assert_no_error (error);

  return hearth_document_new_for_assessment (assessment, file);
}

static inline HearthAssessment *
get_assessment (HearthDocument *document)
{
  return hearth_document_get_assessment (document);
}

static inline guint
undo_depth (HearthDocument *document)
{
  return hearth_undo_stack_get_depth (hearth_document_get_undo_stack (document));
}

static inline void
undo (HearthDocument *document)
{
  g_assert_true (hearth_undo_stack_undo (hearth_document_get_undo_stack (document)));
}

/* Windows */

/* Shows @widget in a window of its own, @width by @height. */
static inline GtkWindow *
show_in_window_sized (GtkWidget *widget,
                      int        width,
                      int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, widget);
  gtk_window_present (window);
  run_main_loop_for (50);

  return window;
}

/* Destroys @window (a GtkWindow) and checks that it is gone. */
static inline void
destroy_window (gpointer window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  run_main_loop_for (50);
  g_assert_null (window);
}

/* Destroys @window, then checks that nothing the widgets held keeps
 * @document alive. */
static inline void
destroy_window_and_document (GtkWindow      *window,
                             HearthDocument *document)
{
  gtk_window_destroy (window);
  run_main_loop_for (20);
  g_assert_finalize_object (document);
}

/* Finding widgets */

/* The first AdwPreferencesRow of @type under @root (itself included)
 * whose title contains @needle. */
static inline gpointer
find_row (GtkWidget  *root,
          GType       type,
          const char *needle)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && ADW_IS_PREFERENCES_ROW (root))
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root));

      if (title != NULL && strstr (title, needle) != NULL)
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer row = find_row (child, type, needle);

      if (row != NULL)
        return row;
    }

  return NULL;
}

/* As find_row(), and there must be one. */
static inline gpointer
get_row (GtkWidget  *root,
         GType       type,
         const char *needle)
{
  gpointer row = find_row (root, type, needle);

  g_assert_nonnull (row);
  return row;
}

/* How many rows @list (a GtkListBox, not NULL) has. */
static inline guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  g_assert_nonnull (list);
  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n) != NULL)
    n++;

  return n;
}

/* Whether a mapped label under @root shows @text. */
static inline gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (!gtk_widget_get_mapped (root))
    return FALSE;

  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (shows_text (child, text))
        return TRUE;
    }

  return FALSE;
}

/* Whether @text shows within two seconds: animations (an error banner
 * slides in) take a few frames. */
static inline gboolean
shows_text_soon (GtkWidget  *root,
                 const char *text)
{
  for (guint i = 0; i < 100; i++)
    {
      if (shows_text (root, text))
        return TRUE;
      run_main_loop_for (20);
    }

  return FALSE;
}

/* Typing */

/* Types @text into @editable and presses Enter: "activate" goes to its
 * delegate (the GtkText inside a GtkEntry or an AdwEntryRow), if it has
 * one, as it would from the keyboard. */
static inline void
type_and_activate (GtkEditable *editable,
                   const char  *text)
{
  GtkEditable *delegate = gtk_editable_get_delegate (editable);

  gtk_editable_set_text (editable, text);
  g_signal_emit_by_name (delegate != NULL ? delegate : editable, "activate");
}

/* Types @text into an entry row and presses Enter (on its GtkText: an
 * AdwEntryRow has no "activate" of its own to emit, and there is no
 * gtk_widget_activate() for it in GTK 4.8). */
static inline void
type_and_enter (AdwEntryRow *row,
                const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
}
