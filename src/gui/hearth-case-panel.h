/* hearth-case-panel.h: the case details: reference, address, visit date,
 * assessor, HMO licence, plan and next review, and the assessment's notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-document.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CASE_PANEL (hearth_case_panel_get_type ())
G_DECLARE_FINAL_TYPE (HearthCasePanel, hearth_case_panel, HEARTH, CASE_PANEL, AdwBin)

/* Property "document": the document whose case is shown (may be NULL).
 * Every change is one undoable edit; typed values apply on Enter or when
 * focus leaves the field. */

GtkWidget      *hearth_case_panel_new          (HearthDocument  *document);
HearthDocument *hearth_case_panel_get_document (HearthCasePanel *self);
void            hearth_case_panel_set_document (HearthCasePanel *self,
                                                HearthDocument  *document);

G_END_DECLS
