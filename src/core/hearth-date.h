/* hearth-date.h: dates as caseworkers type them and read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HEARTH_DATE_ERROR (hearth_date_error_quark ())

typedef enum {
  HEARTH_DATE_ERROR_EMPTY,
  HEARTH_DATE_ERROR_FORMAT,
  HEARTH_DATE_ERROR_NO_SUCH_DAY,
} HearthDateError;

GQuark    hearth_date_error_quark         (void);

/* Accepts exactly "YYYY-MM-DD" or "D/M/YYYY" (day and month of one or two
 * digits), surrounding spaces ignored, for a day that exists between 1900
 * and 2199; anything else fails with HEARTH_DATE_ERROR and a message for
 * the caseworker. @out is cleared on failure. Callers that have rules of
 * their own (an empty field, a date of birth after the visit) check them
 * around this. */
gboolean  hearth_date_parse_entry         (const char  *text,
                                           GDate       *out,
                                           GError     **error);

/* "16/11/2026": how a date is shown in a field; "" for an invalid date. */
char     *hearth_date_format_entry        (const GDate *date);
/* "2/3/2027": the same without leading zeros on the day and month; ""
 * for an invalid date. */
char     *hearth_date_format_entry_short  (const GDate *date);
/* "16 November 2026": how a date is shown in a sentence; "" for an
 * invalid date. */
char     *hearth_date_format_long         (const GDate *date);

G_END_DECLS
