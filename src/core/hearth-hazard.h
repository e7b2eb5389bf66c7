/* hearth-hazard.h: a recorded HHSRS hazard and its score
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Numbers are kept exactly: the likelihood "1 in N" in thousandths of N
 * (1 in 7.5 is 7500) and the spread of harm in tenths of a per cent
 * (31.6 % is 316; the four classes sum to 1000).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HEARTH_N_HHSRS_HAZARDS 29

typedef struct {
  int     number;          /* 1–29 */
  GStrv   rooms;           /* room ids, may be empty */
  gint64  likelihood_milli; /* N × 1000 in "1 in N", > 0 */
  int     spread_tenths[4]; /* classes I–IV */
  char   *notes;
} HearthHazard;

typedef enum {
  HEARTH_HHSRS_BAND_A, HEARTH_HHSRS_BAND_B, HEARTH_HHSRS_BAND_C,
  HEARTH_HHSRS_BAND_D, HEARTH_HHSRS_BAND_E, HEARTH_HHSRS_BAND_F,
  HEARTH_HHSRS_BAND_G, HEARTH_HHSRS_BAND_H, HEARTH_HHSRS_BAND_I,
  HEARTH_HHSRS_BAND_J,
} HearthHhsrsBand;

#define HEARTH_TYPE_HAZARD (hearth_hazard_get_type ())
GType          hearth_hazard_get_type          (void) G_GNUC_CONST;
HearthHazard  *hearth_hazard_new               (int                 number);
HearthHazard  *hearth_hazard_copy              (const HearthHazard *hazard);
void           hearth_hazard_free              (HearthHazard       *hazard);
/* The score as a double, for display only. */
double         hearth_hazard_get_score         (const HearthHazard *hazard);
/* The band, decided exactly by half-open intervals (J < 10 <= I < 20 ...). */
HearthHhsrsBand hearth_hazard_get_band         (const HearthHazard *hazard);
/* Category 1 for bands A–C (score 1000 or more). */
int            hearth_hazard_get_category      (const HearthHazard *hazard);
/* FALSE with a message when the spread does not sum to 100 % or a number is
 * out of range. */
gboolean       hearth_hazard_validate          (const HearthHazard *hazard,
                                                GError            **error);

char           hearth_hhsrs_band_to_char       (HearthHhsrsBand     band);
/* The hazard's name from Schedule 1 (translated), or NULL out of range. */
const char    *hearth_hhsrs_hazard_get_name    (int                 number);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthHazard, hearth_hazard_free)

G_END_DECLS
