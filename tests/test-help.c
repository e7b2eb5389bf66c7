/* test-help.c: "How Hearth Decides" and the keyboard shortcuts window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under a display (xvfb-run -a). The expected counts are from the
 * rule list of hearth-rules.c, counted by hand.
 */

#include "config.h"

#include "hearth-gui-test-utils.h"
#include "hearth-help.h"
#include "hearth-rules.h"

/* room-standard, opposite-sex-sharing, space-standard, small-bedroom,
 * hmo-room-size, bedroom-standard, ndss-bedroom, unsuitable-sleeping-room,
 * no-sleeping-room, upcoming-change, hhsrs-category-1, data-incomplete */
#define N_RULES 12

static void
collect_sections (GtkWidget *widget,
                  GPtrArray *out)
{
  if (g_object_get_data (G_OBJECT (widget), "hearth-rule") != NULL)
    g_ptr_array_add (out, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_sections (child, out);
}

static void
close_help (void)
{
  GtkWidget *window = hearth_help_get_window ();

  if (window != NULL)
    destroy_window (window);
  g_assert_null (hearth_help_get_window ());
}

static void
test_help_sections (void)
{
  g_autoptr(GPtrArray) sections = g_ptr_array_new ();
  const char * const *ids = hearth_rule_get_ids ();
  GtkWidget *window;

  g_assert_cmpuint (g_strv_length ((char **) ids), ==, N_RULES);

  hearth_help_show (NULL, NULL);
  window = hearth_help_get_window ();
  g_assert_true (ADW_IS_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (window));
  run_main_loop_for (100);

  collect_sections (window, sections);
  g_assert_cmpuint (sections->len, ==, N_RULES);
  for (guint i = 0; i < N_RULES; i++)
    {
      const char *rule = g_object_get_data (G_OBJECT (g_ptr_array_index (sections, i)), "hearth-rule");

      /* In the order of the rule list, each with the help written for it:
       * a section with only its title would have no more than one child. */
      g_assert_cmpstr (rule, ==, ids[i]);
      g_assert_true (hearth_help_get_section (rule) == g_ptr_array_index (sections, i));
      g_assert_nonnull (gtk_widget_get_next_sibling (gtk_widget_get_first_child (g_ptr_array_index (sections, i))));
    }

  /* Showing again raises the same window. */
  hearth_help_show (NULL, NULL);
  g_assert_true (hearth_help_get_window () == window);

  close_help ();
}

static void
test_help_show_rule (void)
{
  GtkWidget *parent = gtk_label_new ("parent");
  GtkWindow *parent_window = show_in_window_sized (parent, 300, 200);
  GtkWidget *window, *section, *first;
  GtkAdjustment *adjustment;
  graphene_point_t point;
  GtkWidget *viewport;

  hearth_help_show (parent, "small-bedroom");
  window = hearth_help_get_window ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (window)) == parent_window);
  run_main_loop_for (300);

  section = hearth_help_get_section ("small-bedroom");
  g_assert_nonnull (section);
  g_assert_true (gtk_widget_is_focus (section));
  g_assert_true (gtk_widget_has_css_class (section, "highlighted"));

  /* Scrolled so that the section is in view: it is the 4th of 12, below
   * the fold of a 760-pixel window. */
  viewport = gtk_widget_get_ancestor (section, GTK_TYPE_VIEWPORT);
  g_assert_nonnull (viewport);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (viewport));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  g_assert_true (gtk_widget_compute_point (section, viewport, &GRAPHENE_POINT_INIT (0, 0), &point));
  g_assert_cmpfloat (point.y, >=, 0);
  g_assert_cmpfloat (point.y, <, gtk_widget_get_height (viewport));

  /* Another rule moves the highlight. */
  first = hearth_help_get_section ("room-standard");
  hearth_help_show (parent, "room-standard");
  run_main_loop_for (200);
  g_assert_true (hearth_help_get_window () == window);
  g_assert_false (gtk_widget_has_css_class (section, "highlighted"));
  g_assert_true (gtk_widget_has_css_class (first, "highlighted"));
  g_assert_true (gtk_widget_is_focus (first));

  close_help ();
  destroy_window (parent_window);
}

static void
test_shortcuts_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  GObject *overlay;

  bytes = g_resources_lookup_data ("/io/github/hearthapp/Hearth/gtk/help-overlay.ui",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  gtk_builder_add_from_resource (builder, "/io/github/hearthapp/Hearth/gtk/help-overlay.ui", &error);
  g_assert_no_error (error);
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/help/sections", test_help_sections);
  g_test_add_func ("/help/show-rule", test_help_show_rule);
  g_test_add_func ("/help/shortcuts-window", test_shortcuts_window);

  return g_test_run ();
}
