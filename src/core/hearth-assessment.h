/* hearth-assessment.h: one home visit: the case, the plan, the household,
 * the hazards recorded and what was shared with whom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-floor.h"
#include "hearth-hazard.h"
#include "hearth-person.h"

G_BEGIN_DECLS

typedef struct {
  char *first;   /* person ids */
  char *second;
} HearthCouple;

#define HEARTH_TYPE_COUPLE (hearth_couple_get_type ())
GType         hearth_couple_get_type (void) G_GNUC_CONST;
HearthCouple *hearth_couple_new      (const char         *first,
                                      const char         *second);
HearthCouple *hearth_couple_copy     (const HearthCouple *couple);
void          hearth_couple_free     (HearthCouple       *couple);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthCouple, hearth_couple_free)

/* One row of the sharing checklist: a holder of parental responsibility. */
typedef struct {
  char                 *person;          /* person id */
  gboolean              details_known;
  HearthSafeToShare     safe_to_share;
  HearthWithheldReason  withheld_reason;
  char                 *withheld_note;   /* free text, may be NULL */
  gboolean              withhold_address;
  gboolean              withhold_residents;
  GStrv                 withhold_findings; /* rule ids, may be empty */
  GDate                 shared_on;       /* invalid when not shared */
  HearthShareMethod     method;
  gboolean              in_plan;
  gboolean              review_invite;
} HearthRecipient;

#define HEARTH_TYPE_RECIPIENT (hearth_recipient_get_type ())
GType            hearth_recipient_get_type (void) G_GNUC_CONST;
HearthRecipient *hearth_recipient_new      (const char            *person);
HearthRecipient *hearth_recipient_copy     (const HearthRecipient *recipient);
void             hearth_recipient_free     (HearthRecipient       *recipient);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthRecipient, hearth_recipient_free)

/* The referral to Housing for an HHSRS assessment. */
typedef struct {
  HearthReferralStatus status;
  GDate                made_on;   /* invalid when not recorded */
  char                *made_to;   /* team or officer, may be NULL */
  GDate                reply_on;  /* invalid when no reply yet */
  char                *reply;     /* what Housing said, may be NULL */
  char                *note;      /* why not made, or anything else; may be NULL */
} HearthReferral;

#define HEARTH_TYPE_REFERRAL (hearth_referral_get_type ())
GType           hearth_referral_get_type (void) G_GNUC_CONST;
HearthReferral *hearth_referral_new      (void);
HearthReferral *hearth_referral_copy     (const HearthReferral *referral);
void            hearth_referral_free     (HearthReferral       *referral);
gboolean        hearth_referral_equal    (const HearthReferral *a,
                                          const HearthReferral *b);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthReferral, hearth_referral_free)

#define HEARTH_TYPE_ASSESSMENT (hearth_assessment_get_type ())
G_DECLARE_FINAL_TYPE (HearthAssessment, hearth_assessment, HEARTH, ASSESSMENT, GObject)

HearthAssessment *hearth_assessment_new             (void);

const char   *hearth_assessment_get_reference       (HearthAssessment *self);
void          hearth_assessment_set_reference       (HearthAssessment *self,
                                                     const char       *reference);
const char   *hearth_assessment_get_address         (HearthAssessment *self);
void          hearth_assessment_set_address         (HearthAssessment *self,
                                                     const char       *address);
const char   *hearth_assessment_get_assessor        (HearthAssessment *self);
void          hearth_assessment_set_assessor        (HearthAssessment *self,
                                                     const char       *assessor);
/* The visit date; ages are computed on it. May be invalid (not recorded). */
const GDate  *hearth_assessment_get_visit_date      (HearthAssessment *self);
void          hearth_assessment_set_visit_date      (HearthAssessment *self,
                                                     const GDate      *date);
gboolean      hearth_assessment_get_licensed_hmo    (HearthAssessment *self);
void          hearth_assessment_set_licensed_hmo    (HearthAssessment *self,
                                                     gboolean          hmo);
HearthPlanType hearth_assessment_get_plan_type      (HearthAssessment *self);
void          hearth_assessment_set_plan_type       (HearthAssessment *self,
                                                     HearthPlanType    type);
/* The next review meeting; may be invalid (not set). */
const GDate  *hearth_assessment_get_next_review     (HearthAssessment *self);
void          hearth_assessment_set_next_review     (HearthAssessment *self,
                                                     const GDate      *date);
const HearthReferral *hearth_assessment_get_referral (HearthAssessment *self);
/* Copies @referral. */
void          hearth_assessment_set_referral        (HearthAssessment *self,
                                                     const HearthReferral *referral);
const char   *hearth_assessment_get_notes           (HearthAssessment *self);
void          hearth_assessment_set_notes           (HearthAssessment *self,
                                                     const char       *notes);

/* The containers are owned by the assessment; callers may read them and add
 * or remove through the functions below. */
GPtrArray    *hearth_assessment_get_floors          (HearthAssessment *self); /* HearthFloor */
GPtrArray    *hearth_assessment_get_persons         (HearthAssessment *self); /* HearthPerson */
GPtrArray    *hearth_assessment_get_couples         (HearthAssessment *self); /* HearthCouple */
GPtrArray    *hearth_assessment_get_hazards         (HearthAssessment *self); /* HearthHazard */
GPtrArray    *hearth_assessment_get_recipients      (HearthAssessment *self); /* HearthRecipient */

void          hearth_assessment_add_floor           (HearthAssessment *self,
                                                     HearthFloor      *floor);
void          hearth_assessment_add_person          (HearthAssessment *self,
                                                     HearthPerson     *person);
/* These take ownership. */
void          hearth_assessment_add_couple          (HearthAssessment *self,
                                                     HearthCouple     *couple);
void          hearth_assessment_add_hazard          (HearthAssessment *self,
                                                     HearthHazard     *hazard);
void          hearth_assessment_add_recipient       (HearthAssessment *self,
                                                     HearthRecipient  *recipient);

/* Positional insert and remove, for undo. Removing returns what was there
 * (transfer full). */
void          hearth_assessment_insert_person       (HearthAssessment *self,
                                                     guint             index,
                                                     HearthPerson     *person);
gboolean      hearth_assessment_remove_person       (HearthAssessment *self,
                                                     HearthPerson     *person);
void          hearth_assessment_insert_couple       (HearthAssessment *self,
                                                     guint             index,
                                                     HearthCouple     *couple);
HearthCouple *hearth_assessment_steal_couple        (HearthAssessment *self,
                                                     guint             index);
void          hearth_assessment_insert_hazard       (HearthAssessment *self,
                                                     guint             index,
                                                     HearthHazard     *hazard);
HearthHazard *hearth_assessment_steal_hazard        (HearthAssessment *self,
                                                     guint             index);
void          hearth_assessment_insert_recipient    (HearthAssessment *self,
                                                     guint             index,
                                                     HearthRecipient  *recipient);
HearthRecipient *hearth_assessment_steal_recipient  (HearthAssessment *self,
                                                     guint             index);
/* The couple @person_id is in, or NULL; and the sharing row for them. */
HearthCouple *hearth_assessment_find_couple         (HearthAssessment *self,
                                                     const char       *person_id,
                                                     guint            *index);
HearthRecipient *hearth_assessment_find_recipient   (HearthAssessment *self,
                                                     const char       *person_id,
                                                     guint            *index);

/* Inserts @floor at @index (≤ the number of floors). */
void          hearth_assessment_insert_floor        (HearthAssessment *self,
                                                     guint             index,
                                                     HearthFloor      *floor);
gboolean      hearth_assessment_remove_floor        (HearthAssessment *self,
                                                     HearthFloor      *floor);

/* Emits "changed": every edit ends with it, so views can update. */
void          hearth_assessment_changed             (HearthAssessment *self);

/* An id no person, floor or room uses yet: "@prefix-N". */
char         *hearth_assessment_new_id              (HearthAssessment *self,
                                                     const char       *prefix);

/* Linear look-ups; the rules build their own indexes. */
HearthRoom   *hearth_assessment_find_room           (HearthAssessment *self,
                                                     const char       *id,
                                                     HearthFloor     **floor);
HearthPerson *hearth_assessment_find_person         (HearthAssessment *self,
                                                     const char       *id);
guint         hearth_assessment_get_n_rooms         (HearthAssessment *self);

G_END_DECLS
