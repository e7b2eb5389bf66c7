/* hearth-sharing-panel.h: the sharing checklist: who has parental
 * responsibility, and what was shared with each of them, when and how
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-document.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SHARING_PANEL (hearth_sharing_panel_get_type ())
G_DECLARE_FINAL_TYPE (HearthSharingPanel, hearth_sharing_panel, HEARTH, SHARING_PANEL, AdwBin)

/* Property "document": the document whose checklist is shown (may be
 * NULL). "At a glance" at the top lists who has not been considered yet
 * and what is missing (hearth_sharing_check()); below it one expander row
 * per holder of parental responsibility, resident or not. Every change is
 * one undoable edit of that holder's row (hearth_edit_set_recipient()). */

GtkWidget      *hearth_sharing_panel_new          (HearthDocument     *document);
HearthDocument *hearth_sharing_panel_get_document (HearthSharingPanel *self);
void            hearth_sharing_panel_set_document (HearthSharingPanel *self,
                                                   HearthDocument     *document);

G_END_DECLS
