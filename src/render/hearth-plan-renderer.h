/* hearth-plan-renderer.h: draws one floor of a plan with cairo and Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one drawing of a plan: the canvas calls it in its snapshot, the PDF
 * export and PNG thumbnails will call it on their own surfaces. No GTK.
 */
#pragma once

#include <cairo.h>

#include "hearth-assessment.h"
#include "hearth-viewport.h"

G_BEGIN_DECLS

typedef enum {
  HEARTH_AREA_UNIT_M2,
  HEARTH_AREA_UNIT_SQFT,
} HearthAreaUnit;

typedef struct {
  HearthAssessment *assessment;   /* for who sleeps where, and the visit date */
  HearthFloor      *floor;        /* the floor to draw */
  HearthFloor      *floor_below;  /* drawn faintly underneath, or NULL */
  HearthViewport   *viewport;     /* plan → surface transform; its size is the surface's */
  HearthRoom       *selected;     /* drawn highlighted, with its wall lengths, or NULL */
  HearthRoom       *skip;         /* not drawn (being dragged, drawn apart), or NULL */
  GHashTable       *flagged;      /* room id → GINT_TO_POINTER (HearthSeverity + 1): coloured outline; or NULL */
  HearthAreaUnit    unit;         /* labels in m² or sq ft (the other in brackets) */
  gint64            grid_step_mm; /* 0: no grid */
  gboolean          scale_bar;
  gboolean          dark;         /* colours for a dark theme */
  const char       *font;         /* Pango font description, e.g. "Cantarell 10"; NULL for "Sans 10" */
} HearthPlanStyle;

void hearth_plan_style_init (HearthPlanStyle *style);

/* Draws the background, grid, floor below, rooms (fill by use, outline,
 * name and area at the centroid, occupants' initials and ages), the
 * selected room's wall lengths and the scale bar. */
void hearth_plan_render      (const HearthPlanStyle *style,
                              cairo_t               *cr);

/* Draws one room as the canvas does (for a room being dragged). */
void hearth_plan_render_room (const HearthPlanStyle *style,
                              cairo_t               *cr,
                              HearthRoom            *room);

G_END_DECLS
