/* hearth-hazard.c: HHSRS scoring (reference §5.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Score = (10000·I + 1000·II + 300·III + 10·IV) / N for a likelihood of
 * 1 in N and spread percentages I–IV. With the spread in tenths of a per
 * cent and N in thousandths, score = W · 100 / L exactly, where
 * W = 10000·I₁₀ + 1000·II₁₀ + 300·III₁₀ + 10·IV₁₀ and L = N·1000; so a band
 * edge "score >= T" is the integer test W · 100 >= T · L.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-file.h"
#include "hearth-hazard.h"

G_DEFINE_BOXED_TYPE (HearthHazard, hearth_hazard, hearth_hazard_copy, hearth_hazard_free)

static const int class_weights[4] = { 10000, 1000, 300, 10 };

/* Lower edges of bands A–I; below the last is J. Half-open intervals:
 * a score of exactly 1000 is band C, 999.99 is band D. */
static const gint64 band_floors[] = { 5000, 2000, 1000, 500, 200, 100, 50, 20, 10 };

HearthHazard *
hearth_hazard_new (int number)
{
  HearthHazard *hazard = g_new0 (HearthHazard, 1);

  hazard->number = number;
  hazard->rooms = g_new0 (char *, 1);
  hazard->likelihood_milli = 1000;
  return hazard;
}

HearthHazard *
hearth_hazard_copy (const HearthHazard *hazard)
{
  HearthHazard *copy;

  g_return_val_if_fail (hazard != NULL, NULL);

  copy = g_memdup2 (hazard, sizeof *hazard);
  copy->rooms = g_strdupv (hazard->rooms);
  copy->notes = g_strdup (hazard->notes);
  return copy;
}

void
hearth_hazard_free (HearthHazard *hazard)
{
  if (hazard == NULL)
    return;
  g_strfreev (hazard->rooms);
  g_free (hazard->notes);
  g_free (hazard);
}

static gint64
weighted_spread (const HearthHazard *hazard)
{
  gint64 w = 0;

  for (guint i = 0; i < 4; i++)
    w += (gint64) class_weights[i] * hazard->spread_tenths[i];
  return w;
}

double
hearth_hazard_get_score (const HearthHazard *hazard)
{
  g_return_val_if_fail (hazard != NULL, 0.0);
  g_return_val_if_fail (hazard->likelihood_milli > 0, 0.0);

  return (double) weighted_spread (hazard) * 100.0 / (double) hazard->likelihood_milli;
}

HearthHhsrsBand
hearth_hazard_get_band (const HearthHazard *hazard)
{
  gint64 w100;

  g_return_val_if_fail (hazard != NULL, HEARTH_HHSRS_BAND_J);
  g_return_val_if_fail (hazard->likelihood_milli > 0, HEARTH_HHSRS_BAND_J);

  w100 = weighted_spread (hazard) * 100;
  for (guint i = 0; i < G_N_ELEMENTS (band_floors); i++)
    if (w100 >= band_floors[i] * hazard->likelihood_milli)
      return (HearthHhsrsBand) i;

  return HEARTH_HHSRS_BAND_J;
}

int
hearth_hazard_get_category (const HearthHazard *hazard)
{
  return hearth_hazard_get_band (hazard) <= HEARTH_HHSRS_BAND_C ? 1 : 2;
}

gboolean
hearth_hazard_validate (const HearthHazard  *hazard,
                        GError             **error)
{
  int sum = 0;

  g_return_val_if_fail (hazard != NULL, FALSE);

  if (hazard->number < 1 || hazard->number > HEARTH_N_HHSRS_HAZARDS)
    {
      g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_BAD_VALUE,
                   _("Hazard number %d does not exist: HHSRS hazards are numbered 1 to 29"),
                   hazard->number);
      return FALSE;
    }

  if (hazard->likelihood_milli < 1000)
    {
      g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_BAD_VALUE,
                   _("The likelihood of hazard %d must be 1 in 1 or less likely"),
                   hazard->number);
      return FALSE;
    }

  for (guint i = 0; i < 4; i++)
    {
      if (hazard->spread_tenths[i] < 0 || hazard->spread_tenths[i] > 1000)
        {
          g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_BAD_VALUE,
                       _("The spread of harm of hazard %d must be between 0 and 100 %% in each class"),
                       hazard->number);
          return FALSE;
        }
      sum += hazard->spread_tenths[i];
    }

  if (sum != 1000)
    {
      g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_BAD_VALUE,
                   _("The spread of harm of hazard %d adds up to %d.%d %%; classes I to IV must add up to 100 %%"),
                   hazard->number, sum / 10, sum % 10);
      return FALSE;
    }

  return TRUE;
}

char
hearth_hhsrs_band_to_char (HearthHhsrsBand band)
{
  g_return_val_if_fail (band <= HEARTH_HHSRS_BAND_J, '?');
  return (char) ('A' + band);
}

const char *
hearth_hhsrs_hazard_get_name (int number)
{
  /* Schedule 1 to the HHSRS (England) Regulations 2005 (reference §5.2). */
  static const char * const names[HEARTH_N_HHSRS_HAZARDS] = {
    N_("Damp and mould growth"),
    N_("Excess cold"),
    N_("Excess heat"),
    N_("Asbestos and MMF"),
    N_("Biocides"),
    N_("Carbon monoxide and fuel combustion products"),
    N_("Lead"),
    N_("Radiation"),
    N_("Uncombusted fuel gas"),
    N_("Volatile organic compounds"),
    N_("Crowding and space"),
    N_("Entry by intruders"),
    N_("Lighting"),
    N_("Noise"),
    N_("Domestic hygiene, pests and refuse"),
    N_("Food safety"),
    N_("Personal hygiene, sanitation and drainage"),
    N_("Water supply"),
    N_("Falls associated with baths etc"),
    N_("Falling on level surfaces etc"),
    N_("Falling on stairs etc"),
    N_("Falling between levels"),
    N_("Electrical hazards"),
    N_("Fire"),
    N_("Flames, hot surfaces etc"),
    N_("Collision and entrapment"),
    N_("Explosions"),
    N_("Position and operability of amenities etc"),
    N_("Structural collapse and falling elements"),
  };

  if (number < 1 || number > HEARTH_N_HHSRS_HAZARDS)
    return NULL;
  return _(names[number - 1]);
}
