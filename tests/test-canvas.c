/* test-canvas.c: the floor plan editor, driven through its tool functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under a display (xvfb-run -a). The tool functions take plan
 * millimetres, the same entry points the gestures call after converting
 * pixels, so these tests run the real code without synthesising events.
 * Unless a test shows the canvas in a window, it is never allocated and
 * the view stays at the default scale, 0.1 px/mm: the 8 px snapping
 * reach is 80 mm.
 *
 * Every expected value is worked out by hand in the comments.
 */

#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "hearth-canvas-private.h"
#include "hearth-edit.h"
#include "hearth-file.h"
#include "hearth-gui-test-utils.h"

typedef struct {
  HearthDocument *document;
  HearthCanvas   *canvas;
  guint           n_problems;
  char           *problem;
  guint           n_deleted;
  char           *deleted;
} Fixture;

/* Helpers */

static void
problem_cb (HearthCanvas *canvas,
            const char   *message,
            Fixture      *fixture)
{
  fixture->n_problems++;
  g_free (fixture->problem);
  fixture->problem = g_strdup (message);
}

static void
room_deleted_cb (HearthCanvas *canvas,
                 const char   *name,
                 Fixture      *fixture)
{
  fixture->n_deleted++;
  g_free (fixture->deleted);
  fixture->deleted = g_strdup (name);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->document = hearth_document_new ();
  fixture->canvas = HEARTH_CANVAS (g_object_ref_sink (hearth_canvas_new (fixture->document)));
  g_signal_connect (fixture->canvas, "problem", G_CALLBACK (problem_cb), fixture);
  g_signal_connect (fixture->canvas, "room-deleted", G_CALLBACK (room_deleted_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->canvas);
  g_assert_finalize_object (fixture->document);
  g_free (fixture->problem);
  g_free (fixture->deleted);
}

static HearthFloor *
get_floor (Fixture *fixture)
{
  return hearth_document_get_floor (fixture->document);
}

static guint
n_rooms (Fixture *fixture)
{
  return hearth_floor_get_n_rooms (get_floor (fixture));
}

static HearthRoom *
get_room (Fixture *fixture,
          guint    index)
{
  return hearth_floor_get_room (get_floor (fixture), index);
}

static HearthUndoStack *
get_undo_stack (Fixture *fixture)
{
  return hearth_document_get_undo_stack (fixture->document);
}

/* A room added as the window would: one undo step. */
static HearthRoom *
add_rectangle (Fixture *fixture,
               gint64   x,
               gint64   y,
               gint64   width,
               gint64   height)
{
  HearthAssessment *assessment = hearth_document_get_assessment (fixture->document);
  g_autofree char *id = hearth_assessment_new_id (assessment, "room");
  g_autoptr(HearthRoom) room = hearth_room_new (id, id, HEARTH_ROOM_USE_BEDROOM,
                                                hearth_polygon_new_rectangle (x, y, width, height));

  hearth_document_push (fixture->document, hearth_edit_add_room (assessment, get_floor (fixture), room));
  return room;
}

static void
click (HearthCanvas *canvas,
       double        x,
       double        y)
{
  hearth_canvas_tool_press (canvas, x, y, 0);
  hearth_canvas_tool_release (canvas, x, y, 0);
}

static void
drag (HearthCanvas *canvas,
      double        x0,
      double        y0,
      double        x1,
      double        y1,
      guint         steps)
{
  hearth_canvas_tool_press (canvas, x0, y0, 0);
  for (guint i = 1; i <= steps; i++)
    hearth_canvas_tool_motion (canvas, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps, 0);
  hearth_canvas_tool_release (canvas, x1, y1, 0);
}

static void
assert_points (const HearthPolygon *polygon,
               const HearthPoint   *expected,
               guint                n)
{
  g_assert_cmpuint (hearth_polygon_get_n_points (polygon), ==, n);
  for (guint i = 0; i < n; i++)
    {
      HearthPoint p = hearth_polygon_get_point (polygon, i);

      g_assert_cmpint (p.x, ==, expected[i].x);
      g_assert_cmpint (p.y, ==, expected[i].y);
    }
}

static void
assert_bounds (const HearthPolygon *polygon,
               gint64               min_x,
               gint64               min_y,
               gint64               max_x,
               gint64               max_y)
{
  gint64 x0, y0, x1, y1;

  hearth_polygon_get_bounds (polygon, &x0, &y0, &x1, &y1);
  g_assert_cmpint (x0, ==, min_x);
  g_assert_cmpint (y0, ==, min_y);
  g_assert_cmpint (x1, ==, max_x);
  g_assert_cmpint (y1, ==, max_y);
}

static GtkWindow *
show_in_window (HearthCanvas *canvas,
                int           width,
                int           height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, GTK_WIDGET (canvas));
  gtk_window_present (window);

  /* Until it is mapped and allocated (slow under valgrind), then drawn. */
  for (guint i = 0; i < 500 && gtk_widget_get_width (GTK_WIDGET (canvas)) == 0; i++)
    run_main_loop_for (10);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (canvas)), >, 0);
  run_main_loop_for (100);

  return window;
}

/* Tests: the widget */

static void
test_canvas_widget (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->canvas);
  gboolean snap_to_grid;
  gint64 grid_step;

  g_assert_true (gtk_widget_get_focusable (widget));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (hearth_canvas_get_document (fixture->canvas) == fixture->document);
  g_assert_true (HEARTH_IS_VIEWPORT (hearth_canvas_get_viewport (fixture->canvas)));

  g_object_get (fixture->canvas, "snap-to-grid", &snap_to_grid, "grid-step", &grid_step, NULL);
  g_assert_true (snap_to_grid);
  g_assert_cmpint (grid_step, ==, 100);
  g_assert_true (hearth_canvas_get_snap_to_rooms (fixture->canvas));
  g_assert_cmpint (hearth_canvas_get_unit (fixture->canvas), ==, HEARTH_AREA_UNIT_M2);

  /* The tool action takes the tool's nick. */
  g_assert_cmpint (hearth_canvas_get_tool (fixture->canvas), ==, HEARTH_CANVAS_TOOL_SELECT);
  gtk_widget_activate_action (widget, "canvas.tool", "s", "polygon");
  g_assert_cmpint (hearth_canvas_get_tool (fixture->canvas), ==, HEARTH_CANVAS_TOOL_POLYGON);
  gtk_widget_activate_action (widget, "canvas.tool", "s", "rectangle");
  g_assert_cmpint (hearth_canvas_get_tool (fixture->canvas), ==, HEARTH_CANVAS_TOOL_RECTANGLE);
  gtk_widget_activate_action (widget, "canvas.tool", "s", "select");
  g_assert_cmpint (hearth_canvas_get_tool (fixture->canvas), ==, HEARTH_CANVAS_TOOL_SELECT);
}

/* Tests: drawing */

static void
test_canvas_rectangle (Fixture       *fixture,
                       gconstpointer  data)
{
  HearthRoom *room;

  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_RECTANGLE);
  drag (fixture->canvas, 0, 0, 3000, 2600, 10);

  g_assert_cmpuint (n_rooms (fixture), ==, 1);
  room = get_room (fixture, 0);
  /* Twice 3000 × 2600 mm². */
  g_assert_cmpint (hearth_polygon_get_area2 (hearth_room_get_polygon (room)), ==, 2 * 3000 * 2600);
  assert_bounds (hearth_room_get_polygon (room), 0, 0, 3000, 2600);
  g_assert_cmpstr (hearth_room_get_name (room), ==, "Room 1");
  g_assert_cmpint (hearth_room_get_use (room), ==, HEARTH_ROOM_USE_UNKNOWN);
  g_assert_true (hearth_document_get_selected_room (fixture->document) == room);
  g_assert_cmpuint (hearth_undo_stack_get_depth (get_undo_stack (fixture)), ==, 1);
  g_assert_cmpuint (fixture->n_problems, ==, 0);

  /* Click, then click: the same room again, beside the first, named on. */
  click (fixture->canvas, 3000, 0);
  hearth_canvas_tool_motion (fixture->canvas, 5000, 2600, 0);
  click (fixture->canvas, 5000, 2600);
  g_assert_cmpuint (n_rooms (fixture), ==, 2);
  g_assert_cmpstr (hearth_room_get_name (get_room (fixture, 1)), ==, "Room 2");
  g_assert_cmpint (hearth_polygon_get_area2 (hearth_room_get_polygon (get_room (fixture, 1))), ==,
                   2 * 2000 * 2600);

  /* Undo takes the room away again. */
  g_assert_true (hearth_undo_stack_undo (get_undo_stack (fixture)));
  g_assert_cmpuint (n_rooms (fixture), ==, 1);
}

static void
test_canvas_polygon (Fixture       *fixture,
                     gconstpointer  data)
{
  static const HearthPoint l_shape[] = {
    { 0, 0 }, { 4000, 0 }, { 4000, 2000 }, { 2000, 2000 }, { 2000, 3000 }, { 0, 3000 },
  };
  HearthRoom *room;

  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_POLYGON);
  for (guint i = 0; i < G_N_ELEMENTS (l_shape); i++)
    {
      hearth_canvas_tool_motion (fixture->canvas, l_shape[i].x, l_shape[i].y, 0);
      click (fixture->canvas, l_shape[i].x, l_shape[i].y);
    }
  g_assert_cmpuint (hearth_canvas_get_n_drawn_points (fixture->canvas), ==, 6);
  g_assert_true (hearth_canvas_activate_entry (fixture->canvas));

  g_assert_cmpuint (hearth_canvas_get_n_drawn_points (fixture->canvas), ==, 0);
  g_assert_cmpuint (n_rooms (fixture), ==, 1);
  room = get_room (fixture, 0);
  assert_points (hearth_room_get_polygon (room), l_shape, G_N_ELEMENTS (l_shape));
  /* 4 m × 2 m plus 2 m × 1 m: 10 m², twice in mm². */
  g_assert_cmpint (hearth_polygon_get_area2 (hearth_room_get_polygon (room)), ==,
                   2 * (4000 * 2000 + 2000 * 1000));

  /* A triangle closed by clicking near its first corner (36 mm off, inside
   * the 80 mm reach): 3 m × 2 m / 2 = 3 m², twice is 6 000 000 mm². */
  click (fixture->canvas, 5000, 0);
  click (fixture->canvas, 8000, 0);
  click (fixture->canvas, 5000, 2000);
  click (fixture->canvas, 5030, 20);
  g_assert_cmpuint (n_rooms (fixture), ==, 2);
  g_assert_cmpint (hearth_polygon_get_area2 (hearth_room_get_polygon (get_room (fixture, 1))), ==,
                   3000 * 2000);

  /* Backspace takes back the last corner; Escape drops the rest. */
  click (fixture->canvas, 0, 5000);
  click (fixture->canvas, 1000, 5000);
  gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.backspace", NULL);
  g_assert_cmpuint (hearth_canvas_get_n_drawn_points (fixture->canvas), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.cancel", NULL);
  g_assert_cmpuint (hearth_canvas_get_n_drawn_points (fixture->canvas), ==, 0);
  g_assert_cmpuint (n_rooms (fixture), ==, 2);
}

/* A polygon that crosses itself is refused; its corners stay to be fixed. */
static void
test_canvas_polygon_invalid (Fixture       *fixture,
                             gconstpointer  data)
{
  static const HearthPoint bow_tie[] = { { 0, 0 }, { 2000, 2000 }, { 2000, 0 }, { 0, 2000 } };

  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_POLYGON);
  for (guint i = 0; i < G_N_ELEMENTS (bow_tie); i++)
    click (fixture->canvas, bow_tie[i].x, bow_tie[i].y);

  g_assert_false (hearth_canvas_activate_entry (fixture->canvas));
  g_assert_cmpuint (n_rooms (fixture), ==, 0);
  g_assert_cmpuint (fixture->n_problems, ==, 1);
  g_assert_cmpuint (hearth_canvas_get_n_drawn_points (fixture->canvas), ==, 4);
}

static void
test_canvas_typed_length (Fixture       *fixture,
                          gconstpointer  data)
{
  HearthPoint p;

  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_POLYGON);

  /* Nothing to type a length for yet. */
  g_assert_false (hearth_canvas_type_text (fixture->canvas, "3"));

  click (fixture->canvas, 0, 0);
  hearth_canvas_tool_motion (fixture->canvas, 2000, 0, 0);
  g_assert_true (hearth_canvas_type_text (fixture->canvas, "3.2"));
  g_assert_cmpstr (hearth_canvas_get_typed_text (fixture->canvas), ==, "3.2");
  g_assert_true (hearth_canvas_activate_entry (fixture->canvas));
  /* 3.2 m along +x from (0, 0). */
  g_assert_cmpuint (hearth_canvas_get_n_drawn_points (fixture->canvas), ==, 2);
  p = hearth_canvas_get_drawn_point (fixture->canvas, 1);
  g_assert_cmpint (p.x, ==, 3200);
  g_assert_cmpint (p.y, ==, 0);
  g_assert_cmpstr (hearth_canvas_get_typed_text (fixture->canvas), ==, "");

  /* 10 ft 6 in = 126 in × 25.4 = 3200.4 mm → 3200, now along +y. */
  hearth_canvas_tool_motion (fixture->canvas, 3200, 1000, 0);
  hearth_canvas_type_text (fixture->canvas, "10ft ");
  hearth_canvas_type_text (fixture->canvas, "6in");
  g_assert_true (hearth_canvas_activate_entry (fixture->canvas));
  g_assert_cmpuint (hearth_canvas_get_n_drawn_points (fixture->canvas), ==, 3);
  p = hearth_canvas_get_drawn_point (fixture->canvas, 2);
  g_assert_cmpint (p.x, ==, 3200);
  g_assert_cmpint (p.y, ==, 3200);

  /* Not a length: said why, nothing placed, the text kept for fixing. */
  hearth_canvas_tool_motion (fixture->canvas, 0, 3200, 0);
  hearth_canvas_type_text (fixture->canvas, "3.2q");
  g_assert_false (hearth_canvas_activate_entry (fixture->canvas));
  g_assert_cmpuint (fixture->n_problems, ==, 1);
  g_assert_nonnull (fixture->problem);
  g_assert_cmpstr (fixture->problem, !=, "");
  g_assert_cmpuint (hearth_canvas_get_n_drawn_points (fixture->canvas), ==, 3);
  g_assert_cmpstr (hearth_canvas_get_typed_text (fixture->canvas), ==, "3.2q");

  /* Backspace fixes it: "320cm" along −x from (3200, 3200) is (0, 3200). */
  gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.backspace", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.backspace", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.backspace", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.backspace", NULL);
  g_assert_cmpstr (hearth_canvas_get_typed_text (fixture->canvas), ==, "");
  hearth_canvas_type_text (fixture->canvas, "320cm");
  g_assert_true (hearth_canvas_activate_entry (fixture->canvas));
  p = hearth_canvas_get_drawn_point (fixture->canvas, 3);
  g_assert_cmpint (p.x, ==, 0);
  g_assert_cmpint (p.y, ==, 3200);

  /* Escape clears typed text first, then the drawing. */
  hearth_canvas_type_text (fixture->canvas, "1.5");
  gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.cancel", NULL);
  g_assert_cmpstr (hearth_canvas_get_typed_text (fixture->canvas), ==, "");
  g_assert_cmpuint (hearth_canvas_get_n_drawn_points (fixture->canvas), ==, 4);

  /* Enter with nothing typed closes the 3.2 m square: twice 3200² mm². */
  g_assert_true (hearth_canvas_activate_entry (fixture->canvas));
  g_assert_cmpuint (n_rooms (fixture), ==, 1);
  g_assert_cmpint (hearth_polygon_get_area2 (hearth_room_get_polygon (get_room (fixture, 0))), ==,
                   2 * 3200 * 3200);
}

static void
test_canvas_typed_size (Fixture       *fixture,
                        gconstpointer  data)
{
  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_RECTANGLE);

  /* First corner by a click; the pointer towards +x +y. */
  click (fixture->canvas, 1000, 1000);
  hearth_canvas_tool_motion (fixture->canvas, 2000, 2000, 0);

  /* One length is not a size. */
  hearth_canvas_type_text (fixture->canvas, "3.2");
  g_assert_false (hearth_canvas_activate_entry (fixture->canvas));
  g_assert_cmpuint (fixture->n_problems, ==, 1);
  g_assert_cmpuint (n_rooms (fixture), ==, 0);

  hearth_canvas_type_text (fixture->canvas, " x 2.9");
  g_assert_true (hearth_canvas_activate_entry (fixture->canvas));
  g_assert_cmpuint (n_rooms (fixture), ==, 1);
  /* (1000, 1000) to (1000 + 3200, 1000 + 2900). */
  assert_bounds (hearth_room_get_polygon (get_room (fixture, 0)), 1000, 1000, 4200, 3900);
  g_assert_cmpint (hearth_polygon_get_area2 (hearth_room_get_polygon (get_room (fixture, 0))), ==,
                   2 * 3200 * 2900);

  /* "×" too, and towards the pointer: up and left of (10000, 10000). */
  click (fixture->canvas, 10000, 10000);
  hearth_canvas_tool_motion (fixture->canvas, 9000, 9000, 0);
  hearth_canvas_type_text (fixture->canvas, "2m×150cm");
  g_assert_true (hearth_canvas_activate_entry (fixture->canvas));
  g_assert_cmpuint (n_rooms (fixture), ==, 2);
  assert_bounds (hearth_room_get_polygon (get_room (fixture, 1)), 8000, 8500, 10000, 10000);
}

/* Tests: snapping */

static void
test_canvas_snap_to_corner (Fixture       *fixture,
                            gconstpointer  data)
{
  HearthRoom *room;

  /* Off the 100 mm grid, so that only the room can explain where a
   * snapped point lands: its top-right corner is (3050, 0). */
  add_rectangle (fixture, 0, 0, 3050, 2650);
  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_RECTANGLE);

  /* (3071, 21) is √(21² + 21²) ≈ 29.7 mm from the corner: on it. The far
   * corner (6000, 2650) snaps to the grid: (6000, 2700), 2650 being half
   * way and rounded up. */
  drag (fixture->canvas, 3071, 21, 6000, 2650, 5);
  g_assert_cmpuint (n_rooms (fixture), ==, 2);
  room = get_room (fixture, 1);
  assert_bounds (hearth_room_get_polygon (room), 3050, 0, 6000, 2700);

  /* The shared wall: both rooms have x = 3050 from y = 0 down. */
  g_assert_cmpint (hearth_polygon_locate_point (hearth_room_get_polygon (get_room (fixture, 0)), 3050, 1000),
                   ==, HEARTH_POINT_ON_BOUNDARY);
  g_assert_cmpint (hearth_polygon_locate_point (hearth_room_get_polygon (room), 3050, 1000),
                   ==, HEARTH_POINT_ON_BOUNDARY);
  g_assert_false (hearth_polygons_overlap (hearth_room_get_polygon (get_room (fixture, 0)),
                                           hearth_room_get_polygon (room)));

  /* Onto a wall: (-20, 1210) is 20 mm left of the first room's wall x = 0
   * and 1210 mm from its corners: it lands on (0, 1210), not the grid's
   * (0, 1200). */
  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_POLYGON);
  click (fixture->canvas, -20, 1210);
  g_assert_cmpuint (hearth_canvas_get_n_drawn_points (fixture->canvas), ==, 1);
  g_assert_cmpint (hearth_canvas_get_drawn_point (fixture->canvas, 0).x, ==, 0);
  g_assert_cmpint (hearth_canvas_get_drawn_point (fixture->canvas, 0).y, ==, 1210);
  gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.cancel", NULL);

  /* Without snapping to rooms, the grid: (3071, 21) → (3100, 0). */
  hearth_canvas_set_snap_to_rooms (fixture->canvas, FALSE);
  click (fixture->canvas, 3071, 21);
  g_assert_cmpint (hearth_canvas_get_drawn_point (fixture->canvas, 0).x, ==, 3100);
  g_assert_cmpint (hearth_canvas_get_drawn_point (fixture->canvas, 0).y, ==, 0);
}

static void
test_canvas_snap_to_grid (Fixture       *fixture,
                          gconstpointer  data)
{
  HearthPoint p;

  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_RECTANGLE);
  /* (1234, 987) → (1200, 1000) on the 100 mm grid; (3000, 3000) is on it. */
  drag (fixture->canvas, 1234, 987, 3000, 3000, 4);
  g_assert_cmpuint (n_rooms (fixture), ==, 1);
  assert_bounds (hearth_room_get_polygon (get_room (fixture, 0)), 1200, 1000, 3000, 3000);

  /* Without the grid: to the millimetre. */
  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_POLYGON);
  hearth_canvas_set_snap_to_grid (fixture->canvas, FALSE);
  click (fixture->canvas, 10234.4, 987.6);
  p = hearth_canvas_get_drawn_point (fixture->canvas, 0);
  g_assert_cmpint (p.x, ==, 10234);
  g_assert_cmpint (p.y, ==, 988);

  /* Shift keeps the wall level: (12345, 1234) → (12345, 988). */
  hearth_canvas_tool_press (fixture->canvas, 12345, 1234, GDK_SHIFT_MASK);
  hearth_canvas_tool_release (fixture->canvas, 12345, 1234, GDK_SHIFT_MASK);
  p = hearth_canvas_get_drawn_point (fixture->canvas, 1);
  g_assert_cmpint (p.x, ==, 12345);
  g_assert_cmpint (p.y, ==, 988);
}

/* Tests: selecting and editing */

static void
test_canvas_select (Fixture       *fixture,
                    gconstpointer  data)
{
  HearthRoom *a = add_rectangle (fixture, 0, 0, 3000, 2600);
  HearthRoom *b = add_rectangle (fixture, 3000, 0, 2000, 2600);

  /* A click inside selects; a click on nothing clears. */
  click (fixture->canvas, 4000, 1000);
  g_assert_true (hearth_document_get_selected_room (fixture->document) == b);
  click (fixture->canvas, 1000, 1000);
  g_assert_true (hearth_document_get_selected_room (fixture->document) == a);
  click (fixture->canvas, 9000, 9000);
  g_assert_null (hearth_document_get_selected_room (fixture->document));

  /* On the shared wall: the topmost, b. */
  click (fixture->canvas, 3000, 1000);
  g_assert_true (hearth_document_get_selected_room (fixture->document) == b);

  /* A click that did not move makes no undo step. */
  g_assert_cmpuint (hearth_undo_stack_get_depth (get_undo_stack (fixture)), ==, 2);
}

static void
test_canvas_move (Fixture       *fixture,
                  gconstpointer  data)
{
  HearthRoom *room = add_rectangle (fixture, 0, 0, 3000, 2600);
  g_autoptr(HearthPolygon) original = hearth_polygon_copy (hearth_room_get_polygon (room));
  HearthUndoStack *stack = get_undo_stack (fixture);

  /* 40 motions from (1500, 1300) to (4000, 2300): moved by (2500, 1000). */
  drag (fixture->canvas, 1500, 1300, 4000, 2300, 40);
  assert_bounds (hearth_room_get_polygon (room), 2500, 1000, 5500, 3600);

  /* One step for the whole drag. */
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, 2);
  g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, "Move room-1");

  g_assert_true (hearth_undo_stack_undo (stack));
  g_assert_true (hearth_polygon_equal (hearth_room_get_polygon (room), original));
  g_assert_true (hearth_undo_stack_redo (stack));
  assert_bounds (hearth_room_get_polygon (room), 2500, 1000, 5500, 3600);

  /* A move of 37 mm is rounded to whole grid steps: none. */
  drag (fixture->canvas, 3000, 2000, 3037, 2000, 3);
  assert_bounds (hearth_room_get_polygon (room), 2500, 1000, 5500, 3600);
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, 2);

  /* Undo in mid-drag (Ctrl+Z with the button held) wins: the drag stops,
   * and its end records nothing. */
  hearth_canvas_tool_press (fixture->canvas, 3000, 2000, 0);
  hearth_canvas_tool_motion (fixture->canvas, 5000, 2000, 0);
  assert_bounds (hearth_room_get_polygon (room), 4500, 1000, 7500, 3600);
  g_assert_true (hearth_undo_stack_undo (stack));
  g_assert_true (hearth_polygon_equal (hearth_room_get_polygon (room), original));
  hearth_canvas_tool_motion (fixture->canvas, 6000, 2000, 0);
  hearth_canvas_tool_release (fixture->canvas, 6000, 2000, 0);
  g_assert_true (hearth_polygon_equal (hearth_room_get_polygon (room), original));
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, 1);
}

/* A moved room lands against its neighbour's wall. */
static void
test_canvas_move_snaps (Fixture       *fixture,
                        gconstpointer  data)
{
  HearthRoom *room;

  add_rectangle (fixture, 0, 0, 3050, 2600);
  room = add_rectangle (fixture, 5000, 0, 2000, 2000);

  /* Dragged 1930 mm left: its corner (5000, 0) would be at (3070, 0),
   * 20 mm from the neighbour's corner (3050, 0): on it. */
  drag (fixture->canvas, 6000, 1000, 4070, 1000, 8);
  assert_bounds (hearth_room_get_polygon (room), 3050, 0, 5050, 2000);
}

static void
test_canvas_reshape (Fixture       *fixture,
                     gconstpointer  data)
{
  static const HearthPoint reshaped[] = { { 0, 0 }, { 3000, 0 }, { 3500, 2600 }, { 0, 2600 } };
  HearthRoom *room = add_rectangle (fixture, 0, 0, 3000, 2600);
  g_autoptr(HearthPolygon) original = hearth_polygon_copy (hearth_room_get_polygon (room));
  HearthUndoStack *stack = get_undo_stack (fixture);

  hearth_document_set_selected_room (fixture->document, room);

  /* The corner (3000, 2600) dragged to (3500, 2600). */
  drag (fixture->canvas, 3010, 2590, 3500, 2600, 10);
  assert_points (hearth_room_get_polygon (room), reshaped, G_N_ELEMENTS (reshaped));
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, 2);
  g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, "Reshape room-1");
  g_assert_true (hearth_undo_stack_undo (stack));
  g_assert_true (hearth_polygon_equal (hearth_room_get_polygon (room), original));

  /* Dragged to (-1000, 1300), the wall from (3000, 0) crosses the wall
   * x = 0 at y = 975: refused, the room as it was, and said why. */
  drag (fixture->canvas, 3000, 2600, -1000, 1300, 10);
  g_assert_true (hearth_polygon_equal (hearth_room_get_polygon (room), original));
  g_assert_cmpuint (fixture->n_problems, ==, 1);
  g_assert_nonnull (fixture->problem);
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, 1);

  /* Escape in mid-drag puts the corner back too. */
  hearth_canvas_tool_press (fixture->canvas, 3000, 2600, 0);
  hearth_canvas_tool_motion (fixture->canvas, 4000, 4000, 0);
  g_assert_false (hearth_polygon_equal (hearth_room_get_polygon (room), original));
  gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.cancel", NULL);
  g_assert_true (hearth_polygon_equal (hearth_room_get_polygon (room), original));
  hearth_canvas_tool_release (fixture->canvas, 4000, 4000, 0);
  g_assert_true (hearth_polygon_equal (hearth_room_get_polygon (room), original));
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, 1);
}

static void
test_canvas_add_corner (Fixture       *fixture,
                        gconstpointer  data)
{
  static const HearthPoint expected[] = { { 0, 0 }, { 1500, 0 }, { 3000, 0 }, { 3000, 2600 }, { 0, 2600 } };
  HearthRoom *room = add_rectangle (fixture, 0, 0, 3000, 2600);
  HearthUndoStack *stack = get_undo_stack (fixture);

  hearth_document_set_selected_room (fixture->document, room);

  /* 30 mm inside the top wall at x = 1530: a corner at (1500, 0), on the
   * wall and the grid. The area stays 2 × 3000 × 2600. */
  hearth_canvas_tool_double_click (fixture->canvas, 1530, 30);
  assert_points (hearth_room_get_polygon (room), expected, G_N_ELEMENTS (expected));
  g_assert_cmpint (hearth_polygon_get_area2 (hearth_room_get_polygon (room)), ==, 2 * 3000 * 2600);
  g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, "Add Corner to room-1");

  /* Far from any wall: nothing added. */
  hearth_canvas_tool_double_click (fixture->canvas, 1500, 1300);
  g_assert_cmpuint (hearth_polygon_get_n_points (hearth_room_get_polygon (room)), ==, 5);
}

static void
test_canvas_delete (Fixture       *fixture,
                    gconstpointer  data)
{
  static const HearthPoint l_shape[] = {
    { 0, 0 }, { 4000, 0 }, { 4000, 2000 }, { 2000, 2000 }, { 2000, 3000 }, { 0, 3000 },
  };
  GtkWidget *widget = GTK_WIDGET (fixture->canvas);
  HearthUndoStack *stack = get_undo_stack (fixture);
  HearthRoom *room;

  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_POLYGON);
  for (guint i = 0; i < G_N_ELEMENTS (l_shape); i++)
    click (fixture->canvas, l_shape[i].x, l_shape[i].y);
  hearth_canvas_activate_entry (fixture->canvas);
  room = get_room (fixture, 0);
  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_SELECT);
  g_assert_true (hearth_document_get_selected_room (fixture->document) == room);

  /* Hovering the inner corner (2000, 2000), Delete removes it: the
   * shoelace sum of (0,0) (4000,0) (4000,2000) (2000,3000) (0,3000) is
   * 0 + 8e6 + (12e6 − 4e6) + 6e6 + 0 = 22 000 000. */
  hearth_canvas_tool_motion (fixture->canvas, 2020, 1990, 0);
  gtk_widget_activate_action (widget, "canvas.delete", NULL);
  g_assert_cmpuint (hearth_polygon_get_n_points (hearth_room_get_polygon (room)), ==, 5);
  g_assert_cmpint (hearth_polygon_get_area2 (hearth_room_get_polygon (room)), ==, 22000000);
  g_assert_cmpuint (fixture->n_deleted, ==, 0);
  g_assert_true (hearth_undo_stack_undo (stack));
  assert_points (hearth_room_get_polygon (room), l_shape, G_N_ELEMENTS (l_shape));

  /* Hovering no corner, Delete removes the room, and says so. */
  hearth_canvas_tool_motion (fixture->canvas, 1000, 1000, 0);
  gtk_widget_activate_action (widget, "canvas.delete", NULL);
  g_assert_cmpuint (n_rooms (fixture), ==, 0);
  g_assert_null (hearth_document_get_selected_room (fixture->document));
  g_assert_cmpuint (fixture->n_deleted, ==, 1);
  g_assert_cmpstr (fixture->deleted, ==, "Room 1");

  /* Undo brings it back as it was. */
  g_assert_true (hearth_undo_stack_undo (stack));
  g_assert_cmpuint (n_rooms (fixture), ==, 1);
  g_assert_true (get_room (fixture, 0) == room);
  assert_points (hearth_room_get_polygon (room), l_shape, G_N_ELEMENTS (l_shape));
}

/* A triangle keeps its three corners: Delete on a corner deletes the room. */
static void
test_canvas_delete_triangle (Fixture       *fixture,
                             gconstpointer  data)
{
  static const HearthPoint triangle[] = { { 0, 0 }, { 3000, 0 }, { 0, 2000 } };

  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_POLYGON);
  for (guint i = 0; i < G_N_ELEMENTS (triangle); i++)
    click (fixture->canvas, triangle[i].x, triangle[i].y);
  hearth_canvas_activate_entry (fixture->canvas);
  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_SELECT);

  hearth_canvas_tool_motion (fixture->canvas, 3000, 0, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.delete", NULL);
  g_assert_cmpuint (n_rooms (fixture), ==, 0);
  g_assert_cmpuint (fixture->n_deleted, ==, 1);
}

static void
test_canvas_nudge (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->canvas);
  HearthRoom *room = add_rectangle (fixture, 0, 0, 3000, 2600);
  HearthUndoStack *stack = get_undo_stack (fixture);

  /* Nothing selected: nothing to nudge. */
  gtk_widget_activate_action (widget, "canvas.nudge", "(ii)", 1, 0);
  assert_bounds (hearth_room_get_polygon (room), 0, 0, 3000, 2600);
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, 1);

  hearth_document_set_selected_room (fixture->document, room);
  /* Right one grid step: +100 mm. */
  gtk_widget_activate_action (widget, "canvas.nudge", "(ii)", 1, 0);
  assert_bounds (hearth_room_get_polygon (room), 100, 0, 3100, 2600);
  /* Shift+Up: ten steps, −1000 mm. */
  gtk_widget_activate_action (widget, "canvas.nudge", "(ii)", 0, -10);
  assert_bounds (hearth_room_get_polygon (room), 100, -1000, 3100, 1600);
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, 3);
  g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, "Move room-1");

  /* With a 250 mm grid, one step is 250 mm. */
  hearth_canvas_set_grid_step (fixture->canvas, 250);
  gtk_widget_activate_action (widget, "canvas.nudge", "(ii)", -1, 0);
  assert_bounds (hearth_room_get_polygon (room), -150, -1000, 2850, 1600);

  hearth_undo_stack_undo (stack);
  hearth_undo_stack_undo (stack);
  hearth_undo_stack_undo (stack);
  assert_bounds (hearth_room_get_polygon (room), 0, 0, 3000, 2600);
}

static void
test_canvas_cycle (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->canvas);
  HearthRoom *a = add_rectangle (fixture, 0, 0, 1000, 1000);
  HearthRoom *b = add_rectangle (fixture, 1000, 0, 1000, 1000);
  HearthRoom *c = add_rectangle (fixture, 2000, 0, 1000, 1000);

  gtk_widget_activate_action (widget, "canvas.select-next", NULL);
  g_assert_true (hearth_document_get_selected_room (fixture->document) == a);
  gtk_widget_activate_action (widget, "canvas.select-next", NULL);
  g_assert_true (hearth_document_get_selected_room (fixture->document) == b);
  gtk_widget_activate_action (widget, "canvas.select-next", NULL);
  g_assert_true (hearth_document_get_selected_room (fixture->document) == c);
  gtk_widget_activate_action (widget, "canvas.select-next", NULL);
  g_assert_true (hearth_document_get_selected_room (fixture->document) == a);
  gtk_widget_activate_action (widget, "canvas.select-previous", NULL);
  g_assert_true (hearth_document_get_selected_room (fixture->document) == c);

  /* Escape clears the selection. */
  gtk_widget_activate_action (widget, "canvas.cancel", NULL);
  g_assert_null (hearth_document_get_selected_room (fixture->document));
  gtk_widget_activate_action (widget, "canvas.select-previous", NULL);
  g_assert_true (hearth_document_get_selected_room (fixture->document) == c);
}

/* Tests: the view */

static void
test_canvas_zoom (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->canvas);
  HearthViewport *viewport = hearth_canvas_get_viewport (fixture->canvas);
  GtkWindow *window;
  double fit, x0, y0, x1, y1, x, y;

  add_rectangle (fixture, 0, 0, 8000, 6000);
  window = show_in_window (fixture->canvas, 800, 600);

  /* Shown, the plan was fitted: 8 m × 6 m fills the widget less margins,
   * so it is on screen and bigger than at the default scale. */
  fit = hearth_viewport_get_scale (viewport);
  hearth_viewport_plan_to_view (viewport, 0, 0, &x0, &y0);
  hearth_viewport_plan_to_view (viewport, 8000, 6000, &x1, &y1);
  g_assert_cmpfloat (x0, >=, 0);
  g_assert_cmpfloat (y0, >=, 0);
  g_assert_cmpfloat (x1, <=, gtk_widget_get_width (widget));
  g_assert_cmpfloat (y1, <=, gtk_widget_get_height (widget));

  gtk_widget_activate_action (widget, "canvas.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (hearth_viewport_get_scale (viewport), fit * 1.25, 1e-9);
  gtk_widget_activate_action (widget, "canvas.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (hearth_viewport_get_scale (viewport), fit, 1e-9);
  gtk_widget_activate_action (widget, "canvas.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (hearth_viewport_get_scale (viewport), HEARTH_VIEWPORT_DEFAULT_SCALE, 1e-9);
  /* Centred on the plan: (4000, 3000) in the middle of the widget. */
  hearth_viewport_plan_to_view (viewport, 4000, 3000, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, gtk_widget_get_width (widget) / 2.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, gtk_widget_get_height (widget) / 2.0, 1e-6);
  gtk_widget_activate_action (widget, "canvas.zoom-fit", NULL);
  g_assert_cmpfloat_with_epsilon (hearth_viewport_get_scale (viewport), fit, 1e-9);

  /* Ctrl+wheel up one notch: ×1.25 about the pointer, whose plan point
   * stays under it. */
  hearth_canvas_pointer_moved (fixture->canvas, 200, 150);
  hearth_viewport_view_to_plan (viewport, 200, 150, &x0, &y0);
  hearth_canvas_scroll (fixture->canvas, 0, -1, GDK_CONTROL_MASK, GDK_SCROLL_UNIT_WHEEL);
  g_assert_cmpfloat_with_epsilon (hearth_viewport_get_scale (viewport), fit * 1.25, 1e-9);
  hearth_viewport_view_to_plan (viewport, 200, 150, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1, x0, 1e-6);
  g_assert_cmpfloat_with_epsilon (y1, y0, 1e-6);

  /* A plain wheel notch down brings 48 px more of what is below into view. */
  hearth_canvas_scroll (fixture->canvas, 0, 1, 0, GDK_SCROLL_UNIT_WHEEL);
  hearth_viewport_view_to_plan (viewport, 200, 150, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, x1, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, y1 + 48 / hearth_viewport_get_scale (viewport), 1e-6);

  gtk_window_set_child (window, NULL);
  destroy_window (window);
}

/* A room can be added from the keyboard alone: with the rectangle tool,
 * type its size and press Enter; it goes beside the rooms already drawn. */
static void
test_canvas_keyboard_room (Fixture       *fixture,
                           gconstpointer  data)
{
  HearthRoom *room;
  gint64 x0, y0, x1, y1;

  add_rectangle (fixture, 0, 0, 4000, 3000);
  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_RECTANGLE);

  g_assert_true (hearth_canvas_type_text (fixture->canvas, "3.2 x 2.9"));
  g_assert_true (hearth_canvas_activate_entry (fixture->canvas));

  g_assert_cmpuint (n_rooms (fixture), ==, 2);
  room = get_room (fixture, 1);
  g_assert_true (hearth_document_get_selected_room (fixture->document) == room);
  hearth_polygon_get_bounds (hearth_room_get_polygon (room), &x0, &y0, &x1, &y1);
  /* beside the first room, sharing its right wall's line */
  g_assert_cmpint (x0, ==, 4000);
  g_assert_cmpint (y0, ==, 0);
  g_assert_cmpint (x1, ==, 7200);
  g_assert_cmpint (y1, ==, 2900);
  g_assert_cmpint (hearth_room_get_gross_area2 (room), ==, 2 * G_GINT64_CONSTANT (3200) * 2900);
}

/* With "draw low ceiling" on, a rectangle drawn inside the selected room
 * becomes an area of low ceiling, which comes off the countable area. */
static void
test_canvas_low_ceiling (Fixture       *fixture,
                         gconstpointer  data)
{
  HearthRoom *room = add_rectangle (fixture, 0, 0, 3600, 3200);
  HearthUndoStack *stack = get_undo_stack (fixture);
  guint depth;

  hearth_document_set_selected_room (fixture->document, room);
  hearth_canvas_set_draw_low_ceiling (fixture->canvas, TRUE);
  hearth_canvas_set_tool (fixture->canvas, HEARTH_CANVAS_TOOL_RECTANGLE);
  depth = hearth_undo_stack_get_depth (stack);

  /* A 400 mm strip along the top wall: 3600 × 400 = 1,440,000 mm² */
  hearth_canvas_tool_press (fixture->canvas, 0, 0, 0);
  hearth_canvas_tool_motion (fixture->canvas, 1800, 200, 0);
  hearth_canvas_tool_release (fixture->canvas, 3600, 400, 0);

  g_assert_cmpuint (n_rooms (fixture), ==, 1);
  g_assert_cmpuint (hearth_room_get_n_low_headroom (room), ==, 1);
  g_assert_cmpint (hearth_room_get_gross_area2 (room), ==, 2 * G_GINT64_CONSTANT (11520000));
  g_assert_cmpint (hearth_room_get_countable_area2 (room, HEARTH_HEADROOM_RULE_UNDER_1500), ==,
                   2 * (G_GINT64_CONSTANT (11520000) - 1440000));
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, depth + 1);

  /* One reaching outside the room is refused, and says why. */
  hearth_canvas_tool_press (fixture->canvas, 3000, 2000, 0);
  hearth_canvas_tool_release (fixture->canvas, 4000, 3000, 0);
  g_assert_cmpuint (hearth_room_get_n_low_headroom (room), ==, 1);
  g_assert_cmpuint (fixture->n_problems, ==, 1);
  g_assert_nonnull (strstr (fixture->problem, "outside"));

  /* Undo takes the strip away. */
  g_assert_true (hearth_undo_stack_undo (stack));
  g_assert_cmpuint (hearth_room_get_n_low_headroom (room), ==, 0);
}

/* While a room is dragged, the rest of the plan is drawn once, not once
 * per motion. */
static void
test_canvas_drag_draws_plan_once (Fixture       *fixture,
                                  gconstpointer  data)
{
  HearthViewport *viewport = hearth_canvas_get_viewport (fixture->canvas);
  GtkWindow *window;
  double scale;
  guint before;

  add_rectangle (fixture, 0, 0, 3000, 2600);
  add_rectangle (fixture, 3000, 0, 3000, 2600);
  window = show_in_window (fixture->canvas, 600, 400);
  g_assert_cmpuint (hearth_canvas_get_n_full_renders (fixture->canvas), >, 0);
  scale = hearth_viewport_get_scale (viewport);

  /* Pressed in the first room; each motion then drawn. */
  hearth_canvas_tool_press (fixture->canvas, 1500, 1300, 0);
  run_main_loop_for (30);
  before = hearth_canvas_get_n_full_renders (fixture->canvas);
  for (guint i = 1; i <= 10; i++)
    {
      hearth_canvas_tool_motion (fixture->canvas, 1500, 1300 + 300 * i, 0);
      run_main_loop_for (30);
    }
  g_assert_cmpuint (hearth_canvas_get_n_full_renders (fixture->canvas), <=, before + 1);
  hearth_canvas_tool_release (fixture->canvas, 1500, 4300, 0);
  assert_bounds (hearth_room_get_polygon (get_room (fixture, 0)), 0, 3000, 3000, 5600);

  /* Editing the plan does not refit the view. */
  g_assert_cmpfloat (hearth_viewport_get_scale (viewport), ==, scale);

  gtk_window_set_child (window, NULL);
  destroy_window (window);
}

static void
save_png (HearthCanvas *canvas,
          const char   *name)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (canvas));
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (canvas));
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (canvas)));
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  g_assert_cmpint (width, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);
}

/* Draws the example's first floor with Bedroom 2 selected and a room half
 * drawn, and Bedroom 2 being dragged, and saves them as canvas-test.png
 * and canvas-test-drag.png in the temporary folder, to look at. */
static void
test_canvas_screenshot (void)
{
  g_autoptr(GFile) file = get_example_file ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAssessment) assessment = hearth_assessment_load_from_file (file, NULL, &error);
  g_autoptr(HearthDocument) document = NULL;
  HearthViewport *viewport;
  HearthCanvas *canvas;
  GtkWindow *window;
  HearthFloor *first;
  HearthRoom *bedroom;
  double x, y;

  g_assert_no_error (error);
  document = hearth_document_new_for_assessment (assessment, NULL);
  first = g_ptr_array_index (hearth_assessment_get_floors (assessment), 1);
  hearth_document_set_floor (document, first);
  bedroom = hearth_assessment_find_room (assessment, "bed2", NULL);
  g_assert_nonnull (bedroom);
  hearth_document_set_selected_room (document, bedroom);

  canvas = HEARTH_CANVAS (hearth_canvas_new (document));
  window = show_in_window (canvas, 900, 640);
  viewport = hearth_canvas_get_viewport (canvas);
  /* The floor and room to its right. */
  hearth_viewport_fit (viewport, 0, 0, 9600, 5800, 32);

  /* A room half drawn to the right of the landing: two walls, the rubber
   * band heading back along the bottom, and "2.4" typed. */
  hearth_canvas_set_tool (canvas, HEARTH_CANVAS_TOOL_POLYGON);
  click (canvas, 6600, 0);
  click (canvas, 9000, 0);
  click (canvas, 9000, 2900);
  hearth_viewport_plan_to_view (viewport, 7400, 2900, &x, &y);
  hearth_canvas_pointer_moved (canvas, x, y);
  hearth_canvas_type_text (canvas, "2.4");
  run_main_loop_for (100);
  save_png (canvas, "canvas-test.png");

  /* Bedroom 2 dragged 1.2 m down and right, over the bathroom. */
  hearth_canvas_set_tool (canvas, HEARTH_CANVAS_TOOL_SELECT);
  hearth_canvas_tool_press (canvas, 5000, 1500, 0);
  hearth_canvas_tool_motion (canvas, 5600, 2100, 0);
  hearth_canvas_tool_motion (canvas, 6200, 2700, 0);
  run_main_loop_for (100);
  save_png (canvas, "canvas-test-drag.png");
  hearth_canvas_tool_release (canvas, 6200, 2700, 0);
  assert_bounds (hearth_room_get_polygon (bedroom), 4800, 1200, 7800, 4100);

  /* A rectangle being dragged out beside the plan. */
  hearth_canvas_set_tool (canvas, HEARTH_CANVAS_TOOL_RECTANGLE);
  hearth_canvas_tool_press (canvas, 6600, 0, 0);
  hearth_canvas_tool_motion (canvas, 9230, 2440, 0);
  run_main_loop_for (100);
  save_png (canvas, "canvas-test-rectangle.png");
  hearth_canvas_tool_release (canvas, 9230, 2440, 0);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/canvas/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("widget", test_canvas_widget);
  ADD ("rectangle", test_canvas_rectangle);
  ADD ("polygon", test_canvas_polygon);
  ADD ("polygon-invalid", test_canvas_polygon_invalid);
  ADD ("typed-length", test_canvas_typed_length);
  ADD ("typed-size", test_canvas_typed_size);
  ADD ("snap-to-corner", test_canvas_snap_to_corner);
  ADD ("snap-to-grid", test_canvas_snap_to_grid);
  ADD ("select", test_canvas_select);
  ADD ("move", test_canvas_move);
  ADD ("move-snaps", test_canvas_move_snaps);
  ADD ("reshape", test_canvas_reshape);
  ADD ("add-corner", test_canvas_add_corner);
  ADD ("delete", test_canvas_delete);
  ADD ("delete-triangle", test_canvas_delete_triangle);
  ADD ("nudge", test_canvas_nudge);
  ADD ("cycle", test_canvas_cycle);
  ADD ("zoom", test_canvas_zoom);
  ADD ("drag-draws-plan-once", test_canvas_drag_draws_plan_once);
  ADD ("low-ceiling", test_canvas_low_ceiling);
  ADD ("keyboard-room", test_canvas_keyboard_room);
  g_test_add_func ("/canvas/screenshot", test_canvas_screenshot);

#undef ADD

  return g_test_run ();
}
