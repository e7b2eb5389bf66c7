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
G_DECLARE_FINAL_TYPE (HearthCasePanel, hearth_case_panel, HEARTH, CASE_PANEL, GtkWidget)

/* Property "document": the document whose case is shown (may be NULL).
 * Every change is one undoable edit; typed values apply on Enter or when
 * focus leaves the field. */

GtkWidget      *hearth_case_panel_new          (HearthDocument  *document);
HearthDocument *hearth_case_panel_get_document (HearthCasePanel *self);
void            hearth_case_panel_set_document (HearthCasePanel *self,
                                                HearthDocument  *document);

/* Dates as caseworkers type them, shared with the sharing panel. (Pure
 * functions: they belong in core's hearth-units.h once someone owns that.)
 *
 * Accepts exactly "YYYY-MM-DD" or "D/M/YYYY" (day and month of one or two
 * digits), surrounding spaces ignored, for a day that exists between 1900
 * and 2199; anything else fails with HEARTH_DATE_ENTRY_ERROR and a message
 * for the caseworker. @date is cleared on failure. */
#define HEARTH_DATE_ENTRY_ERROR (hearth_date_entry_error_quark ())

typedef enum {
  HEARTH_DATE_ENTRY_ERROR_EMPTY,
  HEARTH_DATE_ENTRY_ERROR_FORMAT,
  HEARTH_DATE_ENTRY_ERROR_NO_SUCH_DAY,
} HearthDateEntryError;

GQuark          hearth_date_entry_error_quark  (void);
gboolean        hearth_date_entry_parse        (const char      *text,
                                                GDate           *date,
                                                GError         **error);
/* "16/11/2026": how a date is shown in a field; "" for an invalid date. */
char           *hearth_date_entry_format       (const GDate     *date);
/* "16 November 2026": how a date is shown in a sentence. */
char           *hearth_date_entry_format_long  (const GDate     *date);

G_END_DECLS
