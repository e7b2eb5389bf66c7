/* hearth-canvas-private.h: what hearth-canvas.c (the widget: drawing,
 * view, events) and hearth-canvas-tools.c (what the tools do) share, and a
 * few read-outs for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-canvas.h"
#include "hearth-snap.h"

G_BEGIN_DECLS

/* How near the pointer must be to a corner or a wall, in pixels. */
#define HEARTH_CANVAS_HIT_PX 8.0
/* A press and release further apart than this are a drag, not a click. */
#define HEARTH_CANVAS_DRAG_PX 4.0

typedef enum {
  HEARTH_CANVAS_STATE_IDLE,
  HEARTH_CANVAS_STATE_MOVE_ROOM,    /* select tool, dragging a room */
  HEARTH_CANVAS_STATE_MOVE_VERTEX,  /* select tool, dragging a corner of the selected room */
  HEARTH_CANVAS_STATE_RECTANGLE,    /* rectangle tool, button held since the first corner */
} HearthCanvasState;

struct _HearthCanvas
{
  GtkWidget          parent_instance;

  HearthDocument    *document;
  HearthViewport    *viewport;

  /* Properties */
  HearthCanvasTool   tool;
  gint64             grid_step_mm;
  HearthAreaUnit     unit;
  gboolean           snap_to_grid;
  gboolean           snap_to_rooms;
  GHashTable        *flagged;           /* room id → severity + 1, or NULL */
  gboolean           draw_low_ceiling;  /* shapes drawn become low ceilings of the selection */

  /* View */
  gboolean           fitted;            /* fitted to the plan on first allocation */
  gboolean           pointer_inside;
  double             pointer_x;         /* px, for zooming about the pointer */
  double             pointer_y;
  gboolean           button_down;       /* the left-button drag gesture is running */
  gboolean           space_held;
  gboolean           left_drag_pans;    /* the left drag began with Space held */
  guint32            last_press_time;   /* for telling double clicks */
  double             last_press_x;
  double             last_press_y;
  double             pan_last_x;
  double             pan_last_y;
  double             zoom_gesture_scale;
  GdkTexture        *drag_cache;        /* the plan without the dragged room */
  guint              n_full_renders;

  /* Tools */
  HearthCanvasState  state;
  HearthSnapIndex   *snap_index;        /* NULL until needed; dropped when the plan changes */
  HearthRoom        *snap_index_ignore; /* compared only, never dereferenced */
  double             snap_tolerance_mm;
  double             press_x;           /* mm, where the button went down */
  double             press_y;
  HearthPoint        cursor;            /* the pointer snapped: where a corner would go */
  HearthSnapKind     cursor_snap;
  gboolean           has_cursor;
  GArray            *points;            /* HearthPoint: the polygon being drawn */
  gboolean           rect_anchored;     /* the rectangle's first corner is placed */
  HearthPoint        rect_start;
  HearthRoom        *drag_room;         /* owned while dragging */
  HearthPolygon     *drag_original;
  const HearthPolygon *drag_live;       /* the shape last given to the dragged room */
  HearthPoint        drag_vertex_origin;
  int                drag_vertex;       /* -1 when moving the whole room */
  gboolean           drag_moved;        /* past HEARTH_CANVAS_DRAG_PX from the press */
  gboolean           drag_invalid;      /* the live shape would be refused */
  int                hover_vertex;      /* a corner of the selected room under the pointer, or -1 */
  GString           *typed;             /* a length being typed */
};

/* hearth-canvas.c */
void     hearth_canvas_emit_problem        (HearthCanvas     *self,
                                            const char       *message);
void     hearth_canvas_emit_room_deleted   (HearthCanvas     *self,
                                            const char       *name);
void     hearth_canvas_update_actions      (HearthCanvas     *self);
/* The dragged room started or stopped moving: the cached plan changes. */
void     hearth_canvas_drop_drag_cache     (HearthCanvas     *self);

/* hearth-canvas-tools.c */
void     hearth_canvas_tools_init          (HearthCanvas     *self);
void     hearth_canvas_tools_finalize      (HearthCanvas     *self);
/* Forgets anything half drawn or dragged (restoring a dragged room). */
void     hearth_canvas_tools_reset         (HearthCanvas     *self);
void     hearth_canvas_tools_drop_snap_index (HearthCanvas   *self);
/* Puts a dragged room back as it was and ends the drag. */
void     hearth_canvas_tools_abort_drag    (HearthCanvas     *self);
void     hearth_canvas_tools_press         (HearthCanvas     *self,
                                            double            x_mm,
                                            double            y_mm,
                                            GdkModifierType   state);
void     hearth_canvas_tools_motion        (HearthCanvas     *self,
                                            double            x_mm,
                                            double            y_mm,
                                            GdkModifierType   state);
void     hearth_canvas_tools_release       (HearthCanvas     *self,
                                            double            x_mm,
                                            double            y_mm,
                                            GdkModifierType   state);
void     hearth_canvas_tools_double_click  (HearthCanvas     *self,
                                            double            x_mm,
                                            double            y_mm);
gboolean hearth_canvas_tools_can_type      (HearthCanvas     *self);
gboolean hearth_canvas_tools_type_text     (HearthCanvas     *self,
                                            const char       *text);
gboolean hearth_canvas_tools_can_finish    (HearthCanvas     *self);
gboolean hearth_canvas_tools_finish        (HearthCanvas     *self);
gboolean hearth_canvas_tools_can_backspace (HearthCanvas     *self);
gboolean hearth_canvas_tools_backspace     (HearthCanvas     *self);
gboolean hearth_canvas_tools_can_cancel    (HearthCanvas     *self);
gboolean hearth_canvas_tools_cancel        (HearthCanvas     *self);
gboolean hearth_canvas_tools_can_delete    (HearthCanvas     *self);
gboolean hearth_canvas_tools_delete        (HearthCanvas     *self);
gboolean hearth_canvas_tools_nudge         (HearthCanvas     *self,
                                            int               dx_steps,
                                            int               dy_steps);
gboolean hearth_canvas_tools_cycle         (HearthCanvas     *self,
                                            int               direction);

/* For tests */
const char *hearth_canvas_get_typed_text     (HearthCanvas     *self);
guint       hearth_canvas_get_n_drawn_points (HearthCanvas     *self);
HearthPoint hearth_canvas_get_drawn_point    (HearthCanvas     *self,
                                              guint             index);
/* How often the whole plan was drawn: a drag must not add to it per motion. */
guint       hearth_canvas_get_n_full_renders (HearthCanvas     *self);
/* The pointer moved to (@x, @y) px (what the motion controller calls). */
void        hearth_canvas_pointer_moved      (HearthCanvas     *self,
                                              double            x,
                                              double            y);
/* A scroll of (@dx, @dy) (what the scroll controller calls): pans, or with
 * Ctrl zooms about the pointer. */
void        hearth_canvas_scroll             (HearthCanvas     *self,
                                              double            dx,
                                              double            dy,
                                              GdkModifierType   state,
                                              GdkScrollUnit     unit);

G_END_DECLS
