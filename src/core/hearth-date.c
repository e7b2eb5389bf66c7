/* hearth-date.c: dates as caseworkers type them and read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hearth-date.h"

G_DEFINE_QUARK (hearth-date-error-quark, hearth_date_error)

/* Reads exactly @n_digits digits, or one or two when @n_digits is 0. */
static gboolean
read_number (const char **p,
             guint        n_digits,
             guint       *value)
{
  guint n = 0;

  *value = 0;
  while (g_ascii_isdigit ((*p)[n]) && n < (n_digits > 0 ? n_digits : 2))
    {
      *value = *value * 10 + (guint) ((*p)[n] - '0');
      n++;
    }

  if (n == 0 || (n_digits > 0 && n != n_digits))
    return FALSE;

  *p += n;
  return TRUE;
}

gboolean
hearth_date_parse_entry (const char  *text,
                         GDate       *out,
                         GError     **error)
{
  g_autofree char *stripped = NULL;
  const char *p;
  guint day, month, year;
  gboolean parsed;

  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_date_clear (out, 1);
  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  p = stripped;

  if (*p == '\0')
    {
      g_set_error_literal (error, HEARTH_DATE_ERROR, HEARTH_DATE_ERROR_EMPTY,
                           _("Enter a date, e.g. 16/11/2026."));
      return FALSE;
    }

  if (strlen (p) == 10 && p[4] == '-')
    /* YYYY-MM-DD */
    parsed = read_number (&p, 4, &year) && *p++ == '-' &&
             read_number (&p, 2, &month) && *p++ == '-' &&
             read_number (&p, 2, &day) && *p == '\0';
  else
    /* D/M/YYYY */
    parsed = read_number (&p, 0, &day) && *p++ == '/' &&
             read_number (&p, 0, &month) && *p++ == '/' &&
             read_number (&p, 4, &year) && *p == '\0';

  if (!parsed)
    {
      g_set_error (error, HEARTH_DATE_ERROR, HEARTH_DATE_ERROR_FORMAT,
                   /* Translators: %s is what was typed */
                   _("“%s” is not a date. Type it as day/month/year, e.g. 16/11/2026."),
                   stripped);
      return FALSE;
    }

  if (year < 1900 || year > 2199 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, HEARTH_DATE_ERROR, HEARTH_DATE_ERROR_NO_SUCH_DAY,
                   /* Translators: %s is what was typed, e.g. “30/02/2027” */
                   _("There is no such day as “%s”. Check the day, month and year."),
                   stripped);
      return FALSE;
    }

  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* Day/month/year, with or without leading zeros on the day and month. */
static char *
format_entry (const GDate *date,
              gboolean     padded)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  return g_strdup_printf (padded ? "%02u/%02u/%04u" : "%u/%u/%04u",
                          (guint) g_date_get_day (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_year (date));
}

char *
hearth_date_format_entry (const GDate *date)
{
  return format_entry (date, TRUE);
}

char *
hearth_date_format_entry_short (const GDate *date)
{
  return format_entry (date, FALSE);
}

char *
hearth_date_format_long (const GDate *date)
{
  g_autoptr(GDateTime) time = NULL;

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 12, 0, 0);

  /* Translators: a date in a sentence, e.g. “16 November 2026”; see
   * g_date_time_format() for the codes */
  return g_date_time_format (time, _("%-d %B %Y"));
}
