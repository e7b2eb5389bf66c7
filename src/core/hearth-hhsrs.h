/* hearth-hhsrs.h: HHSRS reference data, and the evidence for hazard 11
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-assessment.h"
#include "hearth-rules.h"

G_BEGIN_DECLS

/* The four groups of Schedule 1 (reference §5.2): 0 A Physiological
 * requirements (1–10), 1 B Psychological requirements (11–14), 2 C
 * Protection against infection (15–18), 3 D Protection against accidents
 * (19–29). */
int          hearth_hhsrs_hazard_get_group   (int number);
const char  *hearth_hhsrs_group_get_name     (int group);   /* translated */

/* The 16 representative scale points of likelihood, 5600 down to 1
 * (reference §5.3 Table 1), and the range each stands for ("1 in 4200 to
 * 1 in 2400"). */
guint        hearth_hhsrs_get_n_likelihood_points (void);
int          hearth_hhsrs_get_likelihood_point    (guint index);
const char  *hearth_hhsrs_get_likelihood_range    (guint index);  /* translated */

/* One of the ten "relevant matters" for Crowding and space (reference
 * §5.4): a–j, its title, and what the plan and household show. */
typedef struct {
  char  letter;
  char *title;
  char *evidence;
} HearthRelevantMatter;

void       hearth_relevant_matter_free     (HearthRelevantMatter *matter);
/* The ten matters, a to j, with evidence filled in from the assessment:
 * living area (living rooms and their areas), kitchen area, personal
 * washing area, washing area door (not recorded: ask), sanitary
 * accommodation, its door, number of bedrooms against the bedroom
 * standard, bedroom size (each bedroom's countable area and who sleeps
 * there, under 70 sq ft called out), bedroom location (bedrooms off
 * circulation space: not recorded, except rooms used for sleeping that
 * are halls or landings), recreational space (not recorded). Numbers go
 * through hearth-units. @options may be NULL. */
GPtrArray *hearth_hhsrs_crowding_matters   (HearthAssessment        *assessment,
                                            const HearthRuleOptions *options);

G_END_DECLS
