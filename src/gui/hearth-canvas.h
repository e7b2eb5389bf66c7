/* hearth-canvas.h: the floor plan editor: draws the current floor, pans and
 * zooms, and lets the caseworker draw, select, move and reshape rooms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Actions (widget actions, usable from menus and buttons):
 *   canvas.zoom-in      Ctrl+plus, Ctrl+equal, Ctrl+KP_Add
 *   canvas.zoom-out     Ctrl+minus, Ctrl+KP_Subtract
 *   canvas.zoom-fit     Ctrl+0  (best fit: the whole floor in view)
 *   canvas.zoom-reset   Ctrl+1  (100 %: the default scale, centred on the plan)
 *   canvas.tool "s"     V "select", R "rectangle", P "polygon"
 *   canvas.delete       Delete: the hovered corner of the selected room, or the room
 *   canvas.nudge "(ii)" arrow keys: one grid step (Shift: ten)
 *   canvas.select-next / canvas.select-previous   Tab / Shift+Tab
 *   canvas.cancel       Escape: clears typed text, then the drawing, then the selection
 *   canvas.finish       Enter: applies a typed length, or closes the polygon
 *   canvas.backspace    Backspace: the last typed character, or the last corner
 * Ctrl+Tab leaves the canvas for the next widget.
 *
 * Mouse and touch: Ctrl+scroll and pinch zoom about the pointer; scroll,
 * middle-button drag and Space+drag pan.
 *
 * Signals: "problem" (const char *message): an edit was refused or typed
 * text not understood; the window shows it as a toast. "room-deleted"
 * (const char *name): a room was deleted, so the window can offer Undo.
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-document.h"
#include "hearth-plan-renderer.h"
#include "hearth-viewport.h"

G_BEGIN_DECLS

/* What a person dragged from the household panel carries: this prefix and
 * the person's id, as a string. */
#define HEARTH_PERSON_DRAG_PREFIX "hearth-person:"

typedef enum {
  HEARTH_CANVAS_TOOL_SELECT,
  HEARTH_CANVAS_TOOL_RECTANGLE,
  HEARTH_CANVAS_TOOL_POLYGON,
} HearthCanvasTool;

#define HEARTH_TYPE_CANVAS_TOOL (hearth_canvas_tool_get_type ())
GType hearth_canvas_tool_get_type (void) G_GNUC_CONST;

/* The GType of HearthAreaUnit (from the renderer), nicks "m2" and "sqft",
 * for the canvas's "unit" property. */
#define HEARTH_TYPE_CANVAS_AREA_UNIT (hearth_canvas_area_unit_get_type ())
GType hearth_canvas_area_unit_get_type (void) G_GNUC_CONST;

#define HEARTH_TYPE_CANVAS (hearth_canvas_get_type ())
G_DECLARE_FINAL_TYPE (HearthCanvas, hearth_canvas, HEARTH, CANVAS, GtkWidget)

GtkWidget        *hearth_canvas_new                (HearthDocument   *document);

HearthDocument   *hearth_canvas_get_document       (HearthCanvas     *self);
void              hearth_canvas_set_document       (HearthCanvas     *self,
                                                    HearthDocument   *document);
HearthViewport   *hearth_canvas_get_viewport       (HearthCanvas     *self);

HearthCanvasTool  hearth_canvas_get_tool           (HearthCanvas     *self);
/* Cancels anything half drawn with the previous tool. */
void              hearth_canvas_set_tool           (HearthCanvas     *self,
                                                    HearthCanvasTool  tool);
gint64            hearth_canvas_get_grid_step      (HearthCanvas     *self);
void              hearth_canvas_set_grid_step      (HearthCanvas     *self,
                                                    gint64            grid_step_mm);
HearthAreaUnit    hearth_canvas_get_unit           (HearthCanvas     *self);
void              hearth_canvas_set_unit           (HearthCanvas     *self,
                                                    HearthAreaUnit    unit);
gboolean          hearth_canvas_get_snap_to_grid   (HearthCanvas     *self);
void              hearth_canvas_set_snap_to_grid   (HearthCanvas     *self,
                                                    gboolean          snap);
gboolean          hearth_canvas_get_snap_to_rooms  (HearthCanvas     *self);
void              hearth_canvas_set_snap_to_rooms  (HearthCanvas     *self,
                                                    gboolean          snap);

/* Scale and offset so the current floor fills the widget. */
/* While TRUE, the rectangle and polygon tools draw an area of low ceiling
 * (under 1.5 m) inside the selected room instead of a new room. */
gboolean          hearth_canvas_get_draw_low_ceiling (HearthCanvas   *self);
void              hearth_canvas_set_draw_low_ceiling (HearthCanvas   *self,
                                                      gboolean        draw_low_ceiling);
/* Rooms to outline by their most severe finding: room id (string) →
 * GINT_TO_POINTER (HearthSeverity + 1), as HearthPlanStyle.flagged; may be
 * NULL. The canvas keeps a reference. */
void              hearth_canvas_set_flagged        (HearthCanvas     *self,
                                                    GHashTable       *flagged);
void              hearth_canvas_zoom_fit           (HearthCanvas     *self);
/* The default scale, centred on the current floor. */
void              hearth_canvas_zoom_reset         (HearthCanvas     *self);

/* The pointer, in plan millimetres, as the gestures report it: the
 * gesture callbacks convert pixels to millimetres and call these, so tests
 * drive the same code without synthesising events. Motion without a press
 * is hovering. */
void              hearth_canvas_tool_press         (HearthCanvas     *self,
                                                    double            x_mm,
                                                    double            y_mm,
                                                    GdkModifierType   state);
void              hearth_canvas_tool_motion        (HearthCanvas     *self,
                                                    double            x_mm,
                                                    double            y_mm,
                                                    GdkModifierType   state);
void              hearth_canvas_tool_release       (HearthCanvas     *self,
                                                    double            x_mm,
                                                    double            y_mm,
                                                    GdkModifierType   state);
/* A second click: inserts a corner on an edge of the selected room, or
 * closes the polygon being drawn. */
void              hearth_canvas_tool_double_click  (HearthCanvas     *self,
                                                    double            x_mm,
                                                    double            y_mm);
/* Text typed while drawing a wall or a rectangle: "3.2", "320cm",
 * "10ft 6in", "3.2 x 2.9". Ignored (FALSE) when no length can be typed. */
gboolean          hearth_canvas_type_text          (HearthCanvas     *self,
                                                    const char       *text);
/* Enter: places the typed length, or closes the polygon. FALSE when
 * there was nothing to do or the text was not understood. */
gboolean          hearth_canvas_activate_entry     (HearthCanvas     *self);
/* A person dropped at (@x_mm, @y_mm) (what the drop target calls, with
 * the string's HEARTH_PERSON_DRAG_PREFIX taken off): records that they
 * sleep in the room there on the floor shown, as one undo step, and
 * selects nothing. FALSE, changing nothing, when no room is there or
 * nobody has that id. */
gboolean          hearth_canvas_drop_person        (HearthCanvas     *self,
                                                    const char       *person_id,
                                                    double            x_mm,
                                                    double            y_mm);

G_END_DECLS
