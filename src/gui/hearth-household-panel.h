/* hearth-household-panel.h: who lives in the household, and who sleeps where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-document.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_HOUSEHOLD_PANEL (hearth_household_panel_get_type ())
G_DECLARE_FINAL_TYPE (HearthHouseholdPanel, hearth_household_panel, HEARTH, HOUSEHOLD_PANEL, AdwBin)

/* Property "document": the document whose household is shown (may be
 * NULL). Widget actions: "household.add-person" (a resident, its row
 * opened with the name ready to type), "household.add-parent-elsewhere"
 * (a parent with parental responsibility who lives elsewhere),
 * "household.remove-person" (s: the person's id). Signal "person-removed"
 * (const char *name): someone was removed, so the window can offer Undo.
 *
 * Each person row is a drag source offering HEARTH_PERSON_DRAG_PREFIX and
 * the person's id as a string, which the plan accepts on a room. */

GtkWidget      *hearth_household_panel_new          (HearthDocument       *document);
HearthDocument *hearth_household_panel_get_document (HearthHouseholdPanel *self);
void            hearth_household_panel_set_document (HearthHouseholdPanel *self,
                                                     HearthDocument       *document);

G_END_DECLS
