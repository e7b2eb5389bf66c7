/* test-sharing.c: the sharing checklist against Working Together 2023
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case is one person and at most one row of the checklist; the
 * expected problem and message were written by hand from
 * ../shared/reference/housing-standards.md §6.2 and hearth-sharing.h.
 */

#include "config.h"

#include "hearth-file.h"
#include "hearth-sharing.h"
#include "hearth-test-utils.h"

#define NO_PROBLEM (-1)

typedef struct {
  const char           *name;
  gboolean              pr;
  gboolean              resident;
  gboolean              row;        /* has a row in the checklist */
  HearthSafeToShare     safe;
  HearthWithheldReason  reason;
  const char           *note;
  gboolean              dated;      /* shared_on set */
  HearthShareMethod     method;
  int                   kind;       /* HearthSharingProblemKind or NO_PROBLEM */
  const char           *message;
} Case;

static const Case cases[] = {
  { "shared-in-person", TRUE, TRUE, TRUE, HEARTH_SAFE_TO_SHARE_YES, HEARTH_WITHHELD_REASON_NONE,
    NULL, TRUE, HEARTH_SHARE_METHOD_IN_PERSON, NO_PROBLEM, NULL },
  { "shared-by-letter-away", TRUE, FALSE, TRUE, HEARTH_SAFE_TO_SHARE_YES, HEARTH_WITHHELD_REASON_NONE,
    NULL, TRUE, HEARTH_SHARE_METHOD_LETTER, NO_PROBLEM, NULL },
  { "no-row", TRUE, TRUE, FALSE, 0, 0, NULL, FALSE, 0,
    HEARTH_SHARING_NOT_CONSIDERED,
    "Sharing with Jo Smith has not been considered yet. Decide whether the findings can be shared with them." },
  { "no-row-away", TRUE, FALSE, FALSE, 0, 0, NULL, FALSE, 0,
    HEARTH_SHARING_NOT_CONSIDERED,
    "Sharing with Jo Smith has not been considered yet. Decide whether the findings can be shared with them." },
  { "not-assessed", TRUE, FALSE, TRUE, HEARTH_SAFE_TO_SHARE_NOT_ASSESSED, HEARTH_WITHHELD_REASON_NONE,
    NULL, FALSE, HEARTH_SHARE_METHOD_NONE, HEARTH_SHARING_NOT_CONSIDERED,
    "Sharing with Jo Smith has not been considered yet. Decide whether the findings can be shared with them." },
  { "not-safe-no-reason", TRUE, TRUE, TRUE, HEARTH_SAFE_TO_SHARE_NO, HEARTH_WITHHELD_REASON_NONE,
    NULL, FALSE, HEARTH_SHARE_METHOD_NONE, HEARTH_SHARING_NO_REASON,
    "Say why the findings are not shared with Jo Smith: risk to the child, a police investigation, or another reason." },
  { "not-safe-risk", TRUE, TRUE, TRUE, HEARTH_SAFE_TO_SHARE_NO, HEARTH_WITHHELD_REASON_RISK_TO_CHILD,
    NULL, FALSE, HEARTH_SHARE_METHOD_NONE, NO_PROBLEM, NULL },
  { "not-safe-police", TRUE, FALSE, TRUE, HEARTH_SAFE_TO_SHARE_NO, HEARTH_WITHHELD_REASON_POLICE_INVESTIGATION,
    NULL, FALSE, HEARTH_SHARE_METHOD_NONE, NO_PROBLEM, NULL },
  { "other-no-note", TRUE, TRUE, TRUE, HEARTH_SAFE_TO_SHARE_NO, HEARTH_WITHHELD_REASON_OTHER,
    NULL, FALSE, HEARTH_SHARE_METHOD_NONE, HEARTH_SHARING_NO_NOTE,
    "Say what the other reason is for not sharing the findings with Jo Smith." },
  { "other-empty-note", TRUE, TRUE, TRUE, HEARTH_SAFE_TO_SHARE_NO, HEARTH_WITHHELD_REASON_OTHER,
    "", FALSE, HEARTH_SHARE_METHOD_NONE, HEARTH_SHARING_NO_NOTE,
    "Say what the other reason is for not sharing the findings with Jo Smith." },
  { "other-blank-note", TRUE, TRUE, TRUE, HEARTH_SAFE_TO_SHARE_NO, HEARTH_WITHHELD_REASON_OTHER,
    " \n\t", FALSE, HEARTH_SHARE_METHOD_NONE, HEARTH_SHARING_NO_NOTE,
    "Say what the other reason is for not sharing the findings with Jo Smith." },
  { "other-with-note", TRUE, TRUE, TRUE, HEARTH_SAFE_TO_SHARE_NO, HEARTH_WITHHELD_REASON_OTHER,
    "Court order forbids contact", FALSE, HEARTH_SHARE_METHOD_NONE, NO_PROBLEM, NULL },
  { "safe-no-date", TRUE, TRUE, TRUE, HEARTH_SAFE_TO_SHARE_YES, HEARTH_WITHHELD_REASON_NONE,
    NULL, FALSE, HEARTH_SHARE_METHOD_IN_PERSON, HEARTH_SHARING_NOT_SHARED_YET,
    "The findings can be shared with Jo Smith. Record when and how they were shared." },
  { "safe-no-method", TRUE, FALSE, TRUE, HEARTH_SAFE_TO_SHARE_YES, HEARTH_WITHHELD_REASON_NONE,
    NULL, TRUE, HEARTH_SHARE_METHOD_NONE, HEARTH_SHARING_NOT_SHARED_YET,
    "The findings can be shared with Jo Smith. Record when and how they were shared." },
  { "safe-nothing-yet", TRUE, TRUE, TRUE, HEARTH_SAFE_TO_SHARE_YES, HEARTH_WITHHELD_REASON_NONE,
    NULL, FALSE, HEARTH_SHARE_METHOD_NONE, HEARTH_SHARING_NOT_SHARED_YET,
    "The findings can be shared with Jo Smith. Record when and how they were shared." },
  { "row-without-pr", FALSE, TRUE, TRUE, HEARTH_SAFE_TO_SHARE_YES, HEARTH_WITHHELD_REASON_NONE,
    NULL, TRUE, HEARTH_SHARE_METHOD_IN_PERSON, HEARTH_SHARING_NOT_PR,
    "Jo Smith is on the sharing checklist but is not recorded as having parental responsibility. "
    "Remove the row, or record their parental responsibility." },
  { "row-without-pr-not-assessed", FALSE, TRUE, TRUE, HEARTH_SAFE_TO_SHARE_NOT_ASSESSED, HEARTH_WITHHELD_REASON_NONE,
    NULL, FALSE, HEARTH_SHARE_METHOD_NONE, HEARTH_SHARING_NOT_PR,
    "Jo Smith is on the sharing checklist but is not recorded as having parental responsibility. "
    "Remove the row, or record their parental responsibility." },
  { "no-pr-no-row", FALSE, TRUE, FALSE, 0, 0, NULL, FALSE, 0, NO_PROBLEM, NULL },
};

static HearthPerson *
add_person (HearthAssessment *a,
            const char       *id,
            const char       *name,
            gboolean          pr,
            gboolean          resident)
{
  g_autoptr(HearthPerson) p = hearth_person_new (id, name);

  hearth_person_set_parental_responsibility (p, pr);
  hearth_person_set_resident (p, resident);
  hearth_assessment_add_person (a, p);
  return p;
}

static HearthRecipient *
add_row (HearthAssessment     *a,
         const char           *id,
         HearthSafeToShare     safe,
         HearthWithheldReason  reason,
         const char           *note,
         gboolean              dated,
         HearthShareMethod     method)
{
  HearthRecipient *r = hearth_recipient_new (id);

  r->details_known = TRUE;
  r->safe_to_share = safe;
  r->withheld_reason = reason;
  r->withheld_note = g_strdup (note);
  if (dated)
    g_date_set_dmy (&r->shared_on, 16, G_DATE_NOVEMBER, 2026);
  r->method = method;
  hearth_assessment_add_recipient (a, r);
  return r;
}

static HearthAssessment *
new_assessment (void)
{
  HearthAssessment *a = hearth_assessment_new ();
  GDate visit;

  g_date_clear (&visit, 1);
  g_date_set_dmy (&visit, 16, G_DATE_NOVEMBER, 2026);
  hearth_assessment_set_visit_date (a, &visit);
  return a;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(HearthAssessment) a = new_assessment ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) not_considered = NULL;
  HearthPerson *jo;

  jo = add_person (a, "jo", "Jo Smith", c->pr, c->resident);
  if (c->row)
    add_row (a, "jo", c->safe, c->reason, c->note, c->dated, c->method);

  problems = hearth_sharing_check (a);
  if (c->kind == NO_PROBLEM)
    g_assert_cmpuint (problems->len, ==, 0);
  else
    {
      HearthSharingProblem *p;

      g_assert_cmpuint (problems->len, ==, 1);
      p = g_ptr_array_index (problems, 0);
      g_assert_cmpint (p->kind, ==, c->kind);
      g_assert_cmpstr (p->person, ==, "jo");
      g_assert_cmpstr (p->message, ==, c->message);
    }

  not_considered = hearth_sharing_not_considered (a);
  if (c->kind == HEARTH_SHARING_NOT_CONSIDERED)
    {
      g_assert_cmpuint (not_considered->len, ==, 1);
      g_assert_true (g_ptr_array_index (not_considered, 0) == jo);
    }
  else
    g_assert_cmpuint (not_considered->len, ==, 0);
}

/* A person with no name is named by id. */
static void
test_unnamed (void)
{
  g_autoptr(HearthAssessment) a = new_assessment ();
  g_autoptr(GPtrArray) problems = NULL;
  HearthSharingProblem *p;

  add_person (a, "parent-2", "", TRUE, FALSE);
  problems = hearth_sharing_check (a);
  g_assert_cmpuint (problems->len, ==, 1);
  p = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (p->message, ==,
                   "Sharing with parent-2 has not been considered yet. Decide whether the findings can be shared with them.");
}

/* Problems follow the household, not the checklist; a row for someone no
 * longer in the household comes last. */
static void
test_order (void)
{
  g_autoptr(HearthAssessment) a = new_assessment ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) not_considered = NULL;
  HearthPerson *ann, *dev;
  static const struct {
    const char *person;
    int         kind;
  } expected[] = {
    { "ann", HEARTH_SHARING_NOT_CONSIDERED },
    { "bob", HEARTH_SHARING_NOT_PR },
    { "cat", HEARTH_SHARING_NO_REASON },
    { "dev", HEARTH_SHARING_NOT_CONSIDERED },
    { "eve", HEARTH_SHARING_NOT_SHARED_YET },
    { "gone", HEARTH_SHARING_NOT_PR },
  };

  ann = add_person (a, "ann", "Ann", TRUE, TRUE);      /* no row */
  add_person (a, "bob", "Bob", FALSE, TRUE);           /* row, no PR */
  add_person (a, "cat", "Cat", TRUE, FALSE);           /* not safe, no reason */
  dev = add_person (a, "dev", "Dev", TRUE, FALSE);     /* not assessed */
  add_person (a, "eve", "Eve", TRUE, TRUE);            /* safe, not shared */
  add_person (a, "fay", "Fay", TRUE, TRUE);            /* shared: fine */
  add_person (a, "gus", "Gus", FALSE, TRUE);           /* no PR, no row: fine */

  /* Rows in the reverse order. */
  add_row (a, "gone", HEARTH_SAFE_TO_SHARE_YES, HEARTH_WITHHELD_REASON_NONE, NULL, TRUE,
           HEARTH_SHARE_METHOD_EMAIL);
  add_row (a, "fay", HEARTH_SAFE_TO_SHARE_YES, HEARTH_WITHHELD_REASON_NONE, NULL, TRUE,
           HEARTH_SHARE_METHOD_MEETING);
  add_row (a, "eve", HEARTH_SAFE_TO_SHARE_YES, HEARTH_WITHHELD_REASON_NONE, NULL, FALSE,
           HEARTH_SHARE_METHOD_NONE);
  add_row (a, "dev", HEARTH_SAFE_TO_SHARE_NOT_ASSESSED, HEARTH_WITHHELD_REASON_NONE, NULL, FALSE,
           HEARTH_SHARE_METHOD_NONE);
  add_row (a, "cat", HEARTH_SAFE_TO_SHARE_NO, HEARTH_WITHHELD_REASON_NONE, NULL, FALSE,
           HEARTH_SHARE_METHOD_NONE);
  add_row (a, "bob", HEARTH_SAFE_TO_SHARE_YES, HEARTH_WITHHELD_REASON_NONE, NULL, TRUE,
           HEARTH_SHARE_METHOD_LETTER);

  problems = hearth_sharing_check (a);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      HearthSharingProblem *p = g_ptr_array_index (problems, i);

      g_assert_cmpstr (p->person, ==, expected[i].person);
      g_assert_cmpint (p->kind, ==, expected[i].kind);
    }
  g_assert_cmpstr (((HearthSharingProblem *) g_ptr_array_index (problems, 5))->message, ==,
                   "The sharing checklist has a row for “gone”, who is not in the household. Remove the row.");

  not_considered = hearth_sharing_not_considered (a);
  g_assert_cmpuint (not_considered->len, ==, 2);
  g_assert_true (g_ptr_array_index (not_considered, 0) == ann);
  g_assert_true (g_ptr_array_index (not_considered, 1) == dev);
}

static void
test_empty (void)
{
  g_autoptr(HearthAssessment) a = new_assessment ();
  g_autoptr(GPtrArray) problems = hearth_sharing_check (a);
  g_autoptr(GPtrArray) not_considered = hearth_sharing_not_considered (a);

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (not_considered->len, ==, 0);
}

/* The example: Joanne (PR, resident) was told in person on the visit day;
 * Daniel (PR, lives elsewhere) is "not assessed"; Mark lives there without
 * PR and has no row. */
static void
test_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("HEARTH_SOURCE_ROOT"), "data", "examples",
                                            "carter-household.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAssessment) a = hearth_assessment_load_from_file (file, NULL, &error);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) not_considered = NULL;
  HearthSharingProblem *p;

  g_assert_no_error (error);
  g_assert_nonnull (a);

  problems = hearth_sharing_check (a);
  g_assert_cmpuint (problems->len, ==, 1);
  p = g_ptr_array_index (problems, 0);
  g_assert_cmpint (p->kind, ==, HEARTH_SHARING_NOT_CONSIDERED);
  g_assert_cmpstr (p->person, ==, "daniel");
  g_assert_cmpstr (p->message, ==,
                   "Sharing with Daniel Carter has not been considered yet. Decide whether the findings can be shared with them.");

  not_considered = hearth_sharing_not_considered (a);
  g_assert_cmpuint (not_considered->len, ==, 1);
  g_assert_cmpstr (hearth_person_get_id (g_ptr_array_index (not_considered, 0)), ==, "daniel");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD_CASES ("/sharing/case", cases, test_case);
  g_test_add_func ("/sharing/unnamed", test_unnamed);
  g_test_add_func ("/sharing/order", test_order);
  g_test_add_func ("/sharing/empty", test_empty);
  g_test_add_func ("/sharing/example", test_example);

  return g_test_run ();
}
