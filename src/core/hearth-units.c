/* hearth-units.c: exact area thresholds and display of areas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Thresholds are decided in integers only (__int128, so any gint64 input is
 * safe). Displayed figures are truncated, never rounded up, also in integer
 * arithmetic, so that what a room shows agrees with how it is banded.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hearth-units.h"

typedef __int128 int128;

/* 1 sq ft = 92903.04 mm², so 2 sq ft in area2 terms is 185806.08 and
 * 100 area2 units of sq ft are 2 × 9290304. */
#define AREA2_PER_100_SQFT (2 * HEARTH_MM2_PER_100_SQFT)

/* 0.01 m² = 10000 mm² = 20000 area2. */
#define AREA2_PER_HUNDREDTH_M2 G_GINT64_CONSTANT (20000)

/* ------------------------------------------------------------------------- */
/* Thresholds                                                                */
/* ------------------------------------------------------------------------- */

gboolean
hearth_area2_at_least_sqft (gint64 area2,
                            gint64 sqft)
{
  /* area2 / 2 >= sqft × 92903.04  ⇔  area2 × 100 >= sqft × 2 × 9290304 */
  return (int128) area2 * 100 >= (int128) sqft * AREA2_PER_100_SQFT;
}

gboolean
hearth_area2_at_least_mm2 (gint64 area2,
                           gint64 mm2)
{
  return (int128) area2 >= (int128) mm2 * 2;
}

/* ------------------------------------------------------------------------- */
/* Conversions for display and drawing                                       */
/* ------------------------------------------------------------------------- */

double
hearth_area2_to_m2 (gint64 area2)
{
  return (double) area2 / 2e6;
}

double
hearth_area2_to_sqft (gint64 area2)
{
  return (double) area2 * 50.0 / (double) HEARTH_MM2_PER_100_SQFT;
}

/* ------------------------------------------------------------------------- */
/* Formatting                                                                */
/* ------------------------------------------------------------------------- */

/* "12.34" from 1234 hundredths. */
static char *
format_hundredths (gint64 hundredths)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d",
                          hundredths / 100, (int) (hundredths % 100));
}

static gint64
area2_to_hundredths_m2 (gint64 area2)
{
  return area2 / AREA2_PER_HUNDREDTH_M2;
}

static gint64
area2_to_hundredths_sqft (gint64 area2)
{
  /* (area2 / 2) / 929.0304 mm² per hundredth of a square foot. */
  return (gint64) (((int128) area2 * 10000) / AREA2_PER_100_SQFT);
}

char *
hearth_format_m2 (gint64 area2)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (area2 >= 0, NULL);

  number = format_hundredths (area2_to_hundredths_m2 (area2));

  /* Translators: an area in square metres; %s is a number such as "6.50" */
  return g_strdup_printf (_("%s m²"), number);
}

char *
hearth_format_sqft (gint64 area2)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (area2 >= 0, NULL);

  number = format_hundredths (area2_to_hundredths_sqft (area2));

  /* Translators: an area in square feet; %s is a number such as "69.96" */
  return g_strdup_printf (_("%s sq ft"), number);
}

char *
hearth_format_area (gint64 area2)
{
  g_autofree char *m2 = NULL;
  g_autofree char *sqft = NULL;

  g_return_val_if_fail (area2 >= 0, NULL);

  m2 = hearth_format_m2 (area2);
  sqft = hearth_format_sqft (area2);

  /* Translators: an area in metric then imperial units, such as
   * "6.50 m² (69.96 sq ft)"; use %1$s and %2$s to reorder */
  return g_strdup_printf (_("%s (%s)"), m2, sqft);
}

char *
hearth_format_length (double mm)
{
  g_autofree char *number = NULL;
  double cm;

  g_return_val_if_fail (isfinite (mm) && mm >= 0.0, NULL);

  /* Truncation is safe for computed widths too: a width between integer
   * corners that is a whole number of millimetres is cross / √L with L a
   * perfect square, which double arithmetic gives exactly. */
  cm = floor (mm / 10.0);
  cm = MIN (cm, (double) (G_MAXINT64 / 2));
  number = format_hundredths ((gint64) cm);

  /* Translators: a length in metres; %s is a number such as "2.15" */
  return g_strdup_printf (_("%s m"), number);
}
