/* test-panels.c: the room panel, the room list and the floor bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under a display (xvfb-run -a). Each test loads the example
 * household and drives a widget as a caseworker would, through its entry
 * rows, combo rows and actions, then checks the document. Every expected
 * area is worked out by hand from the example's coordinates in mm; an
 * "area2" is twice the area in mm².
 */

#include "config.h"

#include <string.h>

#include "hearth-document.h"
#include "hearth-edit.h"
#include "hearth-file.h"
#include "hearth-floor-bar.h"
#include "hearth-gui-test-utils.h"
#include "hearth-room-list.h"
#include "hearth-room-panel.h"

/* Helpers */

static HearthRoom *
find_room (HearthDocument *document,
           const char     *id,
           HearthFloor   **floor)
{
  HearthRoom *room = hearth_assessment_find_room (hearth_document_get_assessment (document),
                                                  id, floor);

  g_assert_nonnull (room);
  return room;
}

static HearthFloor *
find_floor (HearthDocument *document,
            const char     *id)
{
  GPtrArray *floors = hearth_assessment_get_floors (hearth_document_get_assessment (document));

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);

      if (g_str_equal (hearth_floor_get_id (floor), id))
        return floor;
    }

  g_assert_not_reached ();
}

static guint
n_floors (HearthDocument *document)
{
  return hearth_assessment_get_floors (hearth_document_get_assessment (document))->len;
}

/* Shows @widget in a window of its own. */
static GtkWindow *
show_in_window (GtkWidget *widget)
{
  return show_in_window_sized (widget, 420, 900);
}

static gpointer
find_widget_of_type (GtkWidget *root,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static AdwEntryRow *
get_entry_row (GtkWidget  *panel,
               const char *title)
{
  AdwEntryRow *row = find_row (panel, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return row;
}

/* Room panel */

static void
test_room_panel_empty (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_room_panel_new (document);
  GtkWindow *window = show_in_window (panel);

  g_assert_true (shows_text (panel, "No Room Selected"));

  hearth_document_set_selected_room (document, find_room (document, "box", NULL));
  run_main_loop_for (20);
  g_assert_false (shows_text (panel, "No Room Selected"));

  hearth_document_set_selected_room (document, NULL);
  run_main_loop_for (20);
  g_assert_true (shows_text (panel, "No Room Selected"));

  destroy_window_and_document (window, document);
}

static void
test_room_panel_shows_room (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_room_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwEntryRow *name_row;
  AdwComboRow *use_row;
  AdwActionRow *sleepers_row;

  hearth_document_set_selected_room (document, find_room (document, "box", NULL));
  run_main_loop_for (20);

  name_row = get_entry_row (panel, "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Box room");

  use_row = find_row (panel, ADW_TYPE_COMBO_ROW, "Use");
  g_assert_nonnull (use_row);
  g_assert_cmpuint (adw_combo_row_get_selected (use_row), ==, HEARTH_ROOM_USE_BEDROOM);

  /* Box room: 2400 × 2600 mm = 6 240 000 mm² gross; the bulkhead strip,
   * 2400 × 400 mm under a 1.3 m ceiling, leaves 5 280 000 mm². */
  g_assert_true (shows_text (panel, "6.24 m²"));
  g_assert_true (shows_text (panel, "5.28 m²"));
  /* Perimeter 2 × (2400 + 2600) = 10 000 mm; narrowest 2400 mm. */
  g_assert_true (shows_text (panel, "10.00 m"));
  g_assert_true (shows_text (panel, "2.40 m"));
  /* The low ceiling: 0.96 m², up to 1.30 m. */
  g_assert_true (shows_text (panel, "0.96 m²"));
  g_assert_true (shows_text (panel, "1.30 m"));
  /* Width and depth of a rectangle. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_entry_row (panel, "Width"))), ==, "2.40 m");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_entry_row (panel, "Depth"))), ==, "2.60 m");

  /* Amy Carter, born 8 February 2015, is 11 on 16 November 2026. */
  sleepers_row = find_row (panel, ADW_TYPE_ACTION_ROW, "Who Sleeps Here");
  g_assert_nonnull (sleepers_row);
  g_assert_cmpstr (adw_action_row_get_subtitle (sleepers_row), ==, "Amy Carter (11)");

  destroy_window_and_document (window, document);
}

static void
test_room_panel_rename (void)
{
  HearthDocument *document = load_example ();
  HearthRoom *box = find_room (document, "box", NULL);
  GtkWidget *panel = hearth_room_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwEntryRow *name_row;
  guint depth = undo_depth (document);

  hearth_document_set_selected_room (document, box);
  run_main_loop_for (20);

  name_row = get_entry_row (panel, "Name");
  type_and_enter (name_row, "Amy’s room");
  g_assert_cmpstr (hearth_room_get_name (box), ==, "Amy’s room");
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);

  /* Enter again, with nothing changed, records nothing. */
  type_and_enter (name_row, "Amy’s room");
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);

  /* One undo restores the name, in the model and in the field. */
  undo (document);
  g_assert_cmpstr (hearth_room_get_name (box), ==, "Box room");
  g_assert_cmpuint (undo_depth (document), ==, depth);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Box room");

  /* Leaving the field applies what was typed, as one step too. */
  gtk_widget_grab_focus (GTK_WIDGET (name_row));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Small bedroom");
  gtk_widget_grab_focus (GTK_WIDGET (find_row (panel, ADW_TYPE_COMBO_ROW, "Use")));
  g_assert_cmpstr (hearth_room_get_name (box), ==, "Small bedroom");
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);
  undo (document);
  g_assert_cmpstr (hearth_room_get_name (box), ==, "Box room");

  /* An emptied name is not applied: the field shows the name again. */
  type_and_enter (name_row, "   ");
  g_assert_cmpstr (hearth_room_get_name (box), ==, "Box room");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Box room");
  g_assert_cmpuint (undo_depth (document), ==, depth);

  destroy_window_and_document (window, document);
}

static void
test_room_panel_use (void)
{
  HearthDocument *document = load_example ();
  HearthRoom *box = find_room (document, "box", NULL);
  GtkWidget *panel = hearth_room_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwComboRow *use_row;
  guint depth = undo_depth (document);

  hearth_document_set_selected_room (document, box);
  run_main_loop_for (20);

  use_row = find_row (panel, ADW_TYPE_COMBO_ROW, "Use");
  adw_combo_row_set_selected (use_row, HEARTH_ROOM_USE_STUDY);
  g_assert_cmpint (hearth_room_get_use (box), ==, HEARTH_ROOM_USE_STUDY);
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);

  undo (document);
  g_assert_cmpint (hearth_room_get_use (box), ==, HEARTH_ROOM_USE_BEDROOM);
  g_assert_cmpuint (adw_combo_row_get_selected (use_row), ==, HEARTH_ROOM_USE_BEDROOM);
  /* Showing the undone use recorded nothing new. */
  g_assert_cmpuint (undo_depth (document), ==, depth);

  destroy_window_and_document (window, document);
}

static void
test_room_panel_resize (void)
{
  HearthDocument *document = load_example ();
  HearthRoom *bed2 = find_room (document, "bed2", NULL);
  GtkWidget *panel = hearth_room_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwEntryRow *width_row;
  AdwEntryRow *depth_row;
  gint64 min_x, min_y, max_x, max_y;
  g_autofree char *shown = NULL;
  guint depth = undo_depth (document);

  /* Bedroom 2: (3600, 0) to (6600, 2900), 3000 × 2900 mm. */
  hearth_document_set_selected_room (document, bed2);
  run_main_loop_for (20);
  g_assert_cmpint (hearth_room_get_gross_area2 (bed2), ==, 2 * 3000 * 2900);

  width_row = get_entry_row (panel, "Width");
  depth_row = get_entry_row (panel, "Depth");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (width_row)), ==, "3.00 m");

  type_and_enter (width_row, "3.2");
  g_assert_cmpint (hearth_room_get_gross_area2 (bed2), ==, 2 * 3200 * 2900);
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (width_row)), ==, "3.20 m");

  /* 290 cm is the depth already: nothing to record. */
  type_and_enter (depth_row, "290cm");
  g_assert_cmpint (hearth_room_get_gross_area2 (bed2), ==, 2 * 3200 * 2900);
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);

  /* 10 ft 6 in = 3048 + 152.4 = 3200.4 mm, read as 3200 mm. */
  type_and_enter (depth_row, "10ft 6in");
  g_assert_cmpint (hearth_room_get_gross_area2 (bed2), ==, 2 * 3200 * 3200);
  g_assert_cmpuint (undo_depth (document), ==, depth + 2);

  /* The top-left corner stayed. */
  hearth_polygon_get_bounds (hearth_room_get_polygon (bed2), &min_x, &min_y, &max_x, &max_y);
  g_assert_cmpint (min_x, ==, 3600);
  g_assert_cmpint (min_y, ==, 0);
  g_assert_cmpint (max_x, ==, 6800);
  g_assert_cmpint (max_y, ==, 3200);

  /* Enter on the untouched field, which shows the size truncated to the
   * centimetre, changes nothing. */
  shown = g_strdup (gtk_editable_get_text (GTK_EDITABLE (width_row)));
  type_and_enter (width_row, shown);
  g_assert_cmpuint (undo_depth (document), ==, depth + 2);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (width_row), "error"));

  undo (document);
  undo (document);
  g_assert_cmpint (hearth_room_get_gross_area2 (bed2), ==, 2 * 3000 * 2900);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (width_row)), ==, "3.00 m");

  destroy_window_and_document (window, document);
}

static void
test_room_panel_resize_invalid (void)
{
  HearthDocument *document = load_example ();
  HearthRoom *bed2 = find_room (document, "bed2", NULL);
  HearthRoom *box = find_room (document, "box", NULL);
  g_autoptr(HearthPolygon) before = hearth_polygon_copy (hearth_room_get_polygon (bed2));
  GtkWidget *panel = hearth_room_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwEntryRow *width_row;
  AdwEntryRow *depth_row;
  guint depth = undo_depth (document);

  hearth_document_set_selected_room (document, bed2);
  run_main_loop_for (20);

  width_row = get_entry_row (panel, "Width");
  type_and_enter (width_row, "abc");
  run_main_loop_for (20);

  /* Unchanged, with the reason under the field and the text kept. */
  g_assert_true (hearth_polygon_equal (hearth_room_get_polygon (bed2), before));
  g_assert_cmpuint (undo_depth (document), ==, depth);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (width_row)), ==, "abc");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (width_row), "error"));
  g_assert_true (shows_text (panel, "abc"));

  /* Corrected, the error goes. */
  type_and_enter (width_row, "3.1");
  g_assert_cmpint (hearth_room_get_gross_area2 (bed2), ==, 2 * 3100 * 2900);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (width_row), "error"));

  /* The box room cannot shrink off its bulkhead strip, which runs from
   * 2200 to 2600 mm down the room: a depth of 2 m would leave it outside. */
  hearth_document_set_selected_room (document, box);
  run_main_loop_for (20);
  depth = undo_depth (document);
  depth_row = get_entry_row (panel, "Depth");
  type_and_enter (depth_row, "2m");
  g_assert_cmpint (hearth_room_get_gross_area2 (box), ==, 2 * 2400 * 2600);
  g_assert_cmpuint (undo_depth (document), ==, depth);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (depth_row), "error"));

  destroy_window_and_document (window, document);
}

static void
test_room_panel_low_ceiling_strip (void)
{
  HearthDocument *document = load_example ();
  HearthRoom *bed1 = find_room (document, "bed1", NULL);
  GtkWidget *panel = hearth_room_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwComboRow *wall_row;
  AdwEntryRow *depth_row;
  const HearthLowHeadroom *zone;
  g_autoptr(HearthPolygon) expected = hearth_polygon_new_rectangle (0, 0, 3600, 400);
  GListModel *walls;
  guint depth = undo_depth (document);

  /* Bedroom 1: (0, 0) to (3600, 3200); 2 × 3600 × 3200 = 23 040 000. */
  hearth_document_set_selected_room (document, bed1);
  run_main_loop_for (20);
  g_assert_cmpint (hearth_room_get_countable_area2 (bed1, HEARTH_HEADROOM_RULE_UNDER_1500),
                   ==, 2 * 3600 * 3200);
  g_assert_cmpuint (hearth_room_get_n_low_headroom (bed1), ==, 0);

  wall_row = find_row (panel, ADW_TYPE_COMBO_ROW, "Wall");
  g_assert_nonnull (wall_row);
  walls = adw_combo_row_get_model (wall_row);
  g_assert_cmpuint (g_list_model_get_n_items (walls), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (walls), 0), ==, "Wall 1 (3.60 m)");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (walls), 1), ==, "Wall 2 (3.20 m)");

  /* Too deep to fit: refused, with the reason. */
  depth_row = get_entry_row (panel, "Depth from the Wall");
  adw_combo_row_set_selected (wall_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (depth_row), "4m");
  gtk_widget_activate_action (panel, "room.add-low-ceiling", NULL);
  g_assert_cmpuint (hearth_room_get_n_low_headroom (bed1), ==, 0);
  g_assert_cmpuint (undo_depth (document), ==, depth);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (depth_row), "error"));

  /* 400 mm along wall 1, from (0, 0) to (3600, 0): the strip is
   * 3600 × 400 mm inside the room, and with no height given it is under
   * 1.5 m, so 2 × 3600 × 400 = 2 880 000 comes off: 20 160 000. */
  gtk_editable_set_text (GTK_EDITABLE (depth_row), "400mm");
  gtk_widget_activate_action (panel, "room.add-low-ceiling", NULL);
  g_assert_cmpuint (hearth_room_get_n_low_headroom (bed1), ==, 1);
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);
  zone = hearth_room_get_low_headroom (bed1, 0);
  g_assert_cmpint (hearth_polygon_get_area2 (zone->polygon), ==, 2 * 3600 * 400);
  g_assert_true (hearth_polygon_contains_polygon (expected, zone->polygon));
  g_assert_true (hearth_polygon_contains_polygon (zone->polygon, expected));
  g_assert_cmpint (zone->max_height_mm, ==, 0);
  g_assert_cmpint (hearth_room_get_countable_area2 (bed1, HEARTH_HEADROOM_RULE_UNDER_1500),
                   ==, 2 * 3600 * 3200 - 2 * 3600 * 400);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (depth_row), "error"));
  g_assert_true (shows_text (panel, "Low Ceiling 1"));

  /* A second strip along the same wall would overlap the first. */
  gtk_editable_set_text (GTK_EDITABLE (depth_row), "0.2");
  gtk_widget_activate_action (panel, "room.add-low-ceiling", NULL);
  g_assert_cmpuint (hearth_room_get_n_low_headroom (bed1), ==, 1);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (depth_row), "error"));

  /* Along wall 3, from (3600, 3200) to (0, 3200), 0.5 m deep, with a
   * ceiling up to 1400 mm: 2 × 3600 × 500 = 3 600 000 more comes off. */
  adw_combo_row_set_selected (wall_row, 2);
  gtk_editable_set_text (GTK_EDITABLE (depth_row), "0.5");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget_of_type (panel, GTK_TYPE_SPIN_BUTTON)), 1400);
  gtk_widget_activate_action (panel, "room.add-low-ceiling", NULL);
  g_assert_cmpuint (hearth_room_get_n_low_headroom (bed1), ==, 2);
  zone = hearth_room_get_low_headroom (bed1, 1);
  g_assert_cmpint (zone->max_height_mm, ==, 1400);
  g_assert_cmpint (hearth_room_get_countable_area2 (bed1, HEARTH_HEADROOM_RULE_UNDER_1500),
                   ==, 2 * 3600 * 3200 - 2 * 3600 * 400 - 2 * 3600 * 500);

  /* Removing the first, then undoing that. */
  gtk_widget_activate_action (panel, "room.remove-low-ceiling", "u", 0);
  g_assert_cmpuint (hearth_room_get_n_low_headroom (bed1), ==, 1);
  g_assert_cmpint (hearth_room_get_countable_area2 (bed1, HEARTH_HEADROOM_RULE_UNDER_1500),
                   ==, 2 * 3600 * 3200 - 2 * 3600 * 500);
  undo (document);
  g_assert_cmpuint (hearth_room_get_n_low_headroom (bed1), ==, 2);

  destroy_window_and_document (window, document);
}

static void
test_room_panel_notes_follow_selection (void)
{
  HearthDocument *document = load_example ();
  HearthRoom *box = find_room (document, "box", NULL);
  HearthRoom *bed1 = find_room (document, "bed1", NULL);
  GtkWidget *panel = hearth_room_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  GtkTextView *view;
  guint depth = undo_depth (document);

  hearth_document_set_selected_room (document, box);
  run_main_loop_for (20);

  view = find_widget_of_type (panel, GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Damp in the corner.", -1);

  /* Another room is picked before focus leaves the notes: what was typed
   * goes to the room it was typed for, as one step. */
  hearth_document_set_selected_room (document, bed1);
  g_assert_cmpstr (hearth_room_get_notes (box), ==, "Damp in the corner.");
  g_assert_null (hearth_room_get_notes (bed1));
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);

  destroy_window_and_document (window, document);
}

/* Room list */

static void
test_room_list_rows (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *list = hearth_room_list_new (document);
  GtkWindow *window = show_in_window (list);
  GtkListBox *list_box = hearth_room_list_get_list_box (HEARTH_ROOM_LIST (list));
  HearthRoom *bed2 = find_room (document, "bed2", NULL);
  HearthRoom *bath = find_room (document, "bath", NULL);
  GtkListBoxRow *row;

  /* The ground floor is shown first: living room, kitchen, hall. */
  g_assert_cmpuint (count_rows (GTK_WIDGET (list_box)), ==, 3);

  /* Selecting a room elsewhere shows its floor's five rooms and selects
   * its row. */
  hearth_document_set_selected_room (document, bath);
  run_main_loop_for (20);
  g_assert_cmpuint (count_rows (GTK_WIDGET (list_box)), ==, 5);
  row = gtk_list_box_get_selected_row (list_box);
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_list_box_row_get_index (row), ==, 3);

  /* Selecting a row selects its room. */
  gtk_list_box_select_row (list_box, gtk_list_box_get_row_at_index (list_box, 1));
  g_assert_true (hearth_document_get_selected_room (document) == bed2);

  /* Bedroom 2: 3000 × 2900 mm = 8.70 m², where Leo and Sam sleep. */
  row = gtk_list_box_get_row_at_index (list_box, 1);
  g_assert_true (shows_text (GTK_WIDGET (row), "Bedroom 2"));
  g_assert_true (shows_text (GTK_WIDGET (row), "8.70 m²"));
  g_assert_true (shows_text (GTK_WIDGET (row), "Leo and Sam"));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Bedroom 2, Bedroom, 8.70 square metres, Leo and Sam sleep here");

  /* The box room shows its countable area: 5.28 m², not 6.24. */
  row = gtk_list_box_get_row_at_index (list_box, 2);
  g_assert_true (shows_text (GTK_WIDGET (row), "5.28 m²"));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Box room, Bedroom, 5.28 square metres, Amy sleeps here");

  /* Clearing the selection clears the row's. */
  hearth_document_set_selected_room (document, NULL);
  g_assert_null (gtk_list_box_get_selected_row (list_box));

  destroy_window_and_document (window, document);
}

static void
test_room_list_follows_edits (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *list = hearth_room_list_new (document);
  GtkWindow *window = show_in_window (list);
  GtkListBox *list_box = hearth_room_list_get_list_box (HEARTH_ROOM_LIST (list));
  HearthAssessment *assessment = hearth_document_get_assessment (document);
  HearthRoom *kitchen = find_room (document, "kitchen", NULL);
  GtkListBoxRow *row;

  hearth_document_set_selected_room (document, kitchen);
  run_main_loop_for (20);
  row = gtk_list_box_get_row_at_index (list_box, 1);
  g_assert_true (gtk_list_box_get_selected_row (list_box) == row);

  /* A rename updates the row in place: the same row, still selected. */
  hearth_document_push (document, hearth_edit_set_room_name (assessment, kitchen, "Galley"));
  g_assert_true (gtk_list_box_get_row_at_index (list_box, 1) == row);
  g_assert_true (gtk_list_box_get_selected_row (list_box) == row);
  g_assert_true (shows_text (GTK_WIDGET (row), "Galley"));

  /* Removing a room rebuilds the list. */
  hearth_document_push (document,
                        hearth_edit_remove_room (assessment, find_room (document, "hall", NULL)));
  g_assert_cmpuint (count_rows (GTK_WIDGET (list_box)), ==, 2);
  undo (document);
  g_assert_cmpuint (count_rows (GTK_WIDGET (list_box)), ==, 3);

  destroy_window_and_document (window, document);
}

static void
test_room_list_placeholder (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *list = hearth_room_list_new (document);
  GtkWindow *window = show_in_window (list);
  GtkListBox *list_box = hearth_room_list_get_list_box (HEARTH_ROOM_LIST (list));
  HearthAssessment *assessment = hearth_document_get_assessment (document);
  g_autoptr(HearthFloor) loft = hearth_floor_new ("loft", "Loft", 2);

  hearth_document_push (document, hearth_edit_add_floor (assessment, loft, 2));
  hearth_document_set_floor (document, loft);
  run_main_loop_for (20);

  g_assert_cmpuint (count_rows (GTK_WIDGET (list_box)), ==, 0);
  g_assert_true (shows_text (list, "No rooms on this floor yet"));

  destroy_window_and_document (window, document);
}

/* Floor bar */

static void
floor_deleted_cb (HearthFloorBar *bar,
                  const char     *name,
                  char          **out)
{
  g_free (*out);
  *out = g_strdup (name);
}

static void
test_floor_bar_add_delete (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *bar = hearth_floor_bar_new (document);
  GtkWindow *window = show_in_window (bar);
  GtkDropDown *dropdown = find_widget_of_type (bar, GTK_TYPE_DROP_DOWN);
  g_autofree char *deleted = NULL;
  HearthFloor *floor;

  g_signal_connect (bar, "floor-deleted", G_CALLBACK (floor_deleted_cb), &deleted);

  g_assert_cmpuint (n_floors (document), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);

  /* Above the first floor, the highest: the second floor, shown. */
  gtk_widget_activate_action (bar, "floors.add-above", NULL);
  g_assert_cmpuint (n_floors (document), ==, 3);
  floor = hearth_document_get_floor (document);
  g_assert_cmpstr (hearth_floor_get_name (floor), ==, "Second floor");
  g_assert_cmpint (hearth_floor_get_level (floor), ==, 2);
  g_assert_true (g_ptr_array_index (hearth_assessment_get_floors (hearth_document_get_assessment (document)), 2) == floor);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 3);

  /* Deleting it: two floors, a signal for the toast; undo brings it back. */
  gtk_widget_activate_action (bar, "floors.delete", NULL);
  g_assert_cmpuint (n_floors (document), ==, 2);
  g_assert_cmpstr (deleted, ==, "Second floor");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 2);
  undo (document);
  g_assert_cmpuint (n_floors (document), ==, 3);

  /* Below the ground floor: the basement, first in the list. */
  gtk_widget_activate_action (bar, "floors.add-below", NULL);
  g_assert_cmpuint (n_floors (document), ==, 4);
  floor = hearth_document_get_floor (document);
  g_assert_cmpstr (hearth_floor_get_name (floor), ==, "Basement");
  g_assert_cmpint (hearth_floor_get_level (floor), ==, -1);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);

  /* Choosing a floor in the drop-down shows it. */
  gtk_drop_down_set_selected (dropdown, 2);
  g_assert_true (hearth_document_get_floor (document) == find_floor (document, "first"));

  destroy_window_and_document (window, document);
}

static void
test_floor_bar_only_floor (void)
{
  HearthDocument *document = hearth_document_new ();
  GtkWidget *bar = hearth_floor_bar_new (document);
  GtkWindow *window = show_in_window (bar);
  g_autofree char *deleted = NULL;

  g_signal_connect (bar, "floor-deleted", G_CALLBACK (floor_deleted_cb), &deleted);

  /* The only floor cannot be deleted, moved, or be moved to. */
  gtk_widget_activate_action (bar, "floors.delete", NULL);
  gtk_widget_activate_action (bar, "floors.move-up", NULL);
  gtk_widget_activate_action (bar, "floors.move-down", NULL);
  g_assert_cmpuint (n_floors (document), ==, 1);
  g_assert_null (deleted);
  g_assert_cmpuint (undo_depth (document), ==, 0);

  destroy_window_and_document (window, document);
}

static void
test_floor_bar_move_and_rename (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *bar = hearth_floor_bar_new (document);
  GtkWindow *window = show_in_window (bar);
  HearthFloor *first = find_floor (document, "first");
  GPtrArray *floors = hearth_assessment_get_floors (hearth_document_get_assessment (document));
  GtkEntry *entry;

  hearth_document_set_floor (document, first);
  run_main_loop_for (20);

  /* Move Up: one place earlier in the list. */
  gtk_widget_activate_action (bar, "floors.move-up", NULL);
  g_assert_true (g_ptr_array_index (floors, 0) == first);
  g_assert_true (hearth_document_get_floor (document) == first);
  gtk_widget_activate_action (bar, "floors.move-down", NULL);
  g_assert_true (g_ptr_array_index (floors, 1) == first);
  undo (document);
  g_assert_true (g_ptr_array_index (floors, 0) == first);
  undo (document);
  g_assert_true (g_ptr_array_index (floors, 1) == first);

  /* Rename through the popover's entry. */
  gtk_widget_activate_action (bar, "floors.rename", NULL);
  run_main_loop_for (50);
  entry = find_widget_of_type (bar, GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "First floor");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Upstairs");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (entry)));
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (hearth_floor_get_name (first), ==, "Upstairs");
  run_main_loop_for (50);
  undo (document);
  g_assert_cmpstr (hearth_floor_get_name (first), ==, "First floor");

  destroy_window_and_document (window, document);
}

static void
test_floor_bar_move_room (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *bar = hearth_floor_bar_new (document);
  GtkWidget *list = hearth_room_list_new (document);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWindow *window;
  GtkListBox *list_box = hearth_room_list_get_list_box (HEARTH_ROOM_LIST (list));
  HearthRoom *bed2 = find_room (document, "bed2", NULL);
  HearthFloor *ground = find_floor (document, "ground");
  HearthFloor *first = find_floor (document, "first");
  HearthFloor *floor = NULL;

  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), list);
  window = show_in_window (box);

  hearth_document_set_selected_room (document, bed2);
  run_main_loop_for (20);
  g_assert_cmpuint (count_rows (GTK_WIDGET (list_box)), ==, 5);

  /* Bedroom 2 goes down to the ground floor, and the view follows it. */
  gtk_widget_activate_action (bar, "floors.move-room-to", "s", "ground");
  find_room (document, "bed2", &floor);
  g_assert_true (floor == ground);
  g_assert_true (hearth_document_get_floor (document) == ground);
  g_assert_true (hearth_document_get_selected_room (document) == bed2);
  g_assert_cmpuint (count_rows (GTK_WIDGET (list_box)), ==, 4);
  g_assert_cmpuint (hearth_floor_get_n_rooms (first), ==, 4);

  undo (document);
  find_room (document, "bed2", &floor);
  g_assert_true (floor == first);
  g_assert_cmpuint (hearth_floor_get_n_rooms (ground), ==, 3);

  /* With no room selected there is nothing to move. */
  hearth_document_set_selected_room (document, NULL);
  gtk_widget_activate_action (bar, "floors.move-room-to", "s", "ground");
  g_assert_cmpuint (hearth_floor_get_n_rooms (ground), ==, 3);

  destroy_window_and_document (window, document);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/room-panel/empty", test_room_panel_empty);
  g_test_add_func ("/room-panel/shows-room", test_room_panel_shows_room);
  g_test_add_func ("/room-panel/rename", test_room_panel_rename);
  g_test_add_func ("/room-panel/use", test_room_panel_use);
  g_test_add_func ("/room-panel/resize", test_room_panel_resize);
  g_test_add_func ("/room-panel/resize-invalid", test_room_panel_resize_invalid);
  g_test_add_func ("/room-panel/low-ceiling-strip", test_room_panel_low_ceiling_strip);
  g_test_add_func ("/room-panel/notes-follow-selection", test_room_panel_notes_follow_selection);
  g_test_add_func ("/room-list/rows", test_room_list_rows);
  g_test_add_func ("/room-list/follows-edits", test_room_list_follows_edits);
  g_test_add_func ("/room-list/placeholder", test_room_list_placeholder);
  g_test_add_func ("/floor-bar/add-delete", test_floor_bar_add_delete);
  g_test_add_func ("/floor-bar/only-floor", test_floor_bar_only_floor);
  g_test_add_func ("/floor-bar/move-and-rename", test_floor_bar_move_and_rename);
  g_test_add_func ("/floor-bar/move-room", test_floor_bar_move_room);

  return g_test_run ();
}
