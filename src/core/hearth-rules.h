/* hearth-rules.h: the legal standards, as a pure function from an
 * assessment to findings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-assessment.h"

G_BEGIN_DECLS

/* Where the law is unclear (reference §1.2, §1.3, §3.1), the reading is a
 * choice; the defaults are the readings that protect the child or that the
 * reference recommends, and every finding that depends on one says which. */
typedef struct {
  /* Which low ceilings take floor out of the Housing Act 1985 area
   * (default: under 1.5 m). HMO and NDSS checks always use under 1.5 m. */
  HearthHeadroomRule headroom_rule;
  /* Count kitchens as sleeping accommodation (a CLG-derived summary says so;
   * default FALSE: only a kitchen marked usable as a living room counts). */
  gboolean           kitchens_count;
  /* Count rooms under 50 sq ft for the room standard (the statute sets no
   * size; default FALSE: a box room is not "of a type normally used as a
   * bedroom", which finds a breach sooner). */
  gboolean           small_rooms_count;
  /* Bedroom-standard pairing (default optimal, the minimum need). */
  HearthPairing      pairing;
} HearthRuleOptions;

void hearth_rule_options_init (HearthRuleOptions *options);

typedef struct {
  const char     *rule;      /* stable rule id, e.g. "small-bedroom" */
  HearthSeverity  severity;
  GStrv           rooms;     /* room ids */
  GStrv           persons;   /* person ids */
  char           *message;   /* one or two sentences with the numbers */
  const char     *citation;  /* the legal source */
  char           *reading;   /* which reading of an unclear point was used, or NULL */
  /* For "upcoming-change": the rule that will apply, and from when. */
  const char     *upcoming_rule;
  GDate           effective;
} HearthFinding;

#define HEARTH_TYPE_FINDING (hearth_finding_get_type ())
GType          hearth_finding_get_type (void) G_GNUC_CONST;
HearthFinding *hearth_finding_copy     (const HearthFinding *finding);
void           hearth_finding_free     (HearthFinding       *finding);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthFinding, hearth_finding_free)

/* All findings on the visit date, most severe first, then in the order of
 * the plan. @options may be NULL for the defaults. Returns HearthFinding. */
GPtrArray  *hearth_check                 (HearthAssessment        *assessment,
                                          const HearthRuleOptions *options);

/* The ids of every rule, and a short title for each (translated). */
const char * const *hearth_rule_get_ids  (void);
const char *hearth_rule_get_title        (const char              *rule);
/* The legal source of a rule (translated), as its findings cite it. */
const char *hearth_rule_get_citation     (const char              *rule);

/* Whether any finding is a breach or a hazard. */
gboolean    hearth_findings_need_action  (GPtrArray               *findings);

G_END_DECLS
