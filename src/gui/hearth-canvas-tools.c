/* hearth-canvas-tools.c: what the canvas tools do with the pointer and the
 * keyboard, in plan millimetres
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Select: click a room to select it, drag it to move it, drag a corner of
 * the selected room to reshape it, double-click one of its walls to add a
 * corner. Rectangle: drag from corner to corner, or click both corners, or
 * click one and type "3.2 x 2.9". Polygon: click the corners, then the
 * first one again (or Enter, or a double click); type a length and press
 * Enter to place the next corner that far along the rubber band.
 *
 * Every point placed goes through one HearthSnapIndex built when the
 * gesture starts. A drag moves the room live and is recorded at its end as
 * one undo step; a shape that would cross itself is refused.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hearth-canvas-private.h"
#include "hearth-edit.h"

/* Helpers */

static HearthAssessment *
get_assessment (HearthCanvas *self)
{
  return self->document ? hearth_document_get_assessment (self->document) : NULL;
}

static HearthFloor *
get_floor (HearthCanvas *self)
{
  return self->document ? hearth_document_get_floor (self->document) : NULL;
}

static HearthRoom *
get_selected (HearthCanvas *self)
{
  return self->document ? hearth_document_get_selected_room (self->document) : NULL;
}

static double
get_scale (HearthCanvas *self)
{
  return hearth_viewport_get_scale (self->viewport);
}

/* HEARTH_CANVAS_HIT_PX in plan millimetres at the current zoom. */
static double
hit_mm (HearthCanvas *self)
{
  return HEARTH_CANVAS_HIT_PX / get_scale (self);
}

static gboolean
points_equal (HearthPoint a,
              HearthPoint b)
{
  return a.x == b.x && a.y == b.y;
}

static double
clamp_coord (double v)
{
  return CLAMP (v, (double) -HEARTH_COORD_LIMIT, (double) HEARTH_COORD_LIMIT);
}

static double
snap_cell_mm (double tolerance_mm)
{
  return MAX (2 * tolerance_mm, 100.0);
}

static void
get_snap_options (HearthCanvas      *self,
                  HearthSnapOptions *options)
{
  hearth_snap_options_init (options);
  options->to_grid = self->snap_to_grid && self->grid_step_mm > 0;
  if (self->grid_step_mm > 0)
    options->grid_step_mm = self->grid_step_mm;
  options->to_rooms = self->snap_to_rooms;
  options->tolerance_mm = hit_mm (self);

  /* Never look further than the index's buckets reach. */
  if (self->snap_index != NULL)
    options->tolerance_mm = MIN (options->tolerance_mm, snap_cell_mm (self->snap_tolerance_mm));
}

/* The snap index for the current floor, without @ignore: built once when a
 * gesture starts (or when the pointer first hovers), and kept until the
 * plan, the floor or (between gestures) the zoom changes. */
static const HearthSnapIndex *
ensure_snap_index (HearthCanvas *self,
                   HearthRoom   *ignore)
{
  HearthFloor *floor = get_floor (self);
  double tolerance = hit_mm (self);

  if (!self->snap_to_rooms || floor == NULL)
    return NULL;

  if (self->snap_index != NULL && self->snap_index_ignore == ignore &&
      (self->state != HEARTH_CANVAS_STATE_IDLE || self->snap_tolerance_mm == tolerance))
    return self->snap_index;

  hearth_canvas_tools_drop_snap_index (self);
  self->snap_index = hearth_snap_index_new (floor, ignore, snap_cell_mm (tolerance));
  self->snap_index_ignore = ignore;
  self->snap_tolerance_mm = tolerance;

  return self->snap_index;
}

/* Where a corner goes for the pointer at (@x, @y) mm: snapped to a corner,
 * a wall or the grid, and with Shift on the horizontal or vertical through
 * @from (when not NULL). */
static HearthSnapKind
place_point (HearthCanvas      *self,
             double             x,
             double             y,
             GdkModifierType    state,
             const HearthPoint *from,
             HearthRoom        *ignore,
             HearthPoint       *out)
{
  const HearthSnapIndex *index = ensure_snap_index (self, ignore);
  HearthSnapOptions options;
  HearthSnapKind kind;

  get_snap_options (self, &options);
  kind = hearth_snap_point (index, &options, clamp_coord (x), clamp_coord (y), out);

  if ((state & GDK_SHIFT_MASK) && from != NULL)
    {
      HearthPoint constrained = hearth_snap_constrain (*from, *out);

      if (!points_equal (constrained, *out))
        kind = HEARTH_SNAP_NONE;
      *out = constrained;
    }

  return kind;
}

static void
set_cursor (HearthCanvas   *self,
            HearthPoint     point,
            HearthSnapKind  kind)
{
  self->cursor = point;
  self->cursor_snap = kind;
  self->has_cursor = TRUE;
}

static HearthPolygon *
translate_polygon (const HearthPolygon *polygon,
                   gint64               dx,
                   gint64               dy)
{
  guint n = hearth_polygon_get_n_points (polygon);
  g_autofree HearthPoint *points = g_memdup2 (hearth_polygon_get_points (polygon), n * sizeof (HearthPoint));

  for (guint i = 0; i < n; i++)
    {
      points[i].x += dx;
      points[i].y += dy;
    }

  return hearth_polygon_new (points, n);
}

static HearthPolygon *
replace_point (const HearthPolygon *polygon,
               guint                index,
               HearthPoint          point)
{
  guint n = hearth_polygon_get_n_points (polygon);
  g_autofree HearthPoint *points = g_memdup2 (hearth_polygon_get_points (polygon), n * sizeof (HearthPoint));

  points[index] = point;
  return hearth_polygon_new (points, n);
}

static HearthPolygon *
insert_point (const HearthPolygon *polygon,
              guint                index,
              HearthPoint          point)
{
  guint n = hearth_polygon_get_n_points (polygon);
  const HearthPoint *old = hearth_polygon_get_points (polygon);
  g_autofree HearthPoint *points = g_new (HearthPoint, n + 1);

  memcpy (points, old, index * sizeof (HearthPoint));
  points[index] = point;
  memcpy (points + index + 1, old + index, (n - index) * sizeof (HearthPoint));
  return hearth_polygon_new (points, n + 1);
}

static HearthPolygon *
remove_point (const HearthPolygon *polygon,
              guint                index)
{
  guint n = hearth_polygon_get_n_points (polygon);
  const HearthPoint *old = hearth_polygon_get_points (polygon);
  g_autofree HearthPoint *points = g_new (HearthPoint, n);

  memcpy (points, old, index * sizeof (HearthPoint));
  memcpy (points + index, old + index + 1, (n - index - 1) * sizeof (HearthPoint));
  return hearth_polygon_new (points, n - 1);
}

/* The corner of @room nearest (@x, @y) within reach of the pointer, or -1. */
static int
find_vertex (HearthCanvas *self,
             HearthRoom   *room,
             double        x,
             double        y)
{
  const HearthPolygon *polygon = hearth_room_get_polygon (room);
  double best = hit_mm (self);
  int found = -1;

  for (guint i = 0; i < hearth_polygon_get_n_points (polygon); i++)
    {
      HearthPoint p = hearth_polygon_get_point (polygon, i);
      double d = hypot (p.x - x, p.y - y);

      if (d <= best)
        {
          best = d;
          found = i;
        }
    }

  return found;
}

/* The wall of @room nearest (@x, @y) within reach, as the index of its
 * first corner, with the nearest point on it; or -1. */
static int
find_edge (HearthCanvas *self,
           HearthRoom   *room,
           double        x,
           double        y,
           double       *on_x,
           double       *on_y)
{
  const HearthPolygon *polygon = hearth_room_get_polygon (room);
  guint n = hearth_polygon_get_n_points (polygon);
  double best = hit_mm (self);
  int found = -1;

  for (guint i = 0; i < n; i++)
    {
      HearthPoint a = hearth_polygon_get_point (polygon, i);
      HearthPoint b = hearth_polygon_get_point (polygon, (i + 1) % n);
      double ex = b.x - a.x, ey = b.y - a.y;
      double length2 = ex * ex + ey * ey;
      double t, px, py, d;

      if (length2 == 0)
        continue;

      t = CLAMP (((x - a.x) * ex + (y - a.y) * ey) / length2, 0.0, 1.0);
      px = a.x + t * ex;
      py = a.y + t * ey;
      d = hypot (x - px, y - py);
      if (d <= best)
        {
          best = d;
          found = i;
          *on_x = px;
          *on_y = py;
        }
    }

  return found;
}

/* The room under (@x, @y): the topmost with the point inside, else the
 * selected one or the topmost with the point on a wall. */
static HearthRoom *
find_room (HearthCanvas *self,
           double        x,
           double        y)
{
  HearthFloor *floor = get_floor (self);
  HearthRoom *selected = get_selected (self);
  HearthRoom *on_wall = NULL;
  gint64 px = llround (clamp_coord (x));
  gint64 py = llround (clamp_coord (y));

  if (floor == NULL)
    return NULL;

  for (guint i = hearth_floor_get_n_rooms (floor); i-- > 0;)
    {
      HearthRoom *room = hearth_floor_get_room (floor, i);

      switch (hearth_polygon_locate_point (hearth_room_get_polygon (room), px, py))
        {
        case HEARTH_POINT_INSIDE:
          return room;
        case HEARTH_POINT_ON_BOUNDARY:
          if (on_wall == NULL || room == selected)
            on_wall = room;
          break;
        case HEARTH_POINT_OUTSIDE:
        default:
          break;
        }
    }

  return on_wall;
}

/* "Room 1", "Room 2", …: the first that no room in the assessment has. */
static char *
new_room_name (HearthAssessment *assessment)
{
  GPtrArray *floors = hearth_assessment_get_floors (assessment);

  for (guint n = 1; ; n++)
    {
      /* Translators: the name of a room just drawn, until it is renamed */
      g_autofree char *name = g_strdup_printf (_("Room %u"), n);
      gboolean used = FALSE;

      for (guint i = 0; i < floors->len && !used; i++)
        {
          HearthFloor *floor = g_ptr_array_index (floors, i);

          for (guint j = 0; j < hearth_floor_get_n_rooms (floor) && !used; j++)
            used = g_strcmp0 (hearth_room_get_name (hearth_floor_get_room (floor, j)), name) == 0;
        }

      if (!used)
        return g_steal_pointer (&name);
    }
}

static void
problem_printf (HearthCanvas *self,
                const char   *format,
                ...) G_GNUC_PRINTF (2, 3);

static void
problem_printf (HearthCanvas *self,
                const char   *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  hearth_canvas_emit_problem (self, message);
}

static void
changed (HearthCanvas *self)
{
  hearth_canvas_update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Adds @polygon (taken) to the selected room as an area where the ceiling
 * is under 1.5 m, if it lies inside the room and clear of its other
 * low-ceiling areas. */
static gboolean
create_low_ceiling (HearthCanvas  *self,
                    HearthPolygon *polygon)
{
  g_autoptr(HearthPolygon) owned = polygon;
  HearthRoom *room = get_selected (self);
  g_autoptr(HearthRoom) trial = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthLowHeadroom) zone = NULL;

  if (room == NULL)
    {
      hearth_canvas_emit_problem (self, _("Select the room with the low ceiling first"));
      return FALSE;
    }

  /* Try it on a copy of the room: the model is only changed through the
   * undoable edit, and only with a shape that fits. */
  trial = hearth_room_new (hearth_room_get_id (room), hearth_room_get_name (room),
                           hearth_room_get_use (room),
                           hearth_polygon_copy (hearth_room_get_polygon (room)));
  for (guint i = 0; i < hearth_room_get_n_low_headroom (room); i++)
    hearth_room_add_low_headroom (trial, hearth_low_headroom_copy (hearth_room_get_low_headroom (room, i)));
  hearth_room_add_low_headroom (trial, hearth_low_headroom_new (hearth_polygon_copy (owned), 0));

  if (!hearth_room_validate (trial, &error))
    {
      problem_printf (self, _("This low ceiling cannot be added: %s"), error->message);
      return FALSE;
    }

  zone = hearth_low_headroom_new (g_steal_pointer (&owned), 0);
  hearth_document_push (self->document,
                        hearth_edit_add_low_headroom (get_assessment (self), room, zone));
  return TRUE;
}

/* Adds a room with @polygon (taken) to the current floor, named "Room N"
 * with its use left unknown so that the rules ask for it, and selects it. */
static gboolean
create_room (HearthCanvas  *self,
             HearthPolygon *polygon)
{
  g_autoptr(HearthPolygon) owned = polygon;
  HearthAssessment *assessment = get_assessment (self);
  HearthFloor *floor = get_floor (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthRoom) room = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;

  if (self->draw_low_ceiling)
    return create_low_ceiling (self, g_steal_pointer (&owned));

  if (floor == NULL)
    {
      hearth_canvas_emit_problem (self, _("Add a floor before drawing rooms"));
      return FALSE;
    }

  if (!hearth_polygon_validate (owned, &error))
    {
      problem_printf (self, _("This room cannot be drawn: %s"), error->message);
      return FALSE;
    }

  id = hearth_assessment_new_id (assessment, "room");
  name = new_room_name (assessment);
  room = hearth_room_new (id, name, HEARTH_ROOM_USE_UNKNOWN, g_steal_pointer (&owned));
  hearth_document_push (self->document, hearth_edit_add_room (assessment, floor, room));
  hearth_document_set_selected_room (self->document, room);

  return TRUE;
}

/* Records @new_polygon for @room as one undo step, if it is valid. */
static gboolean
push_polygon (HearthCanvas        *self,
              HearthRoom          *room,
              HearthPolygon       *new_polygon,
              const char          *format)
{
  g_autoptr(HearthPolygon) owned = new_polygon;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  if (!hearth_polygon_validate (owned, &error))
    {
      problem_printf (self, _("%s cannot take that shape: %s"), hearth_room_get_name (room), error->message);
      return FALSE;
    }

  label = g_strdup_printf (format, hearth_room_get_name (room));
  hearth_document_push (self->document,
                        hearth_edit_set_polygon (get_assessment (self), room,
                                                 hearth_room_get_polygon (room), owned, label));
  return TRUE;
}

/* Dragging a room or a corner */

static void
begin_drag (HearthCanvas *self,
            HearthRoom   *room,
            int           vertex)
{
  const HearthPolygon *polygon = hearth_room_get_polygon (room);

  self->drag_room = g_object_ref (room);
  self->drag_original = hearth_polygon_copy (polygon);
  self->drag_vertex = vertex;
  self->drag_moved = FALSE;
  self->drag_invalid = FALSE;
  self->state = vertex >= 0 ? HEARTH_CANVAS_STATE_MOVE_VERTEX : HEARTH_CANVAS_STATE_MOVE_ROOM;
  if (vertex >= 0)
    self->drag_vertex_origin = hearth_polygon_get_point (polygon, vertex);

  /* The room does not snap to itself. */
  ensure_snap_index (self, room);
  hearth_canvas_drop_drag_cache (self);
}

static void
end_drag (HearthCanvas *self)
{
  g_clear_object (&self->drag_room);
  g_clear_pointer (&self->drag_original, hearth_polygon_free);
  self->drag_live = NULL;
  self->state = HEARTH_CANVAS_STATE_IDLE;
  self->drag_moved = FALSE;
  self->drag_invalid = FALSE;
  self->has_cursor = FALSE;
  hearth_canvas_drop_drag_cache (self);
}

/* The offset that moves the room by about (@dx, @dy) mm so that one of its
 * corners lands on another room's corner or wall, or else on the grid. */
static void
snap_room_offset (HearthCanvas *self,
                  double        dx,
                  double        dy,
                  gint64       *out_dx,
                  gint64       *out_dy)
{
  const HearthPolygon *original = self->drag_original;
  const HearthSnapIndex *index = ensure_snap_index (self, self->drag_room);
  HearthSnapOptions options;
  HearthSnapKind best_kind = HEARTH_SNAP_NONE;
  HearthPoint best_point = { 0, 0 };
  double best_distance = G_MAXDOUBLE;

  get_snap_options (self, &options);

  if (index != NULL)
    {
      HearthSnapOptions rooms_only = options;

      rooms_only.to_grid = FALSE;
      for (guint i = 0; i < hearth_polygon_get_n_points (original); i++)
        {
          HearthPoint v = hearth_polygon_get_point (original, i);
          double x = clamp_coord (v.x + dx), y = clamp_coord (v.y + dy);
          HearthPoint snapped;
          HearthSnapKind kind = hearth_snap_point (index, &rooms_only, x, y, &snapped);
          double distance = hypot (snapped.x - x, snapped.y - y);

          if (kind != HEARTH_SNAP_CORNER && kind != HEARTH_SNAP_WALL)
            continue;

          /* A corner beats a wall; then the nearer. */
          if (best_kind == HEARTH_SNAP_NONE ||
              (kind == HEARTH_SNAP_CORNER && best_kind == HEARTH_SNAP_WALL) ||
              (kind == best_kind && distance < best_distance))
            {
              best_kind = kind;
              best_distance = distance;
              best_point = snapped;
              *out_dx = snapped.x - v.x;
              *out_dy = snapped.y - v.y;
            }
        }
    }

  if (best_kind != HEARTH_SNAP_NONE)
    {
      set_cursor (self, best_point, best_kind);
      return;
    }

  /* Whole grid steps keep a room drawn on the grid on it. */
  if (options.to_grid)
    {
      *out_dx = llround (dx / options.grid_step_mm) * options.grid_step_mm;
      *out_dy = llround (dy / options.grid_step_mm) * options.grid_step_mm;
    }
  else
    {
      *out_dx = llround (dx);
      *out_dy = llround (dy);
    }
  self->has_cursor = FALSE;
}

static void
drag_motion (HearthCanvas    *self,
             double           x,
             double           y,
             GdkModifierType  state)
{
  double dx = x - self->press_x, dy = y - self->press_y;
  HearthPolygon *polygon;

  /* A click that wobbles a pixel is not a move. */
  if (!self->drag_moved)
    {
      if (hypot (dx, dy) * get_scale (self) < HEARTH_CANVAS_DRAG_PX)
        return;
      self->drag_moved = TRUE;
    }

  if (self->state == HEARTH_CANVAS_STATE_MOVE_ROOM)
    {
      gboolean horizontal = fabs (dx) >= fabs (dy);
      gint64 offset_x = 0, offset_y = 0;

      if (state & GDK_SHIFT_MASK)
        {
          if (horizontal)
            dy = 0;
          else
            dx = 0;
        }

      snap_room_offset (self, dx, dy, &offset_x, &offset_y);

      if (state & GDK_SHIFT_MASK)
        {
          if (horizontal)
            offset_y = 0;
          else
            offset_x = 0;
        }

      polygon = translate_polygon (self->drag_original, offset_x, offset_y);
    }
  else
    {
      HearthPoint point;
      HearthSnapKind kind;

      kind = place_point (self, x, y, state, &self->drag_vertex_origin, self->drag_room, &point);
      set_cursor (self, point, kind);
      polygon = replace_point (self->drag_original, self->drag_vertex, point);
      self->drag_invalid = !hearth_polygon_validate (polygon, NULL);
    }

  /* Live, unrecorded: finish_drag() records the whole drag. */
  hearth_room_set_polygon (self->drag_room, polygon);
  self->drag_live = polygon;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The drag ends: one undo step for the whole of it, or the room goes back
 * if the new shape is not a valid room. */
static void
finish_drag (HearthCanvas *self)
{
  g_autoptr(HearthRoom) room = g_object_ref (self->drag_room);
  g_autoptr(HearthPolygon) original = g_steal_pointer (&self->drag_original);
  gboolean reshaped = self->state == HEARTH_CANVAS_STATE_MOVE_VERTEX;
  HearthAssessment *assessment = get_assessment (self);
  const HearthPolygon *current = hearth_room_get_polygon (room);
  g_autoptr(GError) error = NULL;

  end_drag (self);

  if (hearth_polygon_equal (original, current))
    return;

  if (!hearth_polygon_validate (current, &error))
    {
      hearth_room_set_polygon (room, g_steal_pointer (&original));
      problem_printf (self, _("%s cannot take that shape: %s"), hearth_room_get_name (room), error->message);
    }
  else
    {
      g_autofree char *label = g_strdup_printf (reshaped ? _("Reshape %s") : _("Move %s"),
                                                hearth_room_get_name (room));

      /* The room already has its new shape: record, do not apply again. */
      hearth_undo_stack_push_applied (hearth_document_get_undo_stack (self->document),
                                      hearth_edit_set_polygon (assessment, room, original, current, label));
      hearth_assessment_changed (assessment);
    }
}

/* Drawing rooms */

static void
reset_drawing (HearthCanvas *self)
{
  g_array_set_size (self->points, 0);
  self->rect_anchored = FALSE;
  self->has_cursor = FALSE;
  g_string_truncate (self->typed, 0);
}

static gboolean
finish_rectangle (HearthCanvas *self,
                  HearthPoint   corner)
{
  HearthPoint start = self->rect_start;
  HearthPolygon *polygon;

  if (corner.x == start.x || corner.y == start.y)
    {
      hearth_canvas_emit_problem (self, _("A room needs both a width and a depth"));
      return FALSE;
    }

  polygon = hearth_polygon_new_rectangle (MIN (start.x, corner.x), MIN (start.y, corner.y),
                                          ABS (corner.x - start.x), ABS (corner.y - start.y));
  if (!create_room (self, polygon))
    return FALSE;

  reset_drawing (self);
  return TRUE;
}

static gboolean
close_polygon (HearthCanvas *self)
{
  if (self->points->len < 3)
    return FALSE;

  /* Refused (and said why): the corners stay, to be fixed with Backspace. */
  if (!create_room (self, hearth_polygon_new ((HearthPoint *) self->points->data, self->points->len)))
    return FALSE;

  reset_drawing (self);
  return TRUE;
}

static HearthPoint
last_point (HearthCanvas *self)
{
  return g_array_index (self->points, HearthPoint, self->points->len - 1);
}

/* Whether (@x, @y) mm, or the snapped @point, is on the first corner. */
static gboolean
closes_polygon (HearthCanvas *self,
                double        x,
                double        y,
                HearthPoint   point)
{
  HearthPoint first;

  if (self->points->len < 3)
    return FALSE;

  first = g_array_index (self->points, HearthPoint, 0);
  return points_equal (first, point) || hypot (first.x - x, first.y - y) <= hit_mm (self);
}

static void
polygon_press (HearthCanvas    *self,
               double           x,
               double           y,
               GdkModifierType  state)
{
  HearthPoint last = self->points->len > 0 ? last_point (self) : (HearthPoint) { 0, 0 };
  HearthPoint point;
  HearthSnapKind kind;

  kind = place_point (self, x, y, state, self->points->len > 0 ? &last : NULL, NULL, &point);

  if (closes_polygon (self, x, y, point))
    {
      close_polygon (self);
      return;
    }

  /* A second click on the same spot adds nothing. */
  if (self->points->len > 0 && points_equal (point, last))
    return;

  g_array_append_val (self->points, point);
  g_string_truncate (self->typed, 0);
  set_cursor (self, point, kind);
}

/* Typed lengths */

/* Splits "3.2 x 2.9" (or ×, *) in two; FALSE without a separator. */
static gboolean
split_size (const char  *text,
            char       **width,
            char       **depth)
{
  const char *sep = strstr (text, "×");
  gsize sep_len = strlen ("×");

  if (sep == NULL)
    {
      sep = strpbrk (text, "xX*");
      sep_len = 1;
    }
  if (sep == NULL)
    return FALSE;

  *width = g_strstrip (g_strndup (text, sep - text));
  *depth = g_strstrip (g_strdup (sep + sep_len));
  return TRUE;
}

static gboolean
apply_typed_wall (HearthCanvas *self)
{
  g_autoptr(GError) error = NULL;
  HearthPoint last = last_point (self);
  HearthPoint point;
  gint64 mm;

  if (!hearth_parse_length (self->typed->str, &mm, &error))
    {
      hearth_canvas_emit_problem (self, error->message);
      return FALSE;
    }

  point = hearth_point_at_length (last, self->has_cursor ? self->cursor : last, mm);
  g_string_truncate (self->typed, 0);

  if (closes_polygon (self, point.x, point.y, point))
    return close_polygon (self);

  g_array_append_val (self->points, point);
  set_cursor (self, point, HEARTH_SNAP_NONE);
  return TRUE;
}

static gboolean
apply_typed_size (HearthCanvas *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *width_text = NULL;
  g_autofree char *depth_text = NULL;
  gint64 width, depth;
  HearthPoint corner;

  if (!split_size (self->typed->str, &width_text, &depth_text))
    {
      /* Translators: keep the example as typed on a keyboard */
      hearth_canvas_emit_problem (self, _("Type the width and the depth, such as “3.2 x 2.9”"));
      return FALSE;
    }

  if (!hearth_parse_length (width_text, &width, &error) ||
      !hearth_parse_length (depth_text, &depth, &error))
    {
      hearth_canvas_emit_problem (self, error->message);
      return FALSE;
    }

  if (!self->rect_anchored)
    {
      HearthFloor *floor = get_floor (self);
      gint64 max_x = 0, min_y = 0;

      /* No first corner: the top-right corner of what is drawn, so that the
       * new room shares the line of the rightmost wall. */
      for (guint i = 0; floor != NULL && i < hearth_floor_get_n_rooms (floor); i++)
        {
          gint64 x0, y0, x1, y1;

          hearth_polygon_get_bounds (hearth_room_get_polygon (hearth_floor_get_room (floor, i)),
                                     &x0, &y0, &x1, &y1);
          max_x = i == 0 ? x1 : MAX (max_x, x1);
          min_y = i == 0 ? y0 : MIN (min_y, y0);
        }
      self->rect_start.x = max_x;
      self->rect_start.y = min_y;
      self->has_cursor = FALSE;
    }

  /* Towards the pointer; right and down when it is on the first corner. */
  corner = self->rect_start;
  corner.x += self->has_cursor && self->cursor.x < corner.x ? -width : width;
  corner.y += self->has_cursor && self->cursor.y < corner.y ? -depth : depth;

  return finish_rectangle (self, corner);
}

/* Private API (hearth-canvas-private.h) */

void
hearth_canvas_tools_init (HearthCanvas *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (HearthPoint));
  self->typed = g_string_new (NULL);
  self->drag_vertex = -1;
  self->hover_vertex = -1;
}

void
hearth_canvas_tools_finalize (HearthCanvas *self)
{
  hearth_canvas_tools_drop_snap_index (self);
  g_clear_pointer (&self->points, g_array_unref);
  if (self->typed != NULL)
    g_string_free (g_steal_pointer (&self->typed), TRUE);
}

void
hearth_canvas_tools_drop_snap_index (HearthCanvas *self)
{
  g_clear_pointer (&self->snap_index, hearth_snap_index_free);
  self->snap_index_ignore = NULL;
}

void
hearth_canvas_tools_abort_drag (HearthCanvas *self)
{
  if (self->drag_room == NULL)
    return;

  /* Put back the shape the drag changed; but if something else (an undo)
   * has given the room a shape since, that one stands. */
  if (self->drag_live != NULL && hearth_room_get_polygon (self->drag_room) == self->drag_live)
    hearth_room_set_polygon (self->drag_room, g_steal_pointer (&self->drag_original));
  end_drag (self);
  changed (self);
}

void
hearth_canvas_tools_reset (HearthCanvas *self)
{
  hearth_canvas_tools_abort_drag (self);
  reset_drawing (self);
  self->state = HEARTH_CANVAS_STATE_IDLE;
  self->hover_vertex = -1;
  changed (self);
}

void
hearth_canvas_tools_press (HearthCanvas    *self,
                           double           x,
                           double           y,
                           GdkModifierType  state)
{
  if (self->document == NULL)
    return;

  /* A press while a drag is still going (a lost release) ends it first. */
  if (self->drag_room != NULL)
    finish_drag (self);

  self->press_x = x;
  self->press_y = y;

  switch (self->tool)
    {
    case HEARTH_CANVAS_TOOL_SELECT:
      {
        HearthRoom *selected = get_selected (self);
        int vertex = selected ? find_vertex (self, selected, x, y) : -1;
        HearthRoom *room;

        if (vertex >= 0)
          {
            self->hover_vertex = vertex;
            begin_drag (self, selected, vertex);
            break;
          }

        room = find_room (self, x, y);
        hearth_document_set_selected_room (self->document, room);
        if (room != NULL)
          begin_drag (self, room, -1);
      }
      break;

    case HEARTH_CANVAS_TOOL_RECTANGLE:
      {
        HearthPoint point;
        HearthSnapKind kind = place_point (self, x, y, state, NULL, NULL, &point);

        set_cursor (self, point, kind);
        if (self->rect_anchored)
          {
            /* The second click of click-and-click. */
            finish_rectangle (self, point);
          }
        else
          {
            self->rect_start = point;
            self->rect_anchored = TRUE;
            self->state = HEARTH_CANVAS_STATE_RECTANGLE;
            g_string_truncate (self->typed, 0);
          }
      }
      break;

    case HEARTH_CANVAS_TOOL_POLYGON:
      polygon_press (self, x, y, state);
      break;

    default:
      g_assert_not_reached ();
    }

  changed (self);
}

void
hearth_canvas_tools_motion (HearthCanvas    *self,
                            double           x,
                            double           y,
                            GdkModifierType  state)
{
  HearthPoint point;
  HearthSnapKind kind;

  if (self->document == NULL)
    return;

  switch (self->state)
    {
    case HEARTH_CANVAS_STATE_MOVE_ROOM:
    case HEARTH_CANVAS_STATE_MOVE_VERTEX:
      drag_motion (self, x, y, state);
      return;

    case HEARTH_CANVAS_STATE_RECTANGLE:
    case HEARTH_CANVAS_STATE_IDLE:
    default:
      break;
    }

  switch (self->tool)
    {
    case HEARTH_CANVAS_TOOL_SELECT:
      {
        HearthRoom *selected = get_selected (self);
        int vertex = selected ? find_vertex (self, selected, x, y) : -1;

        if (vertex != self->hover_vertex)
          {
            self->hover_vertex = vertex;
            changed (self);
          }
      }
      return;

    case HEARTH_CANVAS_TOOL_RECTANGLE:
      kind = place_point (self, x, y, state, NULL, NULL, &point);
      break;

    case HEARTH_CANVAS_TOOL_POLYGON:
      if (self->points->len > 0)
        {
          HearthPoint last = last_point (self);

          kind = place_point (self, x, y, state, &last, NULL, &point);
          if (closes_polygon (self, x, y, point))
            {
              point = g_array_index (self->points, HearthPoint, 0);
              kind = HEARTH_SNAP_CORNER;
            }
        }
      else
        kind = place_point (self, x, y, state, NULL, NULL, &point);
      break;

    default:
      g_assert_not_reached ();
    }

  if (!self->has_cursor || !points_equal (point, self->cursor) || kind != self->cursor_snap)
    {
      set_cursor (self, point, kind);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

void
hearth_canvas_tools_release (HearthCanvas    *self,
                             double           x,
                             double           y,
                             GdkModifierType  state)
{
  if (self->document == NULL)
    return;

  switch (self->state)
    {
    case HEARTH_CANVAS_STATE_MOVE_ROOM:
    case HEARTH_CANVAS_STATE_MOVE_VERTEX:
      hearth_canvas_tools_motion (self, x, y, state);
      finish_drag (self);
      break;

    case HEARTH_CANVAS_STATE_RECTANGLE:
      self->state = HEARTH_CANVAS_STATE_IDLE;
      /* Dragged out: done. Clicked: the first corner stays for a second
       * click or a typed size. */
      if (hypot (x - self->press_x, y - self->press_y) * get_scale (self) >= HEARTH_CANVAS_DRAG_PX)
        {
          HearthPoint point;

          place_point (self, x, y, state, NULL, NULL, &point);
          finish_rectangle (self, point);
        }
      break;

    case HEARTH_CANVAS_STATE_IDLE:
    default:
      break;
    }

  changed (self);
}

void
hearth_canvas_tools_double_click (HearthCanvas *self,
                                  double        x,
                                  double        y)
{
  HearthRoom *selected = get_selected (self);
  double on_x = 0, on_y = 0;
  int edge;

  if (self->document == NULL)
    return;

  if (self->tool == HEARTH_CANVAS_TOOL_POLYGON && self->points->len >= 3)
    {
      close_polygon (self);
      changed (self);
      return;
    }

  if (self->tool != HEARTH_CANVAS_TOOL_SELECT || selected == NULL ||
      find_vertex (self, selected, x, y) >= 0 ||
      (edge = find_edge (self, selected, x, y, &on_x, &on_y)) < 0)
    {
      hearth_canvas_tools_press (self, x, y, 0);
      return;
    }

  {
    const HearthPolygon *polygon = hearth_room_get_polygon (selected);
    guint n = hearth_polygon_get_n_points (polygon);
    HearthPoint a = hearth_polygon_get_point (polygon, edge);
    HearthPoint b = hearth_polygon_get_point (polygon, (edge + 1) % n);
    HearthPoint point = { llround (on_x), llround (on_y) };

    /* On a straight wall the new corner can sit on the grid and still on
     * the wall. */
    if (self->snap_to_grid && self->grid_step_mm > 0)
      {
        gint64 step = self->grid_step_mm;

        if (a.y == b.y)
          {
            gint64 gx = llround (on_x / step) * step;

            if (gx > MIN (a.x, b.x) && gx < MAX (a.x, b.x))
              point = (HearthPoint) { gx, a.y };
          }
        else if (a.x == b.x)
          {
            gint64 gy = llround (on_y / step) * step;

            if (gy > MIN (a.y, b.y) && gy < MAX (a.y, b.y))
              point = (HearthPoint) { a.x, gy };
          }
      }

    if (points_equal (point, a) || points_equal (point, b))
      return;

    if (push_polygon (self, selected, insert_point (polygon, edge + 1, point), _("Add Corner to %s")))
      self->hover_vertex = edge + 1;
    changed (self);
  }
}

gboolean
hearth_canvas_tools_can_type (HearthCanvas *self)
{
  /* A rectangle can be typed without a first corner: "3.2 x 2.9" and
   * Enter adds it beside the rooms drawn so far, so a room can be added
   * from the keyboard alone and then nudged into place. */
  return (self->tool == HEARTH_CANVAS_TOOL_POLYGON && self->points->len > 0) ||
         self->tool == HEARTH_CANVAS_TOOL_RECTANGLE;
}

gboolean
hearth_canvas_tools_type_text (HearthCanvas *self,
                               const char   *text)
{
  if (!hearth_canvas_tools_can_type (self))
    return FALSE;

  g_string_append (self->typed, text);
  changed (self);
  return TRUE;
}

gboolean
hearth_canvas_tools_can_finish (HearthCanvas *self)
{
  return (self->typed->len > 0 && hearth_canvas_tools_can_type (self)) ||
         (self->tool == HEARTH_CANVAS_TOOL_POLYGON && self->points->len >= 3);
}

gboolean
hearth_canvas_tools_finish (HearthCanvas *self)
{
  gboolean done = FALSE;

  if (self->document == NULL || !hearth_canvas_tools_can_finish (self))
    return FALSE;

  if (self->typed->len > 0)
    {
      if (self->tool == HEARTH_CANVAS_TOOL_POLYGON)
        done = apply_typed_wall (self);
      else
        done = apply_typed_size (self);
    }
  else
    done = close_polygon (self);

  changed (self);
  return done;
}

gboolean
hearth_canvas_tools_can_backspace (HearthCanvas *self)
{
  return self->typed->len > 0 || self->points->len > 0 || self->rect_anchored;
}

gboolean
hearth_canvas_tools_backspace (HearthCanvas *self)
{
  if (self->typed->len > 0)
    {
      const char *end = self->typed->str + self->typed->len;
      const char *prev = g_utf8_find_prev_char (self->typed->str, end);

      g_string_truncate (self->typed, prev ? (gsize) (prev - self->typed->str) : 0);
    }
  else if (self->points->len > 0)
    {
      g_array_set_size (self->points, self->points->len - 1);
    }
  else if (self->rect_anchored)
    {
      self->rect_anchored = FALSE;
      self->state = HEARTH_CANVAS_STATE_IDLE;
    }
  else
    return FALSE;

  changed (self);
  return TRUE;
}

gboolean
hearth_canvas_tools_can_cancel (HearthCanvas *self)
{
  return hearth_canvas_tools_can_backspace (self) ||
         self->drag_room != NULL ||
         get_selected (self) != NULL;
}

/* Escape: typed text first, then a drag, then the drawing, then the
 * selection. */
gboolean
hearth_canvas_tools_cancel (HearthCanvas *self)
{
  if (self->typed->len > 0)
    g_string_truncate (self->typed, 0);
  else if (self->drag_room != NULL)
    hearth_canvas_tools_abort_drag (self);
  else if (self->points->len > 0 || self->rect_anchored)
    {
      reset_drawing (self);
      self->state = HEARTH_CANVAS_STATE_IDLE;
    }
  else if (get_selected (self) != NULL)
    hearth_document_set_selected_room (self->document, NULL);
  else
    return FALSE;

  changed (self);
  return TRUE;
}

gboolean
hearth_canvas_tools_can_delete (HearthCanvas *self)
{
  return get_selected (self) != NULL && self->state == HEARTH_CANVAS_STATE_IDLE &&
         self->points->len == 0 && !self->rect_anchored;
}

/* Delete: the corner under the pointer if the room keeps three, otherwise
 * the room. */
gboolean
hearth_canvas_tools_delete (HearthCanvas *self)
{
  HearthRoom *room = get_selected (self);
  g_autofree char *name = NULL;
  const HearthPolygon *polygon;
  int vertex = self->hover_vertex;

  if (!hearth_canvas_tools_can_delete (self))
    return FALSE;

  polygon = hearth_room_get_polygon (room);
  if (vertex >= 0 && (guint) vertex < hearth_polygon_get_n_points (polygon) &&
      hearth_polygon_get_n_points (polygon) > 3)
    {
      gboolean done = push_polygon (self, room, remove_point (polygon, vertex), _("Remove Corner from %s"));

      self->hover_vertex = -1;
      changed (self);
      return done;
    }

  name = g_strdup (hearth_room_get_name (room));
  self->hover_vertex = -1;
  hearth_document_push (self->document, hearth_edit_remove_room (get_assessment (self), room));
  hearth_canvas_emit_room_deleted (self, name);
  changed (self);
  return TRUE;
}

gboolean
hearth_canvas_tools_nudge (HearthCanvas *self,
                           int           dx_steps,
                           int           dy_steps)
{
  HearthRoom *room = get_selected (self);
  gint64 step = self->grid_step_mm > 0 ? self->grid_step_mm : 100;
  gboolean done;

  if (room == NULL || self->state != HEARTH_CANVAS_STATE_IDLE)
    return FALSE;

  done = push_polygon (self, room,
                       translate_polygon (hearth_room_get_polygon (room), dx_steps * step, dy_steps * step),
                       _("Move %s"));
  changed (self);
  return done;
}

gboolean
hearth_canvas_tools_cycle (HearthCanvas *self,
                           int           direction)
{
  HearthFloor *floor = get_floor (self);
  HearthRoom *selected = get_selected (self);
  guint n, next;
  int current = -1;

  if (floor == NULL || (n = hearth_floor_get_n_rooms (floor)) == 0 ||
      self->state != HEARTH_CANVAS_STATE_IDLE)
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (hearth_floor_get_room (floor, i) == selected)
      current = i;

  if (current < 0)
    next = direction > 0 ? 0 : n - 1;
  else
    next = (current + n + (direction > 0 ? 1 : -1)) % n;

  hearth_document_set_selected_room (self->document, hearth_floor_get_room (floor, next));
  changed (self);
  return TRUE;
}

const char *
hearth_canvas_get_typed_text (HearthCanvas *self)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), NULL);
  return self->typed->str;
}

guint
hearth_canvas_get_n_drawn_points (HearthCanvas *self)
{
  g_return_val_if_fail (HEARTH_IS_CANVAS (self), 0);
  return self->points->len;
}

HearthPoint
hearth_canvas_get_drawn_point (HearthCanvas *self,
                               guint         index)
{
  HearthPoint none = { 0, 0 };

  g_return_val_if_fail (HEARTH_IS_CANVAS (self), none);
  g_return_val_if_fail (index < self->points->len, none);

  return g_array_index (self->points, HearthPoint, index);
}
