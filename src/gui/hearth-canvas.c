/* hearth-canvas.c: the floor plan editor widget: drawing, the view, events
 * and actions (what the tools do is in hearth-canvas-tools.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "hearth-canvas-private.h"
#include "hearth-edit.h"
#include "hearth-units.h"

G_DEFINE_FINAL_TYPE (HearthCanvas, hearth_canvas, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (HearthCanvasTool, hearth_canvas_tool,
  G_DEFINE_ENUM_VALUE (HEARTH_CANVAS_TOOL_SELECT, "select"),
  G_DEFINE_ENUM_VALUE (HEARTH_CANVAS_TOOL_RECTANGLE, "rectangle"),
  G_DEFINE_ENUM_VALUE (HEARTH_CANVAS_TOOL_POLYGON, "polygon"))

/* Registered here rather than by the renderer, which has no GObject types
 * of its own; the GType name says whose it is. */
GType
hearth_canvas_area_unit_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { HEARTH_AREA_UNIT_M2, "HEARTH_AREA_UNIT_M2", "m2" },
        { HEARTH_AREA_UNIT_SQFT, "HEARTH_AREA_UNIT_SQFT", "sqft" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("HearthCanvasAreaUnit"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_TOOL,
  PROP_GRID_STEP,
  PROP_UNIT,
  PROP_SNAP_TO_GRID,
  PROP_SNAP_TO_ROOMS,
  PROP_DRAW_LOW_CEILING,
  N_PROPS
};

enum {
  PROBLEM,
  ROOM_DELETED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Room-free margin around the plan when fitting, in px. */
#define FIT_MARGIN_PX 56.0  /* clear of the scale bar in the bottom-left corner */
/* One notch of a mouse wheel pans this far. */
#define SCROLL_STEP_PX 48.0

/* Helpers */

static HearthFloor *
get_floor (HearthCanvas *self)
{
  return self->document ? hearth_document_get_floor (self->document) : NULL;
}

/* The floor drawn faintly underneath: the nearest lower level, if any. */
static HearthFloor *
find_floor_below (HearthCanvas *self,
                  HearthFloor  *floor)
{
  GPtrArray *floors;
  HearthFloor *below = NULL;
  int level;

  if (floor == NULL)
    return NULL;

  floors = hearth_assessment_get_floors (hearth_document_get_assessment (self->document));
  level = hearth_floor_get_level (floor);

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *other = g_ptr_array_index (floors, i);
      int other_level = hearth_floor_get_level (other);

      if (other != floor && other_level < level &&
          (below == NULL || other_level > hearth_floor_get_level (below)))
        below = other;
    }

  return below;
}

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

/* @font must be freed. */
static void
fill_style (HearthCanvas    *self,
            HearthPlanStyle *style,
            char           **font)
{
  HearthFloor *floor = get_floor (self);

  hearth_plan_style_init (style);
  style->assessment = hearth_document_get_assessment (self->document);
  style->floor = floor;
  style->floor_below = find_floor_below (self, floor);
  style->viewport = self->viewport;
  style->selected = hearth_document_get_selected_room (self->document);
  style->unit = self->unit;
  style->grid_step_mm = self->grid_step_mm;
  style->scale_bar = TRUE;
  style->dark = is_dark ();
  style->flagged = self->flagged;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-font-name", font, NULL);
  style->font = *font;
}

static void
get_plan_bounds (HearthCanvas *self,
                 gint64       *min_x,
                 gint64       *min_y,
                 gint64       *max_x,
                 gint64       *max_y)
{
  HearthFloor *floor = get_floor (self);
  gboolean any = FALSE;

  *min_x = *min_y = *max_x = *max_y = 0;

  for (guint i = 0; floor != NULL && i < hearth_floor_get_n_rooms (floor); i++)
    {
      HearthRoom *room = hearth_floor_get_room (floor, i);
      gint64 x0, y0, x1, y1;

      hearth_polygon_get_bounds (hearth_room_get_polygon (room), &x0, &y0, &x1, &y1);
      if (!any)
        {
          *min_x = x0, *min_y = y0, *max_x = x1, *max_y = y1;
          any = TRUE;
        }
      else
        {
          *min_x = MIN (*min_x, x0), *min_y = MIN (*min_y, y0);
          *max_x = MAX (*max_x, x1), *max_y = MAX (*max_y, y1);
        }
    }
}

static void
update_cursor (HearthCanvas *self)
{
  const char *name = NULL;

  if (self->left_drag_pans)
    name = "grabbing";
  else if (self->space_held)
    name = "grab";
  else if (self->state == HEARTH_CANVAS_STATE_MOVE_ROOM && self->drag_moved)
    name = "move";
  else if (self->state == HEARTH_CANVAS_STATE_MOVE_VERTEX || self->hover_vertex >= 0)
    name = "crosshair";
  else if (self->tool != HEARTH_CANVAS_TOOL_SELECT)
    name = "crosshair";

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), name);
}

static void
update_description (HearthCanvas *self)
{
  HearthRoom *room = self->document ? hearth_document_get_selected_room (self->document) : NULL;
  g_autofree char *description = NULL;

  if (room != NULL)
    {
      g_autofree char *area = hearth_format_area (hearth_room_get_gross_area2 (room));

      /* Translators: what a screen reader says about the plan: a room's name and area */
      description = g_strdup_printf (_("%s selected, %s"), hearth_room_get_name (room), area);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : _("No room selected"),
                                  -1);
}

/* Drawing */

typedef struct {
  double r, g, b;
} Rgb;

static Rgb
accent_colour (void)
{
  return is_dark () ? (Rgb) { 0.47, 0.68, 0.93 } : (Rgb) { 0.21, 0.52, 0.89 };
}

static Rgb
error_colour (void)
{
  return is_dark () ? (Rgb) { 1.0, 0.48, 0.39 } : (Rgb) { 0.88, 0.11, 0.14 };
}

static void
set_source (cairo_t *cr,
            Rgb      c,
            double   alpha)
{
  cairo_set_source_rgba (cr, c.r, c.g, c.b, alpha);
}

static void
to_view (HearthCanvas *self,
         HearthPoint   p,
         double       *x,
         double       *y)
{
  hearth_viewport_plan_to_view (self->viewport, p.x, p.y, x, y);
}

/* A length as the caseworker measured it: metres, and feet and inches when
 * areas are shown in square feet. */
static char *
format_length (HearthCanvas *self,
               double        mm)
{
  g_autofree char *metres = hearth_format_length (mm);
  double inches;
  int feet;

  if (self->unit != HEARTH_AREA_UNIT_SQFT)
    return g_steal_pointer (&metres);

  inches = round (mm / 25.4);
  feet = (int) (inches / 12);
  /* Translators: a length in metres, then in feet and inches: "3.20 m (10′ 6″)" */
  return g_strdup_printf (_("%s (%d′ %d″)"), metres, feet, (int) inches - feet * 12);
}

/* A pill with @text centred on (@x, @y), or with its top-left corner
 * there when @centred is FALSE. */
static void
draw_label (HearthCanvas *self,
            cairo_t      *cr,
            const char   *text,
            double        x,
            double        y,
            gboolean      centred,
            gboolean      strong)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  gboolean dark = is_dark ();
  int width, height;
  double pad = 4, left, top;

  pango_layout_get_pixel_size (layout, &width, &height);
  left = centred ? x - width / 2.0 - pad : x;
  top = centred ? y - height / 2.0 - pad : y;

  cairo_new_sub_path (cr);
  cairo_arc (cr, left + width + 2 * pad - 4, top + 4, 4, -G_PI / 2, 0);
  cairo_arc (cr, left + width + 2 * pad - 4, top + height + 2 * pad - 4, 4, 0, G_PI / 2);
  cairo_arc (cr, left + 4, top + height + 2 * pad - 4, 4, G_PI / 2, G_PI);
  cairo_arc (cr, left + 4, top + 4, 4, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);

  if (strong)
    set_source (cr, accent_colour (), 1.0);
  else if (dark)
    cairo_set_source_rgba (cr, 0.19, 0.19, 0.21, 0.92);
  else
    cairo_set_source_rgba (cr, 1.0, 1.0, 1.0, 0.92);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.5);
  cairo_stroke (cr);

  if (strong || dark)
    cairo_set_source_rgb (cr, 1, 1, 1);
  else
    cairo_set_source_rgb (cr, 0.13, 0.13, 0.15);
  cairo_move_to (cr, left + pad, top + pad);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_dot (cairo_t *cr,
          double   x,
          double   y,
          double   radius,
          Rgb      colour)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 2);
  set_source (cr, colour, 1.0);
  cairo_stroke (cr);
}

static void
draw_snap_indicator (HearthCanvas *self,
                     cairo_t      *cr)
{
  double x, y;

  if (!self->has_cursor)
    return;

  to_view (self, self->cursor, &x, &y);
  cairo_set_line_width (cr, 2);
  set_source (cr, accent_colour (), 1.0);

  switch (self->cursor_snap)
    {
    case HEARTH_SNAP_CORNER:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, 7, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;
    case HEARTH_SNAP_WALL:
      cairo_rectangle (cr, x - 6, y - 6, 12, 12);
      cairo_stroke (cr);
      break;
    case HEARTH_SNAP_GRID:
    case HEARTH_SNAP_NONE:
    default:
      break;
    }
}

/* The corners of the selected room, which can be dragged. */
static void
draw_handles (HearthCanvas *self,
              cairo_t      *cr)
{
  HearthRoom *room = hearth_document_get_selected_room (self->document);
  const HearthPolygon *polygon;
  Rgb colour;

  if (self->tool != HEARTH_CANVAS_TOOL_SELECT || room == NULL ||
      (self->state == HEARTH_CANVAS_STATE_MOVE_ROOM && self->drag_moved))
    return;

  polygon = hearth_room_get_polygon (room);
  colour = self->drag_invalid ? error_colour () : accent_colour ();

  if (self->drag_invalid)
    {
      /* Say at once that this shape will not be kept. */
      for (guint i = 0; i < hearth_polygon_get_n_points (polygon); i++)
        {
          double x, y;

          to_view (self, hearth_polygon_get_point (polygon, i), &x, &y);
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
      cairo_set_line_width (cr, 3);
      set_source (cr, colour, 0.9);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < hearth_polygon_get_n_points (polygon); i++)
    {
      double x, y, half = (int) i == self->hover_vertex ? 5 : 3.5;

      to_view (self, hearth_polygon_get_point (polygon, i), &x, &y);
      cairo_rectangle (cr, x - half, y - half, 2 * half, 2 * half);
      if ((int) i == self->hover_vertex)
        set_source (cr, colour, 1.0);
      else
        cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.5);
      set_source (cr, colour, 1.0);
      cairo_stroke (cr);
    }
}

static void
draw_polygon_in_progress (HearthCanvas *self,
                          cairo_t      *cr)
{
  Rgb accent = accent_colour ();
  HearthPoint last;
  double x, y, lx, ly;

  if (self->tool != HEARTH_CANVAS_TOOL_POLYGON || self->points->len == 0)
    return;

  for (guint i = 0; i < self->points->len; i++)
    {
      to_view (self, g_array_index (self->points, HearthPoint, i), &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  if (self->has_cursor)
    {
      to_view (self, self->cursor, &x, &y);
      cairo_line_to (cr, x, y);
    }

  /* The room so far, faintly filled, with the walls placed drawn solid. */
  cairo_save (cr);
  cairo_close_path (cr);
  set_source (cr, accent, 0.12);
  cairo_fill (cr);
  cairo_restore (cr);

  cairo_new_path (cr);
  for (guint i = 0; i < self->points->len; i++)
    {
      to_view (self, g_array_index (self->points, HearthPoint, i), &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_set_line_width (cr, 2);
  set_source (cr, accent, 1.0);
  cairo_stroke (cr);

  /* The rubber band from the last corner to the pointer, with its length. */
  last = g_array_index (self->points, HearthPoint, self->points->len - 1);
  to_view (self, last, &lx, &ly);
  if (self->has_cursor && (self->cursor.x != last.x || self->cursor.y != last.y))
    {
      double dashes[] = { 6, 4 };
      g_autofree char *length = NULL;

      to_view (self, self->cursor, &x, &y);
      cairo_move_to (cr, lx, ly);
      cairo_line_to (cr, x, y);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      length = format_length (self, hypot (self->cursor.x - last.x, self->cursor.y - last.y));
      draw_label (self, cr, length, (lx + x) / 2, (ly + y) / 2, TRUE, FALSE);
    }

  for (guint i = 0; i < self->points->len; i++)
    {
      to_view (self, g_array_index (self->points, HearthPoint, i), &x, &y);
      /* The first corner is bigger: clicking it closes the room. */
      draw_dot (cr, x, y, i == 0 && self->points->len >= 3 ? 6 : 3.5, accent);
    }
}

static void
draw_rectangle_in_progress (HearthCanvas *self,
                            cairo_t      *cr)
{
  Rgb accent = accent_colour ();
  double dashes[] = { 6, 4 };
  double x0, y0, x1, y1;
  g_autofree char *width = NULL;
  g_autofree char *depth = NULL;
  g_autofree char *label = NULL;

  if (self->tool != HEARTH_CANVAS_TOOL_RECTANGLE || !self->rect_anchored)
    return;

  to_view (self, self->rect_start, &x0, &y0);
  draw_dot (cr, x0, y0, 3.5, accent);
  if (!self->has_cursor)
    return;

  to_view (self, self->cursor, &x1, &y1);
  cairo_rectangle (cr, MIN (x0, x1), MIN (y0, y1), fabs (x1 - x0), fabs (y1 - y0));
  set_source (cr, accent, 0.12);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  set_source (cr, accent, 1.0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  width = format_length (self, llabs (self->cursor.x - self->rect_start.x));
  depth = format_length (self, llabs (self->cursor.y - self->rect_start.y));
  /* Translators: a rectangle's width × depth, "3.00 m × 2.60 m" */
  label = g_strdup_printf (_("%s × %s"), width, depth);
  draw_label (self, cr, label, (x0 + x1) / 2, (y0 + y1) / 2, TRUE, FALSE);
}

/* What is being typed, beside the pointer. */
static void
draw_typed_text (HearthCanvas *self,
                 cairo_t      *cr)
{
  g_autofree char *text = NULL;
  double x, y;

  if (self->typed->len == 0)
    return;

  if (self->pointer_inside || !self->has_cursor)
    x = self->pointer_x, y = self->pointer_y;
  else
    to_view (self, self->cursor, &x, &y);

  text = g_strconcat (self->typed->str, "▏", NULL);
  draw_label (self, cr, text, x + 16, y + 16, FALSE, TRUE);
}

static void
draw_feedback (HearthCanvas *self,
               cairo_t      *cr)
{
  draw_handles (self, cr);
  draw_polygon_in_progress (self, cr);
  draw_rectangle_in_progress (self, cr);
  if (self->tool != HEARTH_CANVAS_TOOL_SELECT || self->state != HEARTH_CANVAS_STATE_IDLE)
    draw_snap_indicator (self, cr);
  draw_typed_text (self, cr);
}

static void
release_surface (gpointer data)
{
  cairo_surface_destroy (data);
}

/* The whole plan, drawn once into a texture at the screen's resolution. */
static GdkTexture *
render_plan_texture (HearthCanvas          *self,
                     const HearthPlanStyle *style,
                     int                    width,
                     int                    height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  cairo_t *cr;
  int stride;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  hearth_plan_render (style, cr);
  self->n_full_renders++;
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK's default memory format: no copy. */
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height * scale,
                                      release_surface, surface);

  return gdk_memory_texture_new (width * scale, height * scale,
                                 GDK_MEMORY_DEFAULT, bytes, stride);
}

/* Callbacks */

static void
document_changed_cb (HearthCanvas   *self,
                     HearthDocument *document)
{
  /* An edit from elsewhere (Undo from the window) in mid-drag: the drag
   * no longer starts from what the plan holds, so it stops. */
  if (self->drag_room != NULL)
    {
      self->button_down = FALSE;
      hearth_canvas_tools_abort_drag (self);
    }

  hearth_canvas_tools_drop_snap_index (self);
  hearth_canvas_drop_drag_cache (self);
  hearth_canvas_update_actions (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
floor_changed_cb (HearthCanvas   *self,
                  GParamSpec     *pspec,
                  HearthDocument *document)
{
  hearth_canvas_tools_reset (self);
  hearth_canvas_tools_drop_snap_index (self);
  hearth_canvas_drop_drag_cache (self);
  hearth_canvas_update_actions (self);

  /* Another floor is another drawing: show all of it. */
  if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    hearth_canvas_zoom_fit (self);
  else
    self->fitted = FALSE;

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
selected_room_changed_cb (HearthCanvas   *self,
                          GParamSpec     *pspec,
                          HearthDocument *document)
{
  self->hover_vertex = -1;
  hearth_canvas_drop_drag_cache (self);
  hearth_canvas_update_actions (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
viewport_changed_cb (HearthCanvas   *self,
                     HearthViewport *viewport)
{
  hearth_canvas_drop_drag_cache (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dark_changed_cb (HearthCanvas    *self,
                 GParamSpec      *pspec,
                 AdwStyleManager *manager)
{
  hearth_canvas_drop_drag_cache (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Tells a double click from two clicks with the desktop's own settings. */
static gboolean
is_double_click (HearthCanvas       *self,
                 GtkEventController *controller,
                 double              x,
                 double              y)
{
  guint32 time = gtk_event_controller_get_current_event_time (controller);
  int max_time = 400, max_distance = 5;
  gboolean is_double;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)),
                "gtk-double-click-time", &max_time,
                "gtk-double-click-distance", &max_distance,
                NULL);

  is_double = self->last_press_time != 0 &&
              time - self->last_press_time <= (guint32) max_time &&
              fabs (x - self->last_press_x) <= max_distance &&
              fabs (y - self->last_press_y) <= max_distance;

  /* A third click starts afresh. */
  self->last_press_time = is_double ? 0 : time;
  self->last_press_x = x;
  self->last_press_y = y;

  return is_double;
}

static void
left_drag_begin_cb (HearthCanvas   *self,
                    double          x,
                    double          y,
                    GtkGestureDrag *gesture)
{
  GtkEventController *controller = GTK_EVENT_CONTROLLER (gesture);
  GdkModifierType state = gtk_event_controller_get_current_event_state (controller);
  double plan_x, plan_y;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->pointer_x = x;
  self->pointer_y = y;

  if (self->space_held)
    {
      self->left_drag_pans = TRUE;
      self->pan_last_x = x;
      self->pan_last_y = y;
      update_cursor (self);
      return;
    }

  hearth_viewport_view_to_plan (self->viewport, x, y, &plan_x, &plan_y);
  if (is_double_click (self, controller, x, y))
    {
      /* The rest of this press is ignored: button_down stays FALSE. */
      hearth_canvas_tools_double_click (self, plan_x, plan_y);
      return;
    }

  self->button_down = TRUE;
  hearth_canvas_tools_press (self, plan_x, plan_y, state);
}

static void
left_drag_update_cb (HearthCanvas   *self,
                     double          offset_x,
                     double          offset_y,
                     GtkGestureDrag *gesture)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  double x, y, plan_x, plan_y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  x += offset_x;
  y += offset_y;
  self->pointer_x = x;
  self->pointer_y = y;

  if (self->left_drag_pans)
    {
      hearth_viewport_pan (self->viewport, x - self->pan_last_x, y - self->pan_last_y);
      self->pan_last_x = x;
      self->pan_last_y = y;
      return;
    }

  if (!self->button_down)
    return;

  hearth_viewport_view_to_plan (self->viewport, x, y, &plan_x, &plan_y);
  hearth_canvas_tools_motion (self, plan_x, plan_y, state);
}

static void
left_drag_end_cb (HearthCanvas   *self,
                  double          offset_x,
                  double          offset_y,
                  GtkGestureDrag *gesture)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  double x, y, plan_x, plan_y;

  if (self->left_drag_pans)
    {
      self->left_drag_pans = FALSE;
      update_cursor (self);
      return;
    }

  if (!self->button_down)
    return;

  self->button_down = FALSE;
  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  hearth_viewport_view_to_plan (self->viewport, x + offset_x, y + offset_y, &plan_x, &plan_y);
  hearth_canvas_tools_release (self, plan_x, plan_y, state);
}

/* The grab was taken away mid-drag: put things back. */
static void
left_drag_cancel_cb (HearthCanvas     *self,
                     GdkEventSequence *sequence,
                     GtkGesture       *gesture)
{
  self->left_drag_pans = FALSE;
  if (self->button_down)
    {
      self->button_down = FALSE;
      hearth_canvas_tools_abort_drag (self);
    }
  update_cursor (self);
}

static void
middle_drag_begin_cb (HearthCanvas   *self,
                      double          x,
                      double          y,
                      GtkGestureDrag *gesture)
{
  self->pan_last_x = x;
  self->pan_last_y = y;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
middle_drag_update_cb (HearthCanvas   *self,
                       double          offset_x,
                       double          offset_y,
                       GtkGestureDrag *gesture)
{
  double x, y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  x += offset_x;
  y += offset_y;
  hearth_viewport_pan (self->viewport, x - self->pan_last_x, y - self->pan_last_y);
  self->pan_last_x = x;
  self->pan_last_y = y;
}

static void
middle_drag_end_cb (HearthCanvas   *self,
                    double          offset_x,
                    double          offset_y,
                    GtkGestureDrag *gesture)
{
  update_cursor (self);
}

static gboolean
scroll_cb (HearthCanvas             *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  hearth_canvas_scroll (self, dx, dy, state, gtk_event_controller_scroll_get_unit (controller));
  return TRUE;
}

static void
zoom_begin_cb (HearthCanvas     *self,
               GdkEventSequence *sequence,
               GtkGesture       *gesture)
{
  self->zoom_gesture_scale = 1.0;

  /* The first finger down began a drag; two fingers are a pinch. */
  if (self->button_down)
    {
      self->button_down = FALSE;
      hearth_canvas_tools_abort_drag (self);
    }
}

static void
zoom_scale_changed_cb (HearthCanvas   *self,
                       double          scale,
                       GtkGestureZoom *gesture)
{
  double x, y;

  if (scale <= 0 || self->zoom_gesture_scale <= 0)
    return;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }

  hearth_viewport_zoom_at (self->viewport, scale / self->zoom_gesture_scale, x, y);
  self->zoom_gesture_scale = scale;
}

static void
motion_cb (HearthCanvas             *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double plan_x, plan_y;

  self->pointer_inside = TRUE;
  self->pointer_x = x;
  self->pointer_y = y;

  /* While a button is held, the drag gesture reports the motion. */
  if (self->button_down || self->left_drag_pans)
    return;

  hearth_viewport_view_to_plan (self->viewport, x, y, &plan_x, &plan_y);
  hearth_canvas_tools_motion (self, plan_x, plan_y, state);
  update_cursor (self);
}

static void
leave_cb (HearthCanvas             *self,
          GtkEventControllerMotion *controller)
{
  self->pointer_inside = FALSE;
}

/* Characters that can be part of a typed length: "3.2", "10' 6\"",
 * "320cm", "10ft 6in", "3.2 x 2.9". A length starts with a digit. */
static gboolean
is_length_char (gunichar c,
                gboolean first)
{
  if (g_unichar_isdigit (c) || c == '.' || c == ',')
    return TRUE;
  if (first)
    return FALSE;

  c = g_unichar_tolower (c);
  return c != 0 && (g_utf8_strchr (" mcftinx*'\"×′″", -1, c) != NULL);
}

static gboolean
key_pressed_cb (HearthCanvas          *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gunichar c;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  if (keyval == GDK_KEY_space && self->typed->len == 0)
    {
      self->space_held = TRUE;
      update_cursor (self);
      return TRUE;
    }

  c = gdk_keyval_to_unicode (keyval);
  if (c != 0 && is_length_char (c, self->typed->len == 0) && hearth_canvas_tools_can_type (self))
    {
      char utf8[8] = { 0 };

      g_unichar_to_utf8 (c, utf8);
      return hearth_canvas_tools_type_text (self, utf8);
    }

  return FALSE;
}

static void
key_released_cb (HearthCanvas          *self,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 GtkEventControllerKey *controller)
{
  if (keyval == GDK_KEY_space && self->space_held)
    {
      self->space_held = FALSE;
      update_cursor (self);
    }
}

static void
focus_leave_cb (HearthCanvas            *self,
                GtkEventControllerFocus *controller)
{
  self->space_held = FALSE;
  update_cursor (self);
}

/* A person dragged from the household panel: "hearth-person:ID". */
static gboolean
person_drop_cb (HearthCanvas  *self,
                const GValue  *value,
                double         x,
                double         y,
                GtkDropTarget *target)
{
  const char *data = G_VALUE_HOLDS_STRING (value) ? g_value_get_string (value) : NULL;
  double plan_x, plan_y;

  if (data == NULL || !g_str_has_prefix (data, HEARTH_PERSON_DRAG_PREFIX))
    return FALSE;

  hearth_viewport_view_to_plan (self->viewport, x, y, &plan_x, &plan_y);
  return hearth_canvas_drop_person (self, data + strlen (HEARTH_PERSON_DRAG_PREFIX),
                                    plan_x, plan_y);
}

/* Actions */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  hearth_viewport_zoom_in (HEARTH_CANVAS (widget)->viewport);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  hearth_viewport_zoom_out (HEARTH_CANVAS (widget)->viewport);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  hearth_canvas_zoom_fit (HEARTH_CANVAS (widget));
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  hearth_canvas_zoom_reset (HEARTH_CANVAS (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  hearth_canvas_tools_delete (HEARTH_CANVAS (widget));
}

static void
nudge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  int dx, dy;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  hearth_canvas_tools_nudge (HEARTH_CANVAS (widget), dx, dy);
}

static void
select_next_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  hearth_canvas_tools_cycle (HEARTH_CANVAS (widget), +1);
}

static void
select_previous_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  hearth_canvas_tools_cycle (HEARTH_CANVAS (widget), -1);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  hearth_canvas_tools_cancel (HEARTH_CANVAS (widget));
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  hearth_canvas_tools_finish (HEARTH_CANVAS (widget));
}

static void
backspace_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  hearth_canvas_tools_backspace (HEARTH_CANVAS (widget));
}

/* GtkWidget */

static void
hearth_canvas_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 480;
}

static void
hearth_canvas_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  HearthCanvas *self = HEARTH_CANVAS (widget);

  hearth_viewport_set_size (self->viewport, width, height);

  if (!self->fitted && self->document != NULL && width > 0 && height > 0)
    {
      self->fitted = TRUE;
      hearth_canvas_zoom_fit (self);
    }
}

static void
hearth_canvas_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  HearthCanvas *self = HEARTH_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  g_autofree char *font = NULL;
  HearthPlanStyle style;
  cairo_t *cr;

  if (self->document == NULL || width <= 0 || height <= 0)
    return;

  fill_style (self, &style, &font);

  if (self->drag_room != NULL && self->drag_moved)
    {
      /* Dragging: the rest of the plan is drawn once, when the drag
       * starts; each motion only draws the room being dragged. */
      if (self->drag_cache == NULL)
        {
          style.skip = self->drag_room;
          self->drag_cache = render_plan_texture (self, &style, width, height);
          style.skip = NULL;
        }
      gtk_snapshot_append_texture (snapshot, self->drag_cache, &bounds);

      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      hearth_plan_render_room (&style, cr, self->drag_room);
    }
  else
    {
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      hearth_plan_render (&style, cr);
      self->n_full_renders++;
    }

  draw_feedback (self, cr);
  cairo_destroy (cr);
}

/* GObject */

static void
hearth_canvas_dispose (GObject *object)
{
  HearthCanvas *self = HEARTH_CANVAS (object);

  hearth_canvas_tools_reset (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  hearth_canvas_drop_drag_cache (self);

  G_OBJECT_CLASS (hearth_canvas_parent_class)->dispose (object);
}

static void
hearth_canvas_finalize (GObject *object)
{
  HearthCanvas *self = HEARTH_CANVAS (object);

  hearth_canvas_tools_finalize (self);
  g_clear_object (&self->viewport);
  g_clear_pointer (&self->flagged, g_hash_table_unref);

  G_OBJECT_CLASS (hearth_canvas_parent_class)->finalize (object);
}

static void
hearth_canvas_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HearthCanvas *self = HEARTH_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_TOOL:
      g_value_set_enum (value, self->tool);
      break;
    case PROP_GRID_STEP:
      g_value_set_int64 (value, self->grid_step_mm);
      break;
    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;
    case PROP_SNAP_TO_GRID:
      g_value_set_boolean (value, self->snap_to_grid);
      break;
    case PROP_SNAP_TO_ROOMS:
      g_value_set_boolean (value, self->snap_to_rooms);
      break;
    case PROP_DRAW_LOW_CEILING:
      g_value_set_boolean (value, self->draw_low_ceiling);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_canvas_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HearthCanvas *self = HEARTH_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hearth_canvas_set_document (self, g_value_get_object (value));
      break;
    case PROP_TOOL:
      hearth_canvas_set_tool (self, g_value_get_enum (value));
      break;
    case PROP_GRID_STEP:
      hearth_canvas_set_grid_step (self, g_value_get_int64 (value));
      break;
    case PROP_UNIT:
      hearth_canvas_set_unit (self, g_value_get_enum (value));
      break;
    case PROP_SNAP_TO_GRID:
      hearth_canvas_set_snap_to_grid (self, g_value_get_boolean (value));
      break;
    case PROP_SNAP_TO_ROOMS:
      hearth_canvas_set_snap_to_rooms (self, g_value_get_boolean (value));
      break;
    case PROP_DRAW_LOW_CEILING:
      hearth_canvas_set_draw_low_ceiling (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_nudge_bindings (GtkWidgetClass *widget_class,
                    guint           keyval,
                    guint           kp_keyval,
                    int             dx,
                    int             dy)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, "canvas.nudge", "(ii)", dx, dy);
  gtk_widget_class_add_binding_action (widget_class, kp_keyval, 0, "canvas.nudge", "(ii)", dx, dy);
  gtk_widget_class_add_binding_action (widget_class, keyval, GDK_SHIFT_MASK,
                                       "canvas.nudge", "(ii)", 10 * dx, 10 * dy);
  gtk_widget_class_add_binding_action (widget_class, kp_keyval, GDK_SHIFT_MASK,
                                       "canvas.nudge", "(ii)", 10 * dx, 10 * dy);
}

static void
hearth_canvas_class_init (HearthCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_canvas_dispose;
  object_class->finalize = hearth_canvas_finalize;
  object_class->get_property = hearth_canvas_get_property;
  object_class->set_property = hearth_canvas_set_property;

  widget_class->measure = hearth_canvas_measure;
  widget_class->size_allocate = hearth_canvas_size_allocate;
  widget_class->snapshot = hearth_canvas_snapshot;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, HEARTH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOOL] =
    g_param_spec_enum ("tool", NULL, NULL, HEARTH_TYPE_CANVAS_TOOL, HEARTH_CANVAS_TOOL_SELECT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* 0 draws no grid and never snaps to one. */
  properties[PROP_GRID_STEP] =
    g_param_spec_int64 ("grid-step", NULL, NULL, 0, 10000, 100,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL, HEARTH_TYPE_CANVAS_AREA_UNIT, HEARTH_AREA_UNIT_M2,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNAP_TO_GRID] =
    g_param_spec_boolean ("snap-to-grid", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The rectangle and polygon tools draw a low-ceiling area inside the
   * selected room instead of a new room. */
  properties[PROP_DRAW_LOW_CEILING] =
    g_param_spec_boolean ("draw-low-ceiling", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNAP_TO_ROOMS] =
    g_param_spec_boolean ("snap-to-rooms", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthCanvas::problem:
   * @message: what went wrong, for a toast
   *
   * An edit was refused (a room would cross itself) or typed text could
   * not be read as a length.
   */
  signals[PROBLEM] = g_signal_new ("problem",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * HearthCanvas::room-deleted:
   * @name: the deleted room's name
   *
   * A room was deleted from the canvas, so the window can offer Undo.
   */
  signals[ROOM_DELETED] = g_signal_new ("room-deleted",
                                        G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "canvas.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_property_action (widget_class, "canvas.tool", "tool");
  gtk_widget_class_install_action (widget_class, "canvas.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "canvas.nudge", "(ii)", nudge_action);
  gtk_widget_class_install_action (widget_class, "canvas.select-next", NULL, select_next_action);
  gtk_widget_class_install_action (widget_class, "canvas.select-previous", NULL, select_previous_action);
  gtk_widget_class_install_action (widget_class, "canvas.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "canvas.finish", NULL, finish_action);
  gtk_widget_class_install_action (widget_class, "canvas.backspace", NULL, backspace_action);

  /* Ctrl+0 is "best fit" as in GNOME's image and document viewers;
   * Ctrl+1 is 100 %. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "canvas.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "canvas.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "canvas.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1, GDK_CONTROL_MASK, "canvas.zoom-reset", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, 0, "canvas.tool", "s", "select");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, 0, "canvas.tool", "s", "rectangle");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "canvas.tool", "s", "polygon");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "canvas.delete", NULL);
  add_nudge_bindings (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, -1, 0);
  add_nudge_bindings (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 1, 0);
  add_nudge_bindings (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, 0, -1);
  add_nudge_bindings (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 0, 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Tab, 0, "canvas.select-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Tab, 0, "canvas.select-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Tab, GDK_SHIFT_MASK, "canvas.select-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, "canvas.select-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "canvas.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "canvas.finish", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "canvas.finish", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "canvas.finish", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "canvas.backspace", NULL);

  gtk_widget_class_set_css_name (widget_class, "hearth-canvas");
  /* A picture of the plan, as GtkDrawingArea is; its description names the
   * selected room. (GTK 4.8 has no "application" role.) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hearth_canvas_init (HearthCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *gesture;
  GtkEventController *controller;

  self->viewport = hearth_viewport_new ();
  self->tool = HEARTH_CANVAS_TOOL_SELECT;
  self->grid_step_mm = 100;
  self->unit = HEARTH_AREA_UNIT_M2;
  self->snap_to_grid = TRUE;
  self->snap_to_rooms = TRUE;
  hearth_canvas_tools_init (self);

  g_signal_connect_object (self->viewport, "changed",
                           G_CALLBACK (viewport_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_widget_set_vexpand (widget, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Floor plan"),
                                  -1);

  /* Left button: the tools, or panning with Space held. */
  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (left_drag_begin_cb), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (left_drag_update_cb), self);
  g_signal_connect_swapped (gesture, "drag-end", G_CALLBACK (left_drag_end_cb), self);
  g_signal_connect_swapped (gesture, "cancel", G_CALLBACK (left_drag_cancel_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  /* Middle button: panning. */
  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_MIDDLE);
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (middle_drag_begin_cb), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (middle_drag_update_cb), self);
  g_signal_connect_swapped (gesture, "drag-end", G_CALLBACK (middle_drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect_swapped (gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  g_signal_connect_swapped (controller, "key-released", G_CALLBACK (key_released_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  /* A person dropped on a room sleeps there. */
  controller = GTK_EVENT_CONTROLLER (gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY));
  g_signal_connect_swapped (controller, "drop", G_CALLBACK (person_drop_cb), self);
  gtk_widget_add_controller (widget, controller);

  hearth_canvas_update_actions (self);
  update_description (self);
  update_cursor (self);
}

/* Private API (hearth-canvas-private.h) */

void
hearth_canvas_emit_problem (HearthCanvas *self,
                            const char   *message)
{
  g_signal_emit (self, signals[PROBLEM], 0, message);
}

void
hearth_canvas_emit_room_deleted (HearthCanvas *self,
                                 const char   *name)
{
  g_signal_emit (self, signals[ROOM_DELETED], 0, name);
}

void
hearth_canvas_drop_drag_cache (HearthCanvas *self)
{
  g_clear_object (&self->drag_cache);
}

void
hearth_canvas_update_actions (HearthCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  HearthFloor *floor = get_floor (self);
  gboolean selected = self->document != NULL && hearth_document_get_selected_room (self->document) != NULL;
  gboolean rooms = floor != NULL && hearth_floor_get_n_rooms (floor) > 0;

  /* Disabled actions let their keys through to the window. */
  gtk_widget_action_set_enabled (widget, "canvas.delete", hearth_canvas_tools_can_delete (self));
  gtk_widget_action_set_enabled (widget, "canvas.nudge", selected && self->state == HEARTH_CANVAS_STATE_IDLE);
  gtk_widget_action_set_enabled (widget, "canvas.select-next", rooms);
  gtk_widget_action_set_enabled (widget, "canvas.select-previous", rooms);
  gtk_widget_action_set_enabled (widget, "canvas.cancel", hearth_canvas_tools_can_cancel (self));
  gtk_widget_action_set_enabled (widget, "canvas.finish", hearth_canvas_tools_can_finish (self));
  gtk_widget_action_set_enabled (widget, "canvas.backspace", hearth_canvas_tools_can_backspace (self));
  update_cursor (self);
}

guint
hearth_canvas_get_n_full_renders (HearthCanvas *self)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), 0);
  return self->n_full_renders;
}

void
hearth_canvas_pointer_moved (HearthCanvas *self,
                             double        x,
                             double        y)
{
  double plan_x, plan_y;

  g_return_if_fail (HEARTH_IS_CANVAS (self));

  self->pointer_inside = TRUE;
  self->pointer_x = x;
  self->pointer_y = y;
  hearth_viewport_view_to_plan (self->viewport, x, y, &plan_x, &plan_y);
  hearth_canvas_tools_motion (self, plan_x, plan_y, 0);
}

void
hearth_canvas_scroll (HearthCanvas    *self,
                      double           dx,
                      double           dy,
                      GdkModifierType  state,
                      GdkScrollUnit    unit)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));

  if (state & GDK_CONTROL_MASK)
    {
      double x, y, factor;

      if (self->pointer_inside)
        x = self->pointer_x, y = self->pointer_y;
      else
        x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

      /* A wheel notch is one zoom step (×1.25); a touchpad zooms smoothly. */
      factor = unit == GDK_SCROLL_UNIT_WHEEL ? pow (1.25, -dy) : exp (-dy / 100.0);
      hearth_viewport_zoom_at (self->viewport, factor, x, y);
      return;
    }

  /* Shift turns a plain wheel sideways. */
  if ((state & GDK_SHIFT_MASK) && dx == 0)
    {
      dx = dy;
      dy = 0;
    }

  if (unit == GDK_SCROLL_UNIT_WHEEL)
    {
      dx *= SCROLL_STEP_PX;
      dy *= SCROLL_STEP_PX;
    }

  /* Scrolling down brings what is below into view. */
  hearth_viewport_pan (self->viewport, -dx, -dy);
}

/* Public API */

/**
 * hearth_canvas_new:
 * @document: (nullable): the document to show and edit
 *
 * Returns: (transfer floating): a new canvas
 */
GtkWidget *
hearth_canvas_new (HearthDocument *document)
{
  g_return_val_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document), NULL);

  return g_object_new (HEARTH_TYPE_CANVAS, "document", document, NULL);
}

HearthDocument *
hearth_canvas_get_document (HearthCanvas *self)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), NULL);
  return self->document;
}

void
hearth_canvas_set_document (HearthCanvas   *self,
                            HearthDocument *document)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));
  g_return_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document));

  if (document == self->document)
    return;

  hearth_canvas_tools_reset (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);

  g_set_object (&self->document, document);

  if (document != NULL)
    {
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::floor",
                               G_CALLBACK (floor_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::selected-room",
                               G_CALLBACK (selected_room_changed_cb), self, G_CONNECT_SWAPPED);
    }

  hearth_canvas_tools_drop_snap_index (self);
  hearth_canvas_drop_drag_cache (self);

  /* A new plan is shown whole. */
  self->fitted = FALSE;
  if (document != NULL && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    {
      self->fitted = TRUE;
      hearth_canvas_zoom_fit (self);
    }

  hearth_canvas_update_actions (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

HearthViewport *
hearth_canvas_get_viewport (HearthCanvas *self)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), NULL);
  return self->viewport;
}

HearthCanvasTool
hearth_canvas_get_tool (HearthCanvas *self)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), HEARTH_CANVAS_TOOL_SELECT);
  return self->tool;
}

void
hearth_canvas_set_tool (HearthCanvas     *self,
                        HearthCanvasTool  tool)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));
  g_return_if_fail (tool <= HEARTH_CANVAS_TOOL_POLYGON);

  if (tool == self->tool)
    return;

  hearth_canvas_tools_reset (self);
  self->tool = tool;
  hearth_canvas_update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOL]);
}

gint64
hearth_canvas_get_grid_step (HearthCanvas *self)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), 0);
  return self->grid_step_mm;
}

void
hearth_canvas_set_grid_step (HearthCanvas *self,
                             gint64        grid_step_mm)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));
  g_return_if_fail (grid_step_mm >= 0);

  if (grid_step_mm == self->grid_step_mm)
    return;

  self->grid_step_mm = grid_step_mm;
  hearth_canvas_drop_drag_cache (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRID_STEP]);
}

HearthAreaUnit
hearth_canvas_get_unit (HearthCanvas *self)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), HEARTH_AREA_UNIT_M2);
  return self->unit;
}

void
hearth_canvas_set_unit (HearthCanvas   *self,
                        HearthAreaUnit  unit)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));

  if (unit == self->unit)
    return;

  self->unit = unit;
  hearth_canvas_drop_drag_cache (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

gboolean
hearth_canvas_get_snap_to_grid (HearthCanvas *self)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), FALSE);
  return self->snap_to_grid;
}

void
hearth_canvas_set_snap_to_grid (HearthCanvas *self,
                                gboolean      snap)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));

  snap = !!snap;
  if (snap == self->snap_to_grid)
    return;

  self->snap_to_grid = snap;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNAP_TO_GRID]);
}

gboolean
hearth_canvas_get_snap_to_rooms (HearthCanvas *self)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), FALSE);
  return self->snap_to_rooms;
}

void
hearth_canvas_set_snap_to_rooms (HearthCanvas *self,
                                 gboolean      snap)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));

  snap = !!snap;
  if (snap == self->snap_to_rooms)
    return;

  self->snap_to_rooms = snap;
  hearth_canvas_tools_drop_snap_index (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNAP_TO_ROOMS]);
}

gboolean
hearth_canvas_get_draw_low_ceiling (HearthCanvas *self)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), FALSE);
  return self->draw_low_ceiling;
}

void
hearth_canvas_set_draw_low_ceiling (HearthCanvas *self,
                                    gboolean      draw_low_ceiling)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));

  draw_low_ceiling = !!draw_low_ceiling;
  if (draw_low_ceiling == self->draw_low_ceiling)
    return;

  self->draw_low_ceiling = draw_low_ceiling;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAW_LOW_CEILING]);
}

void
hearth_canvas_set_flagged (HearthCanvas *self,
                           GHashTable   *flagged)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));

  if (flagged == self->flagged)
    return;

  g_clear_pointer (&self->flagged, g_hash_table_unref);
  if (flagged != NULL)
    self->flagged = g_hash_table_ref (flagged);
  hearth_canvas_drop_drag_cache (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
hearth_canvas_zoom_fit (HearthCanvas *self)
{
  gint64 min_x, min_y, max_x, max_y;

  g_return_if_fail (HEARTH_IS_CANVAS (self));

  get_plan_bounds (self, &min_x, &min_y, &max_x, &max_y);
  hearth_viewport_fit (self->viewport, min_x, min_y, max_x, max_y, FIT_MARGIN_PX);
}

void
hearth_canvas_zoom_reset (HearthCanvas *self)
{
  gint64 min_x, min_y, max_x, max_y;
  double width, height;

  g_return_if_fail (HEARTH_IS_CANVAS (self));

  get_plan_bounds (self, &min_x, &min_y, &max_x, &max_y);
  hearth_viewport_get_size (self->viewport, &width, &height);
  hearth_viewport_set_scale (self->viewport, HEARTH_VIEWPORT_DEFAULT_SCALE);
  hearth_viewport_set_offset (self->viewport,
                              (min_x + max_x) / 2.0 - width / 2.0 / HEARTH_VIEWPORT_DEFAULT_SCALE,
                              (min_y + max_y) / 2.0 - height / 2.0 / HEARTH_VIEWPORT_DEFAULT_SCALE);
}

void
hearth_canvas_tool_press (HearthCanvas    *self,
                          double           x_mm,
                          double           y_mm,
                          GdkModifierType  state)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));
  hearth_canvas_tools_press (self, x_mm, y_mm, state);
}

void
hearth_canvas_tool_motion (HearthCanvas    *self,
                           double           x_mm,
                           double           y_mm,
                           GdkModifierType  state)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));
  hearth_canvas_tools_motion (self, x_mm, y_mm, state);
}

void
hearth_canvas_tool_release (HearthCanvas    *self,
                            double           x_mm,
                            double           y_mm,
                            GdkModifierType  state)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));
  hearth_canvas_tools_release (self, x_mm, y_mm, state);
}

void
hearth_canvas_tool_double_click (HearthCanvas *self,
                                 double        x_mm,
                                 double        y_mm)
{
  g_return_if_fail (HEARTH_IS_CANVAS (self));
  hearth_canvas_tools_double_click (self, x_mm, y_mm);
}

gboolean
hearth_canvas_type_text (HearthCanvas *self,
                         const char   *text)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  return hearth_canvas_tools_type_text (self, text);
}

gboolean
hearth_canvas_activate_entry (HearthCanvas *self)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), FALSE);
  return hearth_canvas_tools_finish (self);
}

gboolean
hearth_canvas_drop_person (HearthCanvas *self,
                           const char   *person_id,
                           double        x_mm,
                           double        y_mm)
{
  HearthAssessment *assessment;
  HearthPerson *person;
  HearthFloor *floor;
  HearthRoom *on_wall = NULL;
  HearthRoom *room = NULL;
  gint64 px, py;

  g_return_val_if_fail (HEARTH_IS_CANVAS (self), FALSE);
  g_return_val_if_fail (person_id != NULL, FALSE);

  if (self->document == NULL || !isfinite (x_mm) || !isfinite (y_mm) ||
      fabs (x_mm) > 1e12 || fabs (y_mm) > 1e12)
    return FALSE;

  assessment = hearth_document_get_assessment (self->document);
  person = hearth_assessment_find_person (assessment, person_id);
  floor = hearth_document_get_floor (self->document);
  if (person == NULL || floor == NULL)
    return FALSE;

  /* The topmost room with the point inside, else one with it on a wall. */
  px = llround (x_mm);
  py = llround (y_mm);
  for (guint i = hearth_floor_get_n_rooms (floor); room == NULL && i-- > 0;)
    {
      HearthRoom *candidate = hearth_floor_get_room (floor, i);

      switch (hearth_polygon_locate_point (hearth_room_get_polygon (candidate), px, py))
        {
        case HEARTH_POINT_INSIDE:
          room = candidate;
          break;
        case HEARTH_POINT_ON_BOUNDARY:
          if (on_wall == NULL)
            on_wall = candidate;
          break;
        case HEARTH_POINT_OUTSIDE:
        default:
          break;
        }
    }
  if (room == NULL)
    room = on_wall;
  if (room == NULL)
    return FALSE;

  if (g_strcmp0 (hearth_person_get_sleeps_in (person), hearth_room_get_id (room)) != 0)
    hearth_document_push (self->document,
                          hearth_edit_set_sleeps_in (assessment, person, hearth_room_get_id (room)));

  return TRUE;
}
