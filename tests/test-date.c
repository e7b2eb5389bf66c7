/* test-date.c: dates as caseworkers type them and read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hearth-date.h"
#include "hearth-test-utils.h"

typedef struct {
  const char *name;
  const char *text;
  guint       day;     /* 0: refused */
  guint       month;
  guint       year;
  int         code;
} DateCase;

static const DateCase date_cases[] = {
  { "iso", "2027-03-02", 2, 3, 2027, -1 },
  { "uk", "16/11/2026", 16, 11, 2026, -1 },
  { "uk-short", "2/3/2027", 2, 3, 2027, -1 },
  { "spaces", "  1/1/2000 ", 1, 1, 2000, -1 },
  { "leap-day", "29/02/2028", 29, 2, 2028, -1 },
  { "empty", "", 0, 0, 0, HEARTH_DATE_ERROR_EMPTY },
  { "blank", "   ", 0, 0, 0, HEARTH_DATE_ERROR_EMPTY },
  { "feb-30", "30/02/2027", 0, 0, 0, HEARTH_DATE_ERROR_NO_SUCH_DAY },
  { "not-leap", "29/02/2027", 0, 0, 0, HEARTH_DATE_ERROR_NO_SUCH_DAY },
  { "month-13", "2026-13-01", 0, 0, 0, HEARTH_DATE_ERROR_NO_SUCH_DAY },
  { "day-0", "0/1/2026", 0, 0, 0, HEARTH_DATE_ERROR_NO_SUCH_DAY },
  { "year-1800", "1/1/1800", 0, 0, 0, HEARTH_DATE_ERROR_NO_SUCH_DAY },
  { "two-digit-year", "2/3/27", 0, 0, 0, HEARTH_DATE_ERROR_FORMAT },
  { "iso-short", "2027-3-2", 0, 0, 0, HEARTH_DATE_ERROR_FORMAT },
  { "dashes-uk", "02-03-2027", 0, 0, 0, HEARTH_DATE_ERROR_FORMAT },
  { "dots", "02.03.2027", 0, 0, 0, HEARTH_DATE_ERROR_FORMAT },
  { "trailing", "2/3/2027x", 0, 0, 0, HEARTH_DATE_ERROR_FORMAT },
  { "words", "2 March 2027", 0, 0, 0, HEARTH_DATE_ERROR_FORMAT },
  { "three-digit-day", "002/3/2027", 0, 0, 0, HEARTH_DATE_ERROR_FORMAT },
  { "year-1900", "1/1/1900", 1, 1, 1900, -1 },
  { "year-2199", "2199-12-31", 31, 12, 2199, -1 },
  { "year-2200", "1/1/2200", 0, 0, 0, HEARTH_DATE_ERROR_NO_SUCH_DAY },
};

static void
test_date_parse (gconstpointer data)
{
  const DateCase *c = data;
  g_autoptr(GError) error = NULL;
  GDate date;

  if (c->day == 0)
    {
      g_assert_false (hearth_date_parse_entry (c->text, &date, &error));
      g_assert_error (error, HEARTH_DATE_ERROR, c->code);
      g_assert_false (g_date_valid (&date));
    }
  else
    {
      g_assert_true (hearth_date_parse_entry (c->text, &date, &error));
      g_assert_no_error (error);
      g_assert_true (g_date_valid (&date));
      g_assert_cmpuint (g_date_get_day (&date), ==, c->day);
      g_assert_cmpuint (g_date_get_month (&date), ==, c->month);
      g_assert_cmpuint (g_date_get_year (&date), ==, c->year);
    }
}

static void
test_date_format (void)
{
  g_autofree char *short_text = NULL;
  g_autofree char *long_text = NULL;
  g_autofree char *none = NULL;
  GDate date;

  g_date_clear (&date, 1);
  none = hearth_date_format_entry (&date);
  g_assert_cmpstr (none, ==, "");

  g_date_set_dmy (&date, 2, G_DATE_MARCH, 2027);
  short_text = hearth_date_format_entry (&date);
  long_text = hearth_date_format_long (&date);
  g_assert_cmpstr (short_text, ==, "02/03/2027");
  g_assert_cmpstr (long_text, ==, "2 March 2027");
}

static void
test_date_format_short (void)
{
  g_autofree char *none = NULL;
  g_autofree char *text = NULL;
  GDate date;

  g_date_clear (&date, 1);
  none = hearth_date_format_entry_short (&date);
  g_assert_cmpstr (none, ==, "");

  g_date_set_dmy (&date, 2, G_DATE_MARCH, 2027);
  text = hearth_date_format_entry_short (&date);
  g_assert_cmpstr (text, ==, "2/3/2027");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_CASES ("/date-entry/parse", date_cases, test_date_parse);
  g_test_add_func ("/date-entry/format", test_date_format);
  g_test_add_func ("/date-entry/format-short", test_date_format_short);

  return g_test_run ();
}
