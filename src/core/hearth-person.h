/* hearth-person.h: a member of the household, or a parent living elsewhere
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hearth-types.h"

G_BEGIN_DECLS

#define HEARTH_AGE_UNKNOWN (-1)

#define HEARTH_TYPE_PERSON (hearth_person_get_type ())
G_DECLARE_FINAL_TYPE (HearthPerson, hearth_person, HEARTH, PERSON, GObject)

HearthPerson *hearth_person_new                        (const char   *id,
                                                        const char   *name);
const char   *hearth_person_get_id                     (HearthPerson *self);
const char   *hearth_person_get_name                   (HearthPerson *self);
void          hearth_person_set_name                   (HearthPerson *self,
                                                        const char   *name);
HearthSex     hearth_person_get_sex                    (HearthPerson *self);
void          hearth_person_set_sex                    (HearthPerson *self,
                                                        HearthSex     sex);
/* The date of birth, or NULL when it is not known. */
const GDate  *hearth_person_get_born                   (HearthPerson *self);
void          hearth_person_set_born                   (HearthPerson *self,
                                                        const GDate  *born);
/* The age in whole years given when the date of birth is not known, or
 * HEARTH_AGE_UNKNOWN. Ignored when a date of birth is set. */
int           hearth_person_get_stated_age             (HearthPerson *self);
void          hearth_person_set_stated_age             (HearthPerson *self,
                                                        int           age);
gboolean      hearth_person_get_resident               (HearthPerson *self);
void          hearth_person_set_resident               (HearthPerson *self,
                                                        gboolean      resident);
gboolean      hearth_person_get_parental_responsibility (HearthPerson *self);
void          hearth_person_set_parental_responsibility (HearthPerson *self,
                                                         gboolean      pr);
/* The id of the room this person sleeps in, or NULL. */
const char   *hearth_person_get_sleeps_in              (HearthPerson *self);
void          hearth_person_set_sleeps_in              (HearthPerson *self,
                                                        const char   *room_id);

/* A detached copy with the same id, for editing and undo. */
HearthPerson *hearth_person_copy                       (HearthPerson *self);
/* Copies every field of @from except the id into @self. */
void          hearth_person_assign                     (HearthPerson *self,
                                                        HearthPerson *from);
gboolean      hearth_person_equal                      (HearthPerson *a,
                                                        HearthPerson *b);

/* Age in whole years on @date: from the date of birth when there is one
 * (someone born on 29 February has their birthday on 1 March in other
 * years), else the stated age, else HEARTH_AGE_UNKNOWN. */
int           hearth_person_get_age_on                 (HearthPerson *self,
                                                        const GDate  *date);
/* The date this person reaches @age, or FALSE when there is no date of birth. */
gboolean      hearth_person_get_date_of_age            (HearthPerson *self,
                                                        int           age,
                                                        GDate        *out);

/* Age in whole years at @date of someone born on @born. */
int           hearth_age_on                            (const GDate  *born,
                                                        const GDate  *date);
/* The day someone born on @born turns @age (29 February → 1 March). */
void          hearth_date_of_age                       (const GDate  *born,
                                                        int           age,
                                                        GDate        *out);

G_END_DECLS
