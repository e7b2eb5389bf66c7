/* hearth-assessment.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hearth-assessment.h"

struct _HearthAssessment
{
  GObject    parent_instance;

  char      *reference;
  char      *address;
  char      *assessor;
  GDate      visit_date;
  gboolean   licensed_hmo;
  char      *notes;

  GPtrArray *floors;     /* HearthFloor */
  GPtrArray *persons;    /* HearthPerson */
  GPtrArray *couples;    /* HearthCouple */
  GPtrArray *hazards;    /* HearthHazard */
  GPtrArray *recipients; /* HearthRecipient */
};

G_DEFINE_FINAL_TYPE (HearthAssessment, hearth_assessment, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_BOXED_TYPE (HearthCouple, hearth_couple, hearth_couple_copy, hearth_couple_free)
G_DEFINE_BOXED_TYPE (HearthRecipient, hearth_recipient, hearth_recipient_copy, hearth_recipient_free)

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

/* GObject */

static void
hearth_assessment_finalize (GObject *object)
{
  HearthAssessment *self = (HearthAssessment *) object;

  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->assessor, g_free);
  g_clear_pointer (&self->notes, g_free);
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
