/* hearth-findings-panel.h: what the rules find, and the referral to Housing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-document.h"
#include "hearth-rules.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FINDINGS_PANEL (hearth_findings_panel_get_type ())
G_DECLARE_FINAL_TYPE (HearthFindingsPanel, hearth_findings_panel, HEARTH, FINDINGS_PANEL, AdwBin)

/* Property "document" (may be NULL). The findings are worked out again
 * after every edit. Signal "show-rooms" (GStrv room ids): the caseworker
 * asked to see a finding's rooms on the plan. */

GtkWidget      *hearth_findings_panel_new              (HearthDocument          *document);
HearthDocument *hearth_findings_panel_get_document     (HearthFindingsPanel     *self);
void            hearth_findings_panel_set_document     (HearthFindingsPanel     *self,
                                                        HearthDocument          *document);
/* Copies @options; NULL for the defaults. */
void            hearth_findings_panel_set_rule_options (HearthFindingsPanel     *self,
                                                        const HearthRuleOptions *options);
/* The findings shown (HearthFinding, transfer none), or NULL without a
 * document. */
GPtrArray      *hearth_findings_panel_get_findings     (HearthFindingsPanel     *self);
guint           hearth_findings_panel_get_n_findings   (HearthFindingsPanel     *self);

G_END_DECLS
