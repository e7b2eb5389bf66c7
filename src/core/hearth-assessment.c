/* hearth-assessment.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hearth-assessment.h"

struct _HearthAssessment
{
  GObject         parent_instance;

  char           *reference;
  char           *address;
  char           *assessor;
  GDate           visit_date;
  gboolean        licensed_hmo;
  HearthPlanType  plan_type;
  GDate           next_review; /* invalid when not set */
  HearthReferral *referral;    /* never NULL */
  char           *notes;

  GPtrArray      *floors;      /* HearthFloor */
  GPtrArray      *persons;     /* HearthPerson */
  GPtrArray      *couples;     /* HearthCouple */
  GPtrArray      *hazards;     /* HearthHazard */
  GPtrArray      *recipients;  /* HearthRecipient */
};

G_DEFINE_FINAL_TYPE (HearthAssessment, hearth_assessment, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_BOXED_TYPE (HearthCouple, hearth_couple, hearth_couple_copy, hearth_couple_free)
G_DEFINE_BOXED_TYPE (HearthRecipient, hearth_recipient, hearth_recipient_copy, hearth_recipient_free)
G_DEFINE_BOXED_TYPE (HearthReferral, hearth_referral, hearth_referral_copy, hearth_referral_free)

/* Helpers */

/* Two dates, either of which may be invalid (not recorded), are the same. */
static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  gboolean a_valid = a != NULL && g_date_valid (a);
  gboolean b_valid = b != NULL && g_date_valid (b);

  if (a_valid != b_valid)
    return FALSE;
  return !a_valid || g_date_compare (a, b) == 0;
}

/* NULL and "" both mean "nothing written". */
static gboolean
texts_equal (const char *a,
             const char *b)
{
  return g_strcmp0 (a ? a : "", b ? b : "") == 0;
}

static char *
dup_text (const char *text)
{
  return (text && *text) ? g_strdup (text) : NULL;
}

/* Couples */

HearthCouple *
hearth_couple_new (const char *first,
                   const char *second)
{
  HearthCouple *couple;

  g_return_val_if_fail (first != NULL && second != NULL, NULL);

  couple = g_new0 (HearthCouple, 1);
  couple->first = g_strdup (first);
  couple->second = g_strdup (second);
  return couple;
}

HearthCouple *
hearth_couple_copy (const HearthCouple *couple)
{
  g_return_val_if_fail (couple != NULL, NULL);
  return hearth_couple_new (couple->first, couple->second);
}

void
hearth_couple_free (HearthCouple *couple)
{
  if (couple == NULL)
    return;
  g_free (couple->first);
  g_free (couple->second);
  g_free (couple);
}

/* Sharing checklist rows */

HearthRecipient *
hearth_recipient_new (const char *person)
{
  HearthRecipient *recipient;

  g_return_val_if_fail (person != NULL, NULL);

  recipient = g_new0 (HearthRecipient, 1);
  recipient->person = g_strdup (person);
  recipient->withhold_findings = g_new0 (char *, 1);
  g_date_clear (&recipient->shared_on, 1);
  return recipient;
}

HearthRecipient *
hearth_recipient_copy (const HearthRecipient *recipient)
{
  HearthRecipient *copy;

  g_return_val_if_fail (recipient != NULL, NULL);

  copy = g_memdup2 (recipient, sizeof *recipient);
  copy->person = g_strdup (recipient->person);
  copy->withheld_note = g_strdup (recipient->withheld_note);
  copy->withhold_findings = g_strdupv (recipient->withhold_findings);
  return copy;
}

void
hearth_recipient_free (HearthRecipient *recipient)
{
  if (recipient == NULL)
    return;
  g_free (recipient->person);
  g_free (recipient->withheld_note);
  g_strfreev (recipient->withhold_findings);
  g_free (recipient);
}

/* The referral to Housing */

HearthReferral *
hearth_referral_new (void)
{
  HearthReferral *referral = g_new0 (HearthReferral, 1);

  referral->status = HEARTH_REFERRAL_NOT_CONSIDERED;
  g_date_clear (&referral->made_on, 1);
  g_date_clear (&referral->reply_on, 1);
  return referral;
}

HearthReferral *
hearth_referral_copy (const HearthReferral *referral)
{
  HearthReferral *copy;

  g_return_val_if_fail (referral != NULL, NULL);

  copy = g_memdup2 (referral, sizeof *referral);
  copy->made_to = g_strdup (referral->made_to);
  copy->reply = g_strdup (referral->reply);
  copy->note = g_strdup (referral->note);
  return copy;
}

void
hearth_referral_free (HearthReferral *referral)
{
  if (referral == NULL)
    return;
  g_free (referral->made_to);
  g_free (referral->reply);
  g_free (referral->note);
  g_free (referral);
}

/* An empty text is the same as none, and any two invalid dates are the
 * same "not recorded". */
gboolean
hearth_referral_equal (const HearthReferral *a,
                       const HearthReferral *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->status == b->status &&
         dates_equal (&a->made_on, &b->made_on) &&
         texts_equal (a->made_to, b->made_to) &&
         dates_equal (&a->reply_on, &b->reply_on) &&
         texts_equal (a->reply, b->reply) &&
         texts_equal (a->note, b->note);
}

/* GObject */

static void
hearth_assessment_finalize (GObject *object)
{
  HearthAssessment *self = (HearthAssessment *) object;

  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->assessor, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->referral, hearth_referral_free);
  g_clear_pointer (&self->floors, g_ptr_array_unref);
  g_clear_pointer (&self->persons, g_ptr_array_unref);
  g_clear_pointer (&self->couples, g_ptr_array_unref);
  g_clear_pointer (&self->hazards, g_ptr_array_unref);
  g_clear_pointer (&self->recipients, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_assessment_parent_class)->finalize (object);
}

static void
hearth_assessment_class_init (HearthAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_assessment_finalize;

  /**
   * HearthAssessment::changed:
   *
   * Something in the assessment was edited.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
hearth_assessment_init (HearthAssessment *self)
{
  g_date_clear (&self->visit_date, 1);
  g_date_clear (&self->next_review, 1);
  self->referral = hearth_referral_new ();
  self->floors = g_ptr_array_new_with_free_func (g_object_unref);
  self->persons = g_ptr_array_new_with_free_func (g_object_unref);
  self->couples = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_couple_free);
  self->hazards = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_hazard_free);
  self->recipients = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_recipient_free);
}

/* Public API */

HearthAssessment *
hearth_assessment_new (void)
{
  return g_object_new (HEARTH_TYPE_ASSESSMENT, NULL);
}

#define STRING_ACCESSORS(field)                                        \
  const char *                                                         \
  hearth_assessment_get_##field (HearthAssessment *self)               \
  {                                                                    \
    g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);          \
    return self->field;                                                \
  }                                                                    \
                                                                       \
  void                                                                 \
  hearth_assessment_set_##field (HearthAssessment *self,               \
                                 const char       *value)              \
  {                                                                    \
    g_return_if_fail (HEARTH_IS_ASSESSMENT (self));                    \
    g_free (self->field);                                              \
    self->field = (value && *value) ? g_strdup (value) : NULL;         \
  }

STRING_ACCESSORS (reference)
STRING_ACCESSORS (address)
STRING_ACCESSORS (assessor)
STRING_ACCESSORS (notes)

const GDate *
hearth_assessment_get_visit_date (HearthAssessment *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);
  return &self->visit_date;
}

void
hearth_assessment_set_visit_date (HearthAssessment *self,
                                  const GDate      *date)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));

  if (date != NULL && g_date_valid (date))
    self->visit_date = *date;
  else
    g_date_clear (&self->visit_date, 1);
}

gboolean
hearth_assessment_get_licensed_hmo (HearthAssessment *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), FALSE);
  return self->licensed_hmo;
}

void
hearth_assessment_set_licensed_hmo (HearthAssessment *self,
                                    gboolean          hmo)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  self->licensed_hmo = !!hmo;
}

HearthPlanType
hearth_assessment_get_plan_type (HearthAssessment *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), HEARTH_PLAN_TYPE_NONE);
  return self->plan_type;
}

void
hearth_assessment_set_plan_type (HearthAssessment *self,
                                 HearthPlanType    type)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  g_return_if_fail (type >= HEARTH_PLAN_TYPE_NONE && type <= HEARTH_PLAN_TYPE_LOOKED_AFTER);
  self->plan_type = type;
}

const GDate *
hearth_assessment_get_next_review (HearthAssessment *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);
  return &self->next_review;
}

void
hearth_assessment_set_next_review (HearthAssessment *self,
                                   const GDate      *date)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));

  if (date != NULL && g_date_valid (date))
    self->next_review = *date;
  else
    g_date_clear (&self->next_review, 1);
}

const HearthReferral *
hearth_assessment_get_referral (HearthAssessment *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);
  return self->referral;
}

/* Empty texts are kept as NULL and invalid dates as cleared ones, as the
 * other setters do; NULL resets the referral to "not considered". */
void
hearth_assessment_set_referral (HearthAssessment     *self,
                                const HearthReferral *referral)
{
  HearthReferral *copy;

  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));

  if (referral == NULL)
    {
      hearth_referral_free (self->referral);
      self->referral = hearth_referral_new ();
      return;
    }

  g_return_if_fail (referral->status >= HEARTH_REFERRAL_NOT_CONSIDERED &&
                    referral->status <= HEARTH_REFERRAL_NOT_MADE);

  copy = hearth_referral_new ();
  copy->status = referral->status;
  if (g_date_valid (&referral->made_on))
    copy->made_on = referral->made_on;
  copy->made_to = dup_text (referral->made_to);
  if (g_date_valid (&referral->reply_on))
    copy->reply_on = referral->reply_on;
  copy->reply = dup_text (referral->reply);
  copy->note = dup_text (referral->note);

  /* @referral may be the one held here: free the old one last. */
  hearth_referral_free (self->referral);
  self->referral = copy;
}

GPtrArray *
hearth_assessment_get_floors (HearthAssessment *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);
  return self->floors;
}

GPtrArray *
hearth_assessment_get_persons (HearthAssessment *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);
  return self->persons;
}

GPtrArray *
hearth_assessment_get_couples (HearthAssessment *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);
  return self->couples;
}

GPtrArray *
hearth_assessment_get_hazards (HearthAssessment *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);
  return self->hazards;
}

GPtrArray *
hearth_assessment_get_recipients (HearthAssessment *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);
  return self->recipients;
}

void
hearth_assessment_add_floor (HearthAssessment *self,
                             HearthFloor      *floor)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  g_return_if_fail (HEARTH_IS_FLOOR (floor));
  g_ptr_array_add (self->floors, g_object_ref (floor));
}

void
hearth_assessment_add_person (HearthAssessment *self,
                              HearthPerson     *person)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  g_return_if_fail (HEARTH_IS_PERSON (person));
  g_ptr_array_add (self->persons, g_object_ref (person));
}

void
hearth_assessment_add_couple (HearthAssessment *self,
                              HearthCouple     *couple)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  g_return_if_fail (couple != NULL);
  g_ptr_array_add (self->couples, couple);
}

void
hearth_assessment_add_hazard (HearthAssessment *self,
                              HearthHazard     *hazard)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  g_return_if_fail (hazard != NULL);
  g_ptr_array_add (self->hazards, hazard);
}

void
hearth_assessment_add_recipient (HearthAssessment *self,
                                 HearthRecipient  *recipient)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  g_return_if_fail (recipient != NULL);
  g_ptr_array_add (self->recipients, recipient);
}

void
hearth_assessment_insert_person (HearthAssessment *self,
                                 guint             index,
                                 HearthPerson     *person)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  g_return_if_fail (HEARTH_IS_PERSON (person));
  g_return_if_fail (index <= self->persons->len);
  g_ptr_array_insert (self->persons, index, g_object_ref (person));
}

gboolean
hearth_assessment_remove_person (HearthAssessment *self,
                                 HearthPerson     *person)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), FALSE);
  return g_ptr_array_remove (self->persons, person);
}

void
hearth_assessment_insert_couple (HearthAssessment *self,
                                 guint             index,
                                 HearthCouple     *couple)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  g_return_if_fail (couple != NULL);
  g_return_if_fail (index <= self->couples->len);
  g_ptr_array_insert (self->couples, index, couple);
}

HearthCouple *
hearth_assessment_steal_couple (HearthAssessment *self,
                                guint             index)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (index < self->couples->len, NULL);
  return g_ptr_array_steal_index (self->couples, index);
}

void
hearth_assessment_insert_hazard (HearthAssessment *self,
                                 guint             index,
                                 HearthHazard     *hazard)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  g_return_if_fail (hazard != NULL);
  g_return_if_fail (index <= self->hazards->len);
  g_ptr_array_insert (self->hazards, index, hazard);
}

HearthHazard *
hearth_assessment_steal_hazard (HearthAssessment *self,
                                guint             index)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (index < self->hazards->len, NULL);
  return g_ptr_array_steal_index (self->hazards, index);
}

void
hearth_assessment_insert_recipient (HearthAssessment *self,
                                    guint             index,
                                    HearthRecipient  *recipient)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  g_return_if_fail (recipient != NULL);
  g_return_if_fail (index <= self->recipients->len);
  g_ptr_array_insert (self->recipients, index, recipient);
}

HearthRecipient *
hearth_assessment_steal_recipient (HearthAssessment *self,
                                   guint             index)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (index < self->recipients->len, NULL);
  return g_ptr_array_steal_index (self->recipients, index);
}

HearthCouple *
hearth_assessment_find_couple (HearthAssessment *self,
                               const char       *person_id,
                               guint            *index)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);

  if (person_id == NULL)
    return NULL;

  for (guint i = 0; i < self->couples->len; i++)
    {
      HearthCouple *couple = g_ptr_array_index (self->couples, i);

      if (g_str_equal (couple->first, person_id) || g_str_equal (couple->second, person_id))
        {
          if (index != NULL)
            *index = i;
          return couple;
        }
    }

  return NULL;
}

HearthRecipient *
hearth_assessment_find_recipient (HearthAssessment *self,
                                  const char       *person_id,
                                  guint            *index)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);

  if (person_id == NULL)
    return NULL;

  for (guint i = 0; i < self->recipients->len; i++)
    {
      HearthRecipient *recipient = g_ptr_array_index (self->recipients, i);

      if (g_str_equal (recipient->person, person_id))
        {
          if (index != NULL)
            *index = i;
          return recipient;
        }
    }

  return NULL;
}

void
hearth_assessment_insert_floor (HearthAssessment *self,
                                guint             index,
                                HearthFloor      *floor)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  g_return_if_fail (HEARTH_IS_FLOOR (floor));
  g_return_if_fail (index <= self->floors->len);
  g_ptr_array_insert (self->floors, index, g_object_ref (floor));
}

gboolean
hearth_assessment_remove_floor (HearthAssessment *self,
                                HearthFloor      *floor)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), FALSE);
  return g_ptr_array_remove (self->floors, floor);
}

void
hearth_assessment_changed (HearthAssessment *self)
{
  g_return_if_fail (HEARTH_IS_ASSESSMENT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
id_in_use (HearthAssessment *self,
           const char       *id)
{
  if (hearth_assessment_find_person (self, id) || hearth_assessment_find_room (self, id, NULL))
    return TRUE;

  for (guint i = 0; i < self->floors->len; i++)
    if (g_str_equal (hearth_floor_get_id (g_ptr_array_index (self->floors, i)), id))
      return TRUE;

  return FALSE;
}

char *
hearth_assessment_new_id (HearthAssessment *self,
                          const char       *prefix)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (prefix != NULL, NULL);

  for (guint n = 1; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, n);

      if (!id_in_use (self, id))
        return g_steal_pointer (&id);
    }
}

HearthRoom *
hearth_assessment_find_room (HearthAssessment  *self,
                             const char        *id,
                             HearthFloor      **floor)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);

  if (id == NULL)
    return NULL;

  for (guint i = 0; i < self->floors->len; i++)
    {
      HearthFloor *f = g_ptr_array_index (self->floors, i);

      for (guint j = 0; j < hearth_floor_get_n_rooms (f); j++)
        {
          HearthRoom *room = hearth_floor_get_room (f, j);

          if (g_strcmp0 (hearth_room_get_id (room), id) == 0)
            {
              if (floor != NULL)
                *floor = f;
              return room;
            }
        }
    }

  return NULL;
}

HearthPerson *
hearth_assessment_find_person (HearthAssessment *self,
                               const char       *id)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), NULL);

  for (guint i = 0; i < self->persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (self->persons, i);

      if (g_strcmp0 (hearth_person_get_id (person), id) == 0)
        return person;
    }

  return NULL;
}

guint
hearth_assessment_get_n_rooms (HearthAssessment *self)
{
  guint n = 0;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (self), 0);

  for (guint i = 0; i < self->floors->len; i++)
    n += hearth_floor_get_n_rooms (g_ptr_array_index (self->floors, i));
  return n;
}
