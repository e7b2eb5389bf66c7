/* hearth-person.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hearth-person.h"

struct _HearthPerson
{
  GObject    parent_instance;

  char      *id;
  char      *name;
  HearthSex  sex;
  GDate      born;       /* invalid when unknown */
  int        stated_age; /* HEARTH_AGE_UNKNOWN when not given */
  gboolean   resident;
  gboolean   parental_responsibility;
  char      *sleeps_in;
};

G_DEFINE_FINAL_TYPE (HearthPerson, hearth_person, G_TYPE_OBJECT)

/* Dates */

void
hearth_date_of_age (const GDate *born,
                    int          age,
                    GDate       *out)
{
  GDateYear year;
  GDateMonth month;
  GDateDay day;

  g_return_if_fail (born != NULL && g_date_valid (born));
  g_return_if_fail (out != NULL);
  g_return_if_fail (age >= 0);

  year = g_date_get_year (born) + age;
  month = g_date_get_month (born);
  day = g_date_get_day (born);

  g_date_clear (out, 1);
  if (month == G_DATE_FEBRUARY && day == 29 && !g_date_is_leap_year (year))
    g_date_set_dmy (out, 1, G_DATE_MARCH, year);
  else
    g_date_set_dmy (out, day, month, year);
}

int
hearth_age_on (const GDate *born,
               const GDate *date)
{
  GDate birthday;
  int age;

  g_return_val_if_fail (born != NULL && g_date_valid (born), HEARTH_AGE_UNKNOWN);
  g_return_val_if_fail (date != NULL && g_date_valid (date), HEARTH_AGE_UNKNOWN);

  if (g_date_compare (born, date) > 0)
    return HEARTH_AGE_UNKNOWN;

  age = (int) g_date_get_year (date) - (int) g_date_get_year (born);
  hearth_date_of_age (born, age, &birthday);
  if (g_date_compare (date, &birthday) < 0)
    age--;

  return age;
}

/* GObject */

static void
hearth_person_finalize (GObject *object)
{
  HearthPerson *self = (HearthPerson *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->sleeps_in, g_free);

  G_OBJECT_CLASS (hearth_person_parent_class)->finalize (object);
}

static void
hearth_person_class_init (HearthPersonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_person_finalize;
}

static void
hearth_person_init (HearthPerson *self)
{
  g_date_clear (&self->born, 1);
  self->stated_age = HEARTH_AGE_UNKNOWN;
  self->resident = TRUE;
}

/* Public API */

HearthPerson *
hearth_person_new (const char *id,
                   const char *name)
{
  HearthPerson *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_PERSON, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name ? name : "");
  return self;
}

const char *
hearth_person_get_id (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);
  return self->id;
}

const char *
hearth_person_get_name (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);
  return self->name;
}

void
hearth_person_set_name (HearthPerson *self,
                        const char   *name)
{
  g_return_if_fail (HEARTH_IS_PERSON (self));
  g_free (self->name);
  self->name = g_strdup (name ? name : "");
}

HearthSex
hearth_person_get_sex (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), HEARTH_SEX_NOT_RECORDED);
  return self->sex;
}

void
hearth_person_set_sex (HearthPerson *self,
                       HearthSex     sex)
{
  g_return_if_fail (HEARTH_IS_PERSON (self));
  self->sex = sex;
}

const GDate *
hearth_person_get_born (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);
  return g_date_valid (&self->born) ? &self->born : NULL;
}

void
hearth_person_set_born (HearthPerson *self,
                        const GDate  *born)
{
  g_return_if_fail (HEARTH_IS_PERSON (self));

  if (born != NULL && g_date_valid (born))
    self->born = *born;
  else
    g_date_clear (&self->born, 1);
}

int
hearth_person_get_stated_age (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), HEARTH_AGE_UNKNOWN);
  return self->stated_age;
}

void
hearth_person_set_stated_age (HearthPerson *self,
                              int           age)
{
  g_return_if_fail (HEARTH_IS_PERSON (self));
  self->stated_age = age < 0 ? HEARTH_AGE_UNKNOWN : age;
}

gboolean
hearth_person_get_resident (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), FALSE);
  return self->resident;
}

void
hearth_person_set_resident (HearthPerson *self,
                            gboolean      resident)
{
  g_return_if_fail (HEARTH_IS_PERSON (self));
  self->resident = !!resident;
}

gboolean
hearth_person_get_parental_responsibility (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), FALSE);
  return self->parental_responsibility;
}

void
hearth_person_set_parental_responsibility (HearthPerson *self,
                                           gboolean      pr)
{
  g_return_if_fail (HEARTH_IS_PERSON (self));
  self->parental_responsibility = !!pr;
}

const char *
hearth_person_get_sleeps_in (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);
  return self->sleeps_in;
}

void
hearth_person_set_sleeps_in (HearthPerson *self,
                             const char   *room_id)
{
  g_return_if_fail (HEARTH_IS_PERSON (self));
  g_free (self->sleeps_in);
  self->sleeps_in = (room_id && *room_id) ? g_strdup (room_id) : NULL;
}

int
hearth_person_get_age_on (HearthPerson *self,
                          const GDate  *date)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), HEARTH_AGE_UNKNOWN);

  if (g_date_valid (&self->born))
    return (date && g_date_valid (date)) ? hearth_age_on (&self->born, date) : HEARTH_AGE_UNKNOWN;

  return self->stated_age;
}

gboolean
hearth_person_get_date_of_age (HearthPerson *self,
                               int           age,
                               GDate        *out)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), FALSE);

  if (!g_date_valid (&self->born))
    return FALSE;

  hearth_date_of_age (&self->born, age, out);
  return TRUE;
}

HearthPerson *
hearth_person_copy (HearthPerson *self)
{
  HearthPerson *copy;

  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  copy = hearth_person_new (self->id, self->name);
  hearth_person_assign (copy, self);
  return copy;
}

void
hearth_person_assign (HearthPerson *self,
                      HearthPerson *from)
{
  g_return_if_fail (HEARTH_IS_PERSON (self));
  g_return_if_fail (HEARTH_IS_PERSON (from));

  if (self == from)
    return;

  hearth_person_set_name (self, from->name);
  self->sex = from->sex;
  self->born = from->born;
  self->stated_age = from->stated_age;
  self->resident = from->resident;
  self->parental_responsibility = from->parental_responsibility;
  hearth_person_set_sleeps_in (self, from->sleeps_in);
}

/* Every field, the id too; two unknown dates of birth are equal. */
gboolean
hearth_person_equal (HearthPerson *a,
                     HearthPerson *b)
{
  gboolean a_born, b_born;

  g_return_val_if_fail (HEARTH_IS_PERSON (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_PERSON (b), FALSE);

  a_born = g_date_valid (&a->born);
  b_born = g_date_valid (&b->born);

  return g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->name, b->name) == 0 &&
         a->sex == b->sex &&
         a_born == b_born &&
         (!a_born || g_date_compare (&a->born, &b->born) == 0) &&
         a->stated_age == b->stated_age &&
         a->resident == b->resident &&
         a->parental_responsibility == b->parental_responsibility &&
         g_strcmp0 (a->sleeps_in, b->sleeps_in) == 0;
}
