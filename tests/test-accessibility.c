/* test-accessibility.c: every control in the window has a name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Caseworkers who cannot use a pointer must reach every control, and a
 * screen reader must name each one. This walks the widget tree of the
 * window (empty, then with the example household open, on each sidebar
 * page in turn) and lists every control a screen reader would announce
 * without a name, so that a regression names the culprit.
 *
 * Runs under a display (xvfb-run -a) with GTK_A11Y=test.
 */

#include "config.h"

#include <string.h>

#include "hearth-application.h"
#include "hearth-canvas.h"
#include "hearth-gui-test-utils.h"
#include "hearth-window.h"

static HearthApplication *app;

static const char * const sidebar_pages[] = {
  "room", "rooms", "people", "findings", "hazards", "sharing", "case",
};

/* Naming */

/* Whether @accessible has a LABEL property, and a non-empty one. */
static gboolean
has_accessible_label (GtkAccessible *accessible)
{
  g_autofree char *mismatch = NULL;

  if (!gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;

  /* NULL when the label is exactly "". */
  mismatch = gtk_test_accessible_check_property (accessible,
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, "");
  return mismatch != NULL;
}

/* Whether a mapped label with some text is under @widget. */
static gboolean
has_label_child (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;

      if (GTK_IS_LABEL (child))
        {
          const char *text = gtk_label_get_text (GTK_LABEL (child));

          if (text != NULL)
            {
              g_autofree char *stripped = g_strstrip (g_strdup (text));

              if (stripped[0] != '\0')
                return TRUE;
            }
        }

      if (has_label_child (child))
        return TRUE;
    }

  return FALSE;
}

/* Whether an AdwPreferencesRow with a title holds @widget: the row names
 * the controls in it. */
static gboolean
row_names (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  const char *title;

  if (row == NULL)
    return FALSE;

  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  return title != NULL && title[0] != '\0';
}

/* Whether @target, which something is labelled by, has text to give. */
static gboolean
target_has_text (GtkWidget *target)
{
  if (GTK_IS_LABEL (target))
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_label_get_text (GTK_LABEL (target))));

      if (text[0] != '\0')
        return TRUE;
    }

  if (ADW_IS_PREFERENCES_ROW (target))
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (target));

      if (title != NULL && title[0] != '\0')
        return TRUE;
    }

  return has_accessible_label (GTK_ACCESSIBLE (target)) || has_label_child (target);
}

/* Whether @widget is labelled by a widget with text. A LABELLED_BY
 * relation alone is not enough: GTK 4.8 points a button's at its child,
 * an icon with no name. The test API cannot read a relation, but it prints
 * one ("GtkLabel<0x…> …") when it differs from what is expected; each
 * widget so printed is looked up among @widgets, the widgets in the
 * window, and only those are looked at. */
static gboolean
labelled_by_text (GtkWidget  *widget,
                  GHashTable *widgets)
{
  g_autofree char *printed = NULL;
  const char *p;

  if (!gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                         GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return FALSE;

  /* Compared with no widgets at all, it prints the widgets it has. */
  printed = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                NULL);
  if (printed == NULL)
    return FALSE;

  for (p = strstr (printed, "<0x"); p != NULL; p = strstr (p + 1, "<0x"))
    {
      gpointer target = GSIZE_TO_POINTER ((gsize) g_ascii_strtoull (p + 1, NULL, 16));

      if (g_hash_table_contains (widgets, target) && target_has_text (target))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_named (GtkWidget  *widget,
          GHashTable *widgets)
{
  return has_label_child (widget) ||
         has_accessible_label (GTK_ACCESSIBLE (widget)) ||
         labelled_by_text (widget, widgets) ||
         row_names (widget);
}

/* Which widgets are controls */

/* The parts of a composite control, which the control itself speaks for:
 * the toggle inside a menu button or drop-down, the text inside an entry,
 * a spin button or an entry row. */
static gboolean
is_part_of_control (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (parent == NULL)
    return FALSE;

  if (GTK_IS_BUTTON (widget) &&
      (GTK_IS_MENU_BUTTON (parent) || GTK_IS_DROP_DOWN (parent) ||
       GTK_IS_SPIN_BUTTON (parent) || ADW_IS_SPLIT_BUTTON (parent)))
    return TRUE;

  if (GTK_IS_TEXT (widget))
    {
      for (GtkWidget *ancestor = parent;
           ancestor != NULL;
           ancestor = gtk_widget_get_parent (ancestor))
        {
          if (GTK_IS_EDITABLE (ancestor))
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
is_control (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) ||       /* GtkToggleButton, GtkLinkButton too */
      GTK_IS_MENU_BUTTON (widget) ||
      ADW_IS_SPLIT_BUTTON (widget) ||
      GTK_IS_DROP_DOWN (widget) ||
      GTK_IS_SWITCH (widget) ||
      GTK_IS_CHECK_BUTTON (widget) ||
      GTK_IS_SCALE (widget) ||
      GTK_IS_ENTRY (widget) ||
      GTK_IS_SEARCH_ENTRY (widget) ||
      GTK_IS_PASSWORD_ENTRY (widget) ||
      GTK_IS_SPIN_BUTTON (widget) ||
      GTK_IS_TEXT (widget))
    return !is_part_of_control (widget);

  if (GTK_IS_TEXT_VIEW (widget))
    return gtk_text_view_get_editable (GTK_TEXT_VIEW (widget));

  /* Rows are controls too when they do something: entry rows, combo rows,
   * expander rows (their header), and rows that can be activated. */
  if (ADW_IS_ENTRY_ROW (widget) || ADW_IS_COMBO_ROW (widget) || ADW_IS_EXPANDER_ROW (widget))
    return TRUE;

  if (GTK_IS_LIST_BOX_ROW (widget))
    {
      GtkWidget *list = gtk_widget_get_parent (widget);

      return gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)) &&
             gtk_widget_get_sensitive (widget) &&
             GTK_IS_LIST_BOX (list) &&
             gtk_list_box_get_selection_mode (GTK_LIST_BOX (list)) != GTK_SELECTION_NONE;
    }

  return FALSE;
}

/* Describing an offender */

/* The icon @widget shows, if it shows one. */
static const char *
find_icon_name (GtkWidget *widget)
{
  if (GTK_IS_IMAGE (widget) &&
      gtk_image_get_storage_type (GTK_IMAGE (widget)) == GTK_IMAGE_ICON_NAME)
    return gtk_image_get_icon_name (GTK_IMAGE (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *icon = find_icon_name (child);

      if (icon != NULL)
        return icon;
    }

  return NULL;
}

/* One element of a widget path: its type, with its name when it has one
 * other than the type name, its CSS name and its CSS classes. */
static void
append_path_element (GString   *path,
                     GtkWidget *widget)
{
  const char *type = G_OBJECT_TYPE_NAME (widget);
  const char *name = gtk_widget_get_name (widget);
  g_auto(GStrv) classes = gtk_widget_get_css_classes (widget);

  g_string_append (path, type);
  if (name != NULL && !g_str_equal (name, type))
    g_string_append_printf (path, "#%s", name);
  g_string_append_printf (path, "(%s", gtk_widget_get_css_name (widget));
  for (guint i = 0; classes != NULL && classes[i] != NULL; i++)
    g_string_append_printf (path, ".%s", classes[i]);
  g_string_append_c (path, ')');
}

static char *
describe (GtkWidget  *widget,
          const char *page)
{
  GString *text = g_string_new (NULL);
  GPtrArray *chain = g_ptr_array_new ();
  const char *tooltip = gtk_widget_get_tooltip_text (widget);
  const char *icon = find_icon_name (widget);
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  const char *action = GTK_IS_ACTIONABLE (widget)
                       ? gtk_actionable_get_action_name (GTK_ACTIONABLE (widget))
                       : NULL;

  g_string_append_printf (text, "%s on page \"%s\": tooltip %s%s%s, icon %s, action %s",
                          G_OBJECT_TYPE_NAME (widget), page,
                          tooltip != NULL ? "\"" : "", tooltip != NULL ? tooltip : "(none)",
                          tooltip != NULL ? "\"" : "",
                          icon != NULL ? icon : "(none)",
                          action != NULL ? action : "(none)");
  if (row != NULL)
    g_string_append_printf (text, ", in a row titled \"%s\"",
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_add (chain, w);

  g_string_append (text, "\n      path: ");
  for (guint i = chain->len; i > 0; i--)
    {
      append_path_element (text, g_ptr_array_index (chain, i - 1));
      if (i > 1)
        g_string_append (text, " > ");
    }

  g_ptr_array_unref (chain);
  return g_string_free (text, FALSE);
}

/* The walk */

typedef struct {
  GHashTable *widgets;    /* GtkWidget *, every one in the window */
  GHashTable *seen;       /* GtkWidget * */
  GPtrArray  *offenders;  /* char *, a description each */
  guint       n_checked;
} Walk;

static void
walk_init (Walk *walk)
{
  walk->widgets = g_hash_table_new (NULL, NULL);
  walk->seen = g_hash_table_new (NULL, NULL);
  walk->offenders = g_ptr_array_new_with_free_func (g_free);
  walk->n_checked = 0;
}

static void
walk_clear (Walk *walk)
{
  g_hash_table_unref (walk->widgets);
  g_hash_table_unref (walk->seen);
  g_ptr_array_unref (walk->offenders);
}

/* Checks each control under @widget that is on screen (mapped): what is
 * not on screen cannot be reached. Each widget is counted once, however
 * many pages it shows on. */
static void
check_tree (Walk       *walk,
            GtkWidget  *widget,
            const char *page)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (is_control (widget) && g_hash_table_add (walk->seen, widget))
    {
      walk->n_checked++;
      if (!is_named (widget, walk->widgets))
        g_ptr_array_add (walk->offenders, describe (widget, page));
      else if (g_test_verbose ())
        {
          g_autofree char *description = describe (widget, page);

          g_test_message ("named: %s", description);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_tree (walk, child, page);
}

static void
add_widgets (GHashTable *widgets,
             GtkWidget  *widget)
{
  g_hash_table_add (widgets, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_widgets (widgets, child);
}

/* Checks the window as it is now. */
static void
check_window (Walk         *walk,
              HearthWindow *window,
              const char   *page)
{
  g_hash_table_remove_all (walk->widgets);
  add_widgets (walk->widgets, GTK_WIDGET (window));
  check_tree (walk, GTK_WIDGET (window), page);
}

static void
assert_no_offenders (Walk *walk)
{
  GString *message;

  /* Something was checked: the walk did not miss the window. */
  g_assert_cmpuint (walk->n_checked, >, 0);
  g_test_message ("%u controls checked", walk->n_checked);

  if (walk->offenders->len == 0)
    return;

  message = g_string_new (NULL);
  g_string_append_printf (message, "%u of %u controls have no accessible name:",
                          walk->offenders->len, walk->n_checked);
  for (guint i = 0; i < walk->offenders->len; i++)
    g_string_append_printf (message, "\n  %u. %s", i + 1,
                            (const char *) g_ptr_array_index (walk->offenders, i));

  g_test_message ("%s", message->str);
  g_test_fail_printf ("%s", message->str);
  g_string_free (message, TRUE);
}

/* Helpers */

static HearthWindow *
create_window (void)
{
  HearthWindow *window = hearth_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  run_main_loop_for (100);

  return window;
}

static HearthWindow *
create_window_with_example (void)
{
  g_autoptr(GFile) file = get_example_file ();
  HearthWindow *window = create_window ();
  HearthAssessment *assessment;

  hearth_window_open_file (window, file);
  run_main_loop_for (100);
  g_assert_cmpstr (hearth_window_get_visible_page (window), ==, "assessment");

  /* A room is selected, so that the room panel has something to show. */
  assessment = hearth_window_get_assessment (window);
  hearth_document_set_selected_room (hearth_window_get_document (window),
                                     hearth_assessment_find_room (assessment, "box", NULL));
  run_main_loop_for (50);

  return window;
}

static AdwViewStack *
get_sidebar_stack (HearthWindow *window)
{
  GtkWidget *stack = gtk_widget_get_ancestor (hearth_window_get_rooms_list (window),
                                              ADW_TYPE_VIEW_STACK);

  g_assert_nonnull (stack);
  return ADW_VIEW_STACK (stack);
}

/* Tests */

/* The empty window: its header bar, and the New and Open buttons. */
static void
test_accessibility_empty_window (void)
{
  HearthWindow *window = create_window ();
  Walk walk;

  g_assert_cmpstr (hearth_window_get_visible_page (window), ==, "empty");

  walk_init (&walk);
  check_window (&walk, window, "empty");
  assert_no_offenders (&walk);
  walk_clear (&walk);

  destroy_window (window);
}

/* Every control on every sidebar page, with the header bar, the floor bar
 * and the canvas's toolbar around them. */
static void
test_accessibility_every_page (void)
{
  HearthWindow *window = create_window_with_example ();
  AdwViewStack *stack = get_sidebar_stack (window);
  Walk walk;

  walk_init (&walk);
  for (guint i = 0; i < G_N_ELEMENTS (sidebar_pages); i++)
    {
      GtkWidget *page;

      adw_view_stack_set_visible_child_name (stack, sidebar_pages[i]);
      run_main_loop_for (100);

      /* The page is there and shown: the walk would otherwise miss it. */
      page = adw_view_stack_get_child_by_name (stack, sidebar_pages[i]);
      g_assert_nonnull (page);
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, sidebar_pages[i]);
      g_assert_true (gtk_widget_get_mapped (page));

      check_window (&walk, window, sidebar_pages[i]);
    }
  assert_no_offenders (&walk);
  walk_clear (&walk);

  destroy_window (window);
}

/* The plan can be reached from the keyboard, and is named. */
static void
test_accessibility_canvas (void)
{
  HearthWindow *window = create_window_with_example ();
  GtkWidget *canvas = hearth_window_get_canvas (window);

  g_assert_true (HEARTH_IS_CANVAS (canvas));
  g_assert_true (gtk_widget_get_mapped (canvas));
  g_assert_true (gtk_widget_get_focusable (canvas));
  g_assert_true (gtk_widget_get_can_focus (canvas));
  g_assert_true (has_accessible_label (GTK_ACCESSIBLE (canvas)));
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_LABEL, "Floor plan");

  /* It takes the keyboard focus. */
  g_assert_true (gtk_widget_grab_focus (canvas));
  run_main_loop_for (20);
  g_assert_true (gtk_widget_has_focus (canvas));

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

  g_test_add_func ("/accessibility/empty-window", test_accessibility_empty_window);
  g_test_add_func ("/accessibility/every-page", test_accessibility_every_page);
  g_test_add_func ("/accessibility/canvas", test_accessibility_canvas);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
