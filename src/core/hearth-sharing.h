/* hearth-sharing.h: is the sharing checklist complete and consistent?
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Working Together 2023 (reference §6.2): findings are shared with every
 * holder of parental responsibility, resident or not, unless that would put
 * the child at risk or jeopardise a police investigation; the reason for
 * withholding is recorded.
 */
#pragma once

#include "hearth-assessment.h"

G_BEGIN_DECLS

typedef enum {
  /* A holder of PR with no row, or a row still "not assessed". */
  HEARTH_SHARING_NOT_CONSIDERED,
  /* "Not safe to share" with no reason given. */
  HEARTH_SHARING_NO_REASON,
  /* Reason "other" with no note saying what. */
  HEARTH_SHARING_NO_NOTE,
  /* Safe to share, but no date or way of sharing recorded yet. */
  HEARTH_SHARING_NOT_SHARED_YET,
  /* A row for someone without parental responsibility. */
  HEARTH_SHARING_NOT_PR,
} HearthSharingProblemKind;

typedef struct {
  HearthSharingProblemKind kind;
  char                    *person;   /* person id */
  char                    *message;  /* names the person, says what to do */
} HearthSharingProblem;

void       hearth_sharing_problem_free (HearthSharingProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthSharingProblem, hearth_sharing_problem_free)

/* Every problem, in household order. Returns HearthSharingProblem. */
GPtrArray *hearth_sharing_check        (HearthAssessment     *assessment);

/* The holders of parental responsibility who have no row or are "not
 * assessed": who has not been considered yet. Returns HearthPerson
 * (borrowed). */
GPtrArray *hearth_sharing_not_considered (HearthAssessment   *assessment);

G_END_DECLS
