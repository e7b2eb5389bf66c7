/* hearth-sharing.c: is the sharing checklist complete and consistent?
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Working Together 2023 (reference §6.2): every holder of parental
 * responsibility, resident or not, is considered; findings are shared with
 * them unless that would put the child at risk or jeopardise a police
 * investigation, and the reason for withholding is recorded. The check
 * walks the household in order, so problems come out in the order the
 * people are listed; rows for people no longer in the household come last.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-sharing.h"

/* Helpers */

static const char *
person_name (HearthPerson *person)
{
  const char *name = hearth_person_get_name (person);

  return (name && *name) ? name : hearth_person_get_id (person);
}

/* The first row for @person_id, or NULL. */
static HearthRecipient *
find_row (GPtrArray  *recipients,
          const char *person_id)
{
  for (guint i = 0; i < recipients->len; i++)
    {
      HearthRecipient *r = g_ptr_array_index (recipients, i);

      if (g_strcmp0 (r->person, person_id) == 0)
        return r;
    }
  return NULL;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
not_considered (HearthPerson    *person,
                HearthRecipient *row)
{
  return hearth_person_get_parental_responsibility (person)
         && (row == NULL || row->safe_to_share == HEARTH_SAFE_TO_SHARE_NOT_ASSESSED);
}

static void G_GNUC_PRINTF (4, 5)
add_problem (GPtrArray                *problems,
             HearthSharingProblemKind  kind,
             const char               *person_id,
             const char               *format,
             ...)
{
  HearthSharingProblem *problem = g_new0 (HearthSharingProblem, 1);
  va_list args;

  problem->kind = kind;
  problem->person = g_strdup (person_id);
  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (problems, problem);
}

/* The problem with one holder of parental responsibility, if any. */
static void
check_holder (GPtrArray       *problems,
              HearthPerson    *person,
              HearthRecipient *row)
{
  const char *id = hearth_person_get_id (person);
  const char *name = person_name (person);

  if (not_considered (person, row))
    {
      add_problem (problems, HEARTH_SHARING_NOT_CONSIDERED, id,
                   /* Translators: %s is a person's name */
                   _("Sharing with %s has not been considered yet. "
                     "Decide whether the findings can be shared with them."),
                   name);
      return;
    }

  switch (row->safe_to_share)
    {
    case HEARTH_SAFE_TO_SHARE_NO:
      if (row->withheld_reason == HEARTH_WITHHELD_REASON_NONE)
        add_problem (problems, HEARTH_SHARING_NO_REASON, id,
                     /* Translators: %s is a person's name */
                     _("Say why the findings are not shared with %s: "
                       "risk to the child, a police investigation, or another reason."),
                     name);
      else if (row->withheld_reason == HEARTH_WITHHELD_REASON_OTHER
               && is_blank (row->withheld_note))
        add_problem (problems, HEARTH_SHARING_NO_NOTE, id,
                     /* Translators: %s is a person's name */
                     _("Say what the other reason is for not sharing the findings with %s."),
                     name);
      break;

    case HEARTH_SAFE_TO_SHARE_YES:
      if (!g_date_valid (&row->shared_on) || row->method == HEARTH_SHARE_METHOD_NONE)
        add_problem (problems, HEARTH_SHARING_NOT_SHARED_YET, id,
                     /* Translators: %s is a person's name */
                     _("The findings can be shared with %s. "
                       "Record when and how they were shared."),
                     name);
      break;

    case HEARTH_SAFE_TO_SHARE_NOT_ASSESSED:
    default:
      break;
    }
}

/* Public API */

void
hearth_sharing_problem_free (HearthSharingProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->person);
  g_free (problem->message);
  g_free (problem);
}

GPtrArray *
hearth_sharing_check (HearthAssessment *assessment)
{
  GPtrArray *problems;
  GPtrArray *persons;
  GPtrArray *recipients;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_sharing_problem_free);
  persons = hearth_assessment_get_persons (assessment);
  recipients = hearth_assessment_get_recipients (assessment);

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      HearthRecipient *row = find_row (recipients, hearth_person_get_id (person));

      if (hearth_person_get_parental_responsibility (person))
        check_holder (problems, person, row);
      else if (row != NULL)
        add_problem (problems, HEARTH_SHARING_NOT_PR, hearth_person_get_id (person),
                     /* Translators: %s is a person's name */
                     _("%s is on the sharing checklist but is not recorded as having parental responsibility. "
                       "Remove the row, or record their parental responsibility."),
                     person_name (person));
    }

  /* A row left behind when someone was taken out of the household: the
   * file loader refuses these, but an edit in memory can leave one. */
  for (guint i = 0; i < recipients->len; i++)
    {
      HearthRecipient *r = g_ptr_array_index (recipients, i);

      if (hearth_assessment_find_person (assessment, r->person) == NULL)
        add_problem (problems, HEARTH_SHARING_NOT_PR, r->person,
                     /* Translators: %s is a person's id */
                     _("The sharing checklist has a row for “%s”, who is not in the household. "
                       "Remove the row."),
                     r->person);
    }

  return problems;
}

GPtrArray *
hearth_sharing_not_considered (HearthAssessment *assessment)
{
  GPtrArray *people;
  GPtrArray *persons;
  GPtrArray *recipients;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);

  people = g_ptr_array_new ();
  persons = hearth_assessment_get_persons (assessment);
  recipients = hearth_assessment_get_recipients (assessment);

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);

      if (not_considered (person, find_row (recipients, hearth_person_get_id (person))))
        g_ptr_array_add (people, person);
    }

  return people;
}
