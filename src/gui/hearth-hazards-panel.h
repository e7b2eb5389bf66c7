/* hearth-hazards-panel.h: the HHSRS hazards the caseworker records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-document.h"
#include "hearth-rules.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_HAZARDS_PANEL (hearth_hazards_panel_get_type ())
G_DECLARE_FINAL_TYPE (HearthHazardsPanel, hearth_hazards_panel, HEARTH, HAZARDS_PANEL, AdwBin)

/* Property "document" (may be NULL). Each recorded hazard is a row that
 * opens into its form; "Record a Hazard…" opens an empty one. Saving,
 * recording and removing are one undoable edit each. */

GtkWidget      *hearth_hazards_panel_new              (HearthDocument          *document);
HearthDocument *hearth_hazards_panel_get_document     (HearthHazardsPanel      *self);
void            hearth_hazards_panel_set_document     (HearthHazardsPanel      *self,
                                                       HearthDocument          *document);
/* The readings used for the evidence for hazard 11 (copied; NULL for the
 * defaults), as for the findings. */
void            hearth_hazards_panel_set_rule_options (HearthHazardsPanel      *self,
                                                       const HearthRuleOptions *options);

G_END_DECLS
