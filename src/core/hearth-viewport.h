/* hearth-viewport.h: the view transform between plan millimetres and
 * widget pixels, GTK-free so it is tested without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * view = (plan − offset) × scale, on both axes (plan y grows downwards, as
 * on screen). Signal "changed" after any change of scale, offset or size.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HEARTH_VIEWPORT_DEFAULT_SCALE 0.1   /* px per mm: a 4 m wall is 400 px */
#define HEARTH_VIEWPORT_MIN_SCALE     0.005 /* a 100 m plot fits in 500 px */
#define HEARTH_VIEWPORT_MAX_SCALE     2.0   /* 1 mm is 2 px */

#define HEARTH_TYPE_VIEWPORT (hearth_viewport_get_type ())
G_DECLARE_FINAL_TYPE (HearthViewport, hearth_viewport, HEARTH, VIEWPORT, GObject)

HearthViewport *hearth_viewport_new            (void);

double   hearth_viewport_get_scale             (HearthViewport *self);
/* Clamped to [MIN_SCALE, MAX_SCALE]; keeps the offset. */
void     hearth_viewport_set_scale             (HearthViewport *self,
                                                double          scale);
/* The plan point at the widget's top-left corner, in mm. */
void     hearth_viewport_get_offset            (HearthViewport *self,
                                                double         *x,
                                                double         *y);
void     hearth_viewport_set_offset            (HearthViewport *self,
                                                double          x,
                                                double          y);
/* The widget's size in px. */
void     hearth_viewport_set_size              (HearthViewport *self,
                                                double          width,
                                                double          height);
void     hearth_viewport_get_size              (HearthViewport *self,
                                                double         *width,
                                                double         *height);

void     hearth_viewport_plan_to_view          (HearthViewport *self,
                                                double          plan_x,
                                                double          plan_y,
                                                double         *view_x,
                                                double         *view_y);
void     hearth_viewport_view_to_plan          (HearthViewport *self,
                                                double          view_x,
                                                double          view_y,
                                                double         *plan_x,
                                                double         *plan_y);

/* Multiplies the scale by @factor (clamped) keeping the plan point under
 * (@anchor_x, @anchor_y) px where it is. */
void     hearth_viewport_zoom_at               (HearthViewport *self,
                                                double          factor,
                                                double          anchor_x,
                                                double          anchor_y);
/* Zoom in or out one step (×1.25 / ÷1.25) about the widget's centre. */
void     hearth_viewport_zoom_in               (HearthViewport *self);
void     hearth_viewport_zoom_out              (HearthViewport *self);
/* Moves the view by (@dx, @dy) px: the plan follows the pointer. */
void     hearth_viewport_pan                   (HearthViewport *self,
                                                double          dx,
                                                double          dy);
/* Scale and offset so that the box (mm) fills the widget less @margin px
 * on every side, centred. An empty box centres the origin at the default
 * scale. */
void     hearth_viewport_fit                   (HearthViewport *self,
                                                gint64          min_x,
                                                gint64          min_y,
                                                gint64          max_x,
                                                gint64          max_y,
                                                double          margin);

/* Grid lines for the current scale: the minor step is the smallest of
 * @base_mm × 1, 2, 5, 10, 20, 50, 100 … that is at least @min_px apart on
 * screen; the major step is 10 × the minor step. */
void     hearth_viewport_get_grid_steps        (HearthViewport *self,
                                                gint64          base_mm,
                                                double          min_px,
                                                gint64         *minor_mm,
                                                gint64         *major_mm);

G_END_DECLS
