/* test-household-edit.c: the edits to the case, the household, the hazards,
 * the sharing checklist and the referral, each undone and redone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit is tested on one household (see fixture_new()), described as
 * strings; every expected string below is written out by hand.
 */

#include <glib.h>
#include <string.h>

#include "hearth-edit.h"
#include "hearth-test-utils.h"
#include "hearth-undo-stack.h"

/* ------------------------------------------------------------------------- */
/* The household                                                             */
/* ------------------------------------------------------------------------- */

/* Case CIN-2026-0417, visited 16 November 2026 by Priya Shah, on a child in
 * need plan reviewed next on 20 January 2027; the referral to Housing not
 * considered yet.
 *
 *   First floor:  Bedroom 1 (bed1), an unnamed bedroom (bed2), Box room (box)
 *   Ground floor: Lounge (lounge)
 *
 * People, in order:
 *   joanne  Joanne Carter  female, born 1988-05-21, resident, PR, bed1
 *   mark    Mark Hughes    male, stated age 38, resident, PR, bed1
 *   daniel  Daniel Carter  male, born 1984-01-30, away, PR
 *   sue     Sue Carter     female, away
 *   amy     Amy Carter     female, born 2015-02-08, resident, box
 *   leo     Leo Carter     male, born 2013-07-14, resident, bed2
 *   nan     Nan Hughes     female, stated age 67, away, PR
 *   pop     Pop Hughes     male, away
 *   kim     Kim Patel      sex not recorded, away
 *   lee     Lee Patel      sex not recorded, away
 *
 * Couples: daniel+sue, joanne+mark, nan+pop.
 * Sharing rows: joanne (yes, in person on 2026-11-16), mark (not assessed),
 * daniel (no: risk to the child).
 * Hazards: 11 in bed1 and box, 1 in 100, 10.0/10.0/31.6/48.4 %; 1 in bed2,
 * 1 in 56, 0/1.0/10.0/89.0 %; 22 in no room, 1 in 320, all class IV. */

static GDate
make_date (int year,
           int month,
           int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

static void
add_room (HearthFloor   *floor,
          const char    *id,
          const char    *name,
          HearthRoomUse  use,
          gint64         x)
{
  g_autoptr(HearthRoom) room = hearth_room_new (id, name, use,
                                                hearth_polygon_new_rectangle (x, 0, 3000, 3000));

  hearth_floor_add_room (floor, room);
}

static HearthPerson *
add_person (HearthAssessment *assessment,
            const char       *id,
            const char       *name,
            HearthSex         sex,
            gboolean          resident,
            gboolean          pr,
            const char       *sleeps_in)
{
  g_autoptr(HearthPerson) person = hearth_person_new (id, name);

  hearth_person_set_sex (person, sex);
  hearth_person_set_resident (person, resident);
  hearth_person_set_parental_responsibility (person, pr);
  hearth_person_set_sleeps_in (person, sleeps_in);
  hearth_assessment_add_person (assessment, person);
  return person;
}

static void
set_born (HearthPerson *person,
          int           year,
          int           month,
          int           day)
{
  GDate born = make_date (year, month, day);

  hearth_person_set_born (person, &born);
}

static void
add_hazard (HearthAssessment *assessment,
            int               number,
            const char       *rooms,
            gint64            likelihood_milli,
            int               i,
            int               ii,
            int               iii,
            int               iv,
            const char       *notes)
{
  HearthHazard *hazard = hearth_hazard_new (number);

  g_strfreev (hazard->rooms);
  /* "" splits into no rooms at all. */
  hazard->rooms = g_strsplit (rooms, " ", -1);
  hazard->likelihood_milli = likelihood_milli;
  hazard->spread_tenths[0] = i;
  hazard->spread_tenths[1] = ii;
  hazard->spread_tenths[2] = iii;
  hazard->spread_tenths[3] = iv;
  hazard->notes = g_strdup (notes);
  hearth_assessment_add_hazard (assessment, hazard);
}

static HearthAssessment *
fixture_new (void)
{
  HearthAssessment *assessment = hearth_assessment_new ();
  g_autoptr(HearthFloor) first = hearth_floor_new ("first", "First floor", 1);
  g_autoptr(HearthFloor) ground = hearth_floor_new ("ground", "Ground floor", 0);
  HearthRecipient *recipient;
  HearthPerson *person;
  GDate date;

  hearth_assessment_set_reference (assessment, "CIN-2026-0417");
  hearth_assessment_set_address (assessment, "14 Larkspur Close");
  hearth_assessment_set_assessor (assessment, "Priya Shah");
  date = make_date (2026, 11, 16);
  hearth_assessment_set_visit_date (assessment, &date);
  hearth_assessment_set_plan_type (assessment, HEARTH_PLAN_TYPE_CHILD_IN_NEED);
  date = make_date (2027, 1, 20);
  hearth_assessment_set_next_review (assessment, &date);
  hearth_assessment_set_notes (assessment, "Visit arranged with Joanne.");

  add_room (first, "bed1", "Bedroom 1", HEARTH_ROOM_USE_BEDROOM, 0);
  add_room (first, "bed2", "", HEARTH_ROOM_USE_BEDROOM, 3000);
  add_room (first, "box", "Box room", HEARTH_ROOM_USE_BEDROOM, 6000);
  add_room (ground, "lounge", "Lounge", HEARTH_ROOM_USE_LIVING, 0);
  hearth_assessment_add_floor (assessment, first);
  hearth_assessment_add_floor (assessment, ground);

  person = add_person (assessment, "joanne", "Joanne Carter", HEARTH_SEX_FEMALE, TRUE, TRUE, "bed1");
  set_born (person, 1988, 5, 21);
  person = add_person (assessment, "mark", "Mark Hughes", HEARTH_SEX_MALE, TRUE, TRUE, "bed1");
  hearth_person_set_stated_age (person, 38);
  person = add_person (assessment, "daniel", "Daniel Carter", HEARTH_SEX_MALE, FALSE, TRUE, NULL);
  set_born (person, 1984, 1, 30);
  add_person (assessment, "sue", "Sue Carter", HEARTH_SEX_FEMALE, FALSE, FALSE, NULL);
  person = add_person (assessment, "amy", "Amy Carter", HEARTH_SEX_FEMALE, TRUE, FALSE, "box");
  set_born (person, 2015, 2, 8);
  person = add_person (assessment, "leo", "Leo Carter", HEARTH_SEX_MALE, TRUE, FALSE, "bed2");
  set_born (person, 2013, 7, 14);
  person = add_person (assessment, "nan", "Nan Hughes", HEARTH_SEX_FEMALE, FALSE, TRUE, NULL);
  hearth_person_set_stated_age (person, 67);
  add_person (assessment, "pop", "Pop Hughes", HEARTH_SEX_MALE, FALSE, FALSE, NULL);
  add_person (assessment, "kim", "Kim Patel", HEARTH_SEX_NOT_RECORDED, FALSE, FALSE, NULL);
  add_person (assessment, "lee", "Lee Patel", HEARTH_SEX_NOT_RECORDED, FALSE, FALSE, NULL);

  hearth_assessment_add_couple (assessment, hearth_couple_new ("daniel", "sue"));
  hearth_assessment_add_couple (assessment, hearth_couple_new ("joanne", "mark"));
  hearth_assessment_add_couple (assessment, hearth_couple_new ("nan", "pop"));

  recipient = hearth_recipient_new ("joanne");
  recipient->details_known = TRUE;
  recipient->safe_to_share = HEARTH_SAFE_TO_SHARE_YES;
  recipient->method = HEARTH_SHARE_METHOD_IN_PERSON;
  recipient->shared_on = make_date (2026, 11, 16);
  hearth_assessment_add_recipient (assessment, recipient);
  hearth_assessment_add_recipient (assessment, hearth_recipient_new ("mark"));
  recipient = hearth_recipient_new ("daniel");
  recipient->safe_to_share = HEARTH_SAFE_TO_SHARE_NO;
  recipient->withheld_reason = HEARTH_WITHHELD_REASON_RISK_TO_CHILD;
  hearth_assessment_add_recipient (assessment, recipient);

  add_hazard (assessment, 11, "bed1 box", 100000, 100, 100, 316, 484, "Four share Bedroom 1.");
  add_hazard (assessment, 1, "bed2", 56000, 0, 10, 100, 890, NULL);
  add_hazard (assessment, 22, "", 320000, 0, 0, 0, 1000, NULL);

  return assessment;
}

#define CASE_BEFORE "CIN-2026-0417|14 Larkspur Close|Priya Shah|2026-11-16|hmo=no|child-in-need|2027-01-20"
#define NOTES_BEFORE "Visit arranged with Joanne."
#define PERSONS_BEFORE "joanne mark daniel sue amy leo nan pop kim lee"
#define COUPLES_BEFORE "daniel+sue joanne+mark nan+pop"
#define RECIPIENTS_BEFORE \
  "joanne:yes/none/in-person/2026-11-16 mark:not-assessed/none/none/- daniel:no/risk-to-child/none/-"
#define HAZARD_11 "11[bed1,box]100000:100/100/316/484:Four share Bedroom 1."
#define HAZARD_1 "1[bed2]56000:0/10/100/890:-"
#define HAZARD_22 "22[]320000:0/0/0/1000:-"
#define HAZARDS_BEFORE HAZARD_11 " ; " HAZARD_1 " ; " HAZARD_22
#define REFERRAL_BEFORE "not-considered|-|-|-|-|-"

/* ------------------------------------------------------------------------- */
/* Describing the model                                                      */
/* ------------------------------------------------------------------------- */

/* "2026-11-16", or "-" when not recorded. */
static char *
describe_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("-");
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static const char *
or_dash (const char *text)
{
  return text ? text : "-";
}

/* "reference|address|assessor|visit|hmo=no|plan|next review" */
static char *
describe_case (HearthAssessment *assessment)
{
  g_autofree char *visit = describe_date (hearth_assessment_get_visit_date (assessment));
  g_autofree char *review = describe_date (hearth_assessment_get_next_review (assessment));

  return g_strdup_printf ("%s|%s|%s|%s|hmo=%s|%s|%s",
                          or_dash (hearth_assessment_get_reference (assessment)),
                          or_dash (hearth_assessment_get_address (assessment)),
                          or_dash (hearth_assessment_get_assessor (assessment)),
                          visit,
                          hearth_assessment_get_licensed_hmo (assessment) ? "yes" : "no",
                          hearth_plan_type_to_string (hearth_assessment_get_plan_type (assessment)),
                          review);
}

/* The ids, in order. */
static char *
describe_persons (HearthAssessment *assessment)
{
  GPtrArray *persons = hearth_assessment_get_persons (assessment);
  GString *out = g_string_new ("");

  for (guint i = 0; i < persons->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "",
                            hearth_person_get_id (g_ptr_array_index (persons, i)));

  return g_string_free (out, FALSE);
}

/* "Joanne Carter|female|born=1988-05-21|age=-|resident|pr|sleeps=bed1", or
 * "(none)" when nobody has the id. */
static char *
describe_person (HearthAssessment *assessment,
                 const char       *id)
{
  HearthPerson *person = hearth_assessment_find_person (assessment, id);
  g_autofree char *born = NULL;
  g_autofree char *age = NULL;

  if (person == NULL)
    return g_strdup ("(none)");

  born = describe_date (hearth_person_get_born (person));
  age = hearth_person_get_stated_age (person) == HEARTH_AGE_UNKNOWN
        ? g_strdup ("-")
        : g_strdup_printf ("%d", hearth_person_get_stated_age (person));

  return g_strdup_printf ("%s|%s|born=%s|age=%s|%s|%s|sleeps=%s",
                          hearth_person_get_name (person),
                          hearth_sex_to_string (hearth_person_get_sex (person)),
                          born, age,
                          hearth_person_get_resident (person) ? "resident" : "away",
                          hearth_person_get_parental_responsibility (person) ? "pr" : "no-pr",
                          or_dash (hearth_person_get_sleeps_in (person)));
}

/* "daniel+sue joanne+mark" */
static char *
describe_couples (HearthAssessment *assessment)
{
  GPtrArray *couples = hearth_assessment_get_couples (assessment);
  GString *out = g_string_new ("");

  for (guint i = 0; i < couples->len; i++)
    {
      const HearthCouple *couple = g_ptr_array_index (couples, i);

      g_string_append_printf (out, "%s%s+%s", i > 0 ? " " : "", couple->first, couple->second);
    }

  return g_string_free (out, FALSE);
}

/* "joanne:yes/none/in-person/2026-11-16": safe to share, reason, method,
 * date shared. */
static char *
describe_recipients (HearthAssessment *assessment)
{
  GPtrArray *recipients = hearth_assessment_get_recipients (assessment);
  GString *out = g_string_new ("");

  for (guint i = 0; i < recipients->len; i++)
    {
      const HearthRecipient *r = g_ptr_array_index (recipients, i);
      g_autofree char *shared_on = describe_date (&r->shared_on);

      g_string_append_printf (out, "%s%s:%s/%s/%s/%s", i > 0 ? " " : "", r->person,
                              hearth_safe_to_share_to_string (r->safe_to_share),
                              hearth_withheld_reason_to_string (r->withheld_reason),
                              hearth_share_method_to_string (r->method),
                              shared_on);
    }

  return g_string_free (out, FALSE);
}

/* "11[bed1,box]100000:100/100/316/484:notes ; 1[]1000:0/0/0/1000:-" */
static char *
describe_hazards (HearthAssessment *assessment)
{
  GPtrArray *hazards = hearth_assessment_get_hazards (assessment);
  GString *out = g_string_new ("");

  for (guint i = 0; i < hazards->len; i++)
    {
      const HearthHazard *h = g_ptr_array_index (hazards, i);
      g_autofree char *rooms = g_strjoinv (",", h->rooms);

      g_string_append_printf (out, "%s%d[%s]%" G_GINT64_FORMAT ":%d/%d/%d/%d:%s",
                              i > 0 ? " ; " : "", h->number, rooms, h->likelihood_milli,
                              h->spread_tenths[0], h->spread_tenths[1],
                              h->spread_tenths[2], h->spread_tenths[3],
                              or_dash (h->notes));
    }

  return g_string_free (out, FALSE);
}

/* "made|made on|to|reply on|reply|note" */
static char *
describe_referral (HearthAssessment *assessment)
{
  const HearthReferral *referral = hearth_assessment_get_referral (assessment);
  g_autofree char *made_on = describe_date (&referral->made_on);
  g_autofree char *reply_on = describe_date (&referral->reply_on);

  return g_strdup_printf ("%s|%s|%s|%s|%s|%s",
                          hearth_referral_status_to_string (referral->status),
                          made_on, or_dash (referral->made_to),
                          reply_on, or_dash (referral->reply), or_dash (referral->note));
}

typedef struct
{
  const char *case_details;
  const char *notes;
  const char *persons;
  const char *couples;
  const char *recipients;
  const char *hazards;
  const char *referral;
} State;

static const State before = {
  CASE_BEFORE, NOTES_BEFORE, PERSONS_BEFORE, COUPLES_BEFORE,
  RECIPIENTS_BEFORE, HAZARDS_BEFORE, REFERRAL_BEFORE,
};

/* Each field of @state, or of before when NULL. */
static void
assert_state (HearthAssessment *assessment,
              const State      *state)
{
  g_autofree char *case_details = describe_case (assessment);
  g_autofree char *persons = describe_persons (assessment);
  g_autofree char *couples = describe_couples (assessment);
  g_autofree char *recipients = describe_recipients (assessment);
  g_autofree char *hazards = describe_hazards (assessment);
  g_autofree char *referral = describe_referral (assessment);

#define OR_BEFORE(field) (state->field ? state->field : before.field)
  g_assert_cmpstr (case_details, ==, OR_BEFORE (case_details));
  g_assert_cmpstr (or_dash (hearth_assessment_get_notes (assessment)), ==, OR_BEFORE (notes));
  g_assert_cmpstr (persons, ==, OR_BEFORE (persons));
  g_assert_cmpstr (couples, ==, OR_BEFORE (couples));
  g_assert_cmpstr (recipients, ==, OR_BEFORE (recipients));
  g_assert_cmpstr (hazards, ==, OR_BEFORE (hazards));
  g_assert_cmpstr (referral, ==, OR_BEFORE (referral));
#undef OR_BEFORE
}

static void
assert_person (HearthAssessment *assessment,
               const char       *id,
               const char       *expected)
{
  g_autofree char *person = NULL;

  if (id == NULL)
    return;
  person = describe_person (assessment, id);
  g_assert_cmpstr (person, ==, expected);
}

static HearthPerson *
get_person (HearthAssessment *assessment,
            const char       *id)
{
  HearthPerson *person = hearth_assessment_find_person (assessment, id);

  g_assert_nonnull (person);
  return person;
}

static void
count_cb (gpointer user_data)
{
  guint *count = user_data;

  (*count)++;
}

/* ------------------------------------------------------------------------- */
/* The edits, one per row                                                    */
/* ------------------------------------------------------------------------- */

static HearthCommand *
make_set_case (HearthAssessment *assessment)
{
  HearthCaseDetails details;
  HearthCommand *command;

  hearth_case_details_init (&details, assessment);
  g_free (details.reference);
  details.reference = g_strdup ("CIN-2026-0999");
  g_free (details.address);
  details.address = g_strdup ("2 New Street");
  g_clear_pointer (&details.assessor, g_free);
  details.visit_date = make_date (2026, 11, 20);
  details.licensed_hmo = TRUE;
  details.plan_type = HEARTH_PLAN_TYPE_CHILD_PROTECTION;
  details.next_review = make_date (2027, 2, 3);

  command = hearth_edit_set_case (assessment, &details);
  hearth_case_details_clear (&details);
  return command;
}

static HearthCommand *
make_clear_plan (HearthAssessment *assessment)
{
  HearthCaseDetails details;
  HearthCommand *command;

  hearth_case_details_init (&details, assessment);
  details.plan_type = HEARTH_PLAN_TYPE_NONE;
  g_date_clear (&details.next_review, 1);

  command = hearth_edit_set_case (assessment, &details);
  hearth_case_details_clear (&details);
  return command;
}

static HearthCommand *
make_set_notes (HearthAssessment *assessment)
{
  return hearth_edit_set_notes (assessment, "Second visit booked for 20 November.");
}

static HearthCommand *
make_clear_notes (HearthAssessment *assessment)
{
  return hearth_edit_set_notes (assessment, NULL);
}

static HearthCommand *
make_add_finn (HearthAssessment *assessment)
{
  g_autoptr(HearthPerson) finn = hearth_person_new ("finn", "Finn Hughes");

  hearth_person_set_sex (finn, HEARTH_SEX_MALE);
  set_born (finn, 2026, 3, 10);
  hearth_person_set_sleeps_in (finn, "bed1");
  return hearth_edit_add_person (assessment, finn);
}

static HearthCommand *
make_add_unnamed (HearthAssessment *assessment)
{
  g_autofree char *id = hearth_assessment_new_id (assessment, "person");
  g_autoptr(HearthPerson) person = hearth_person_new (id, "");

  return hearth_edit_add_person (assessment, person);
}

static HearthCommand *
make_remove_mark (HearthAssessment *assessment)
{
  return hearth_edit_remove_person (assessment, get_person (assessment, "mark"));
}

static HearthCommand *
make_remove_daniel (HearthAssessment *assessment)
{
  return hearth_edit_remove_person (assessment, get_person (assessment, "daniel"));
}

static HearthCommand *
make_remove_amy (HearthAssessment *assessment)
{
  return hearth_edit_remove_person (assessment, get_person (assessment, "amy"));
}

static HearthCommand *
make_update_joanne (HearthAssessment *assessment)
{
  HearthPerson *joanne = get_person (assessment, "joanne");
  g_autoptr(HearthPerson) values = hearth_person_copy (joanne);

  hearth_person_set_name (values, "Joanne Hughes");
  hearth_person_set_sex (values, HEARTH_SEX_NOT_RECORDED);
  hearth_person_set_born (values, NULL);
  hearth_person_set_stated_age (values, 38);
  hearth_person_set_resident (values, FALSE);
  hearth_person_set_parental_responsibility (values, FALSE);
  hearth_person_set_sleeps_in (values, "lounge");
  return hearth_edit_update_person (assessment, joanne, values);
}

static HearthCommand *
make_update_unchanged (HearthAssessment *assessment)
{
  HearthPerson *joanne = get_person (assessment, "joanne");
  g_autoptr(HearthPerson) values = hearth_person_copy (joanne);

  return hearth_edit_update_person (assessment, joanne, values);
}

static HearthCommand *
make_amy_to_bed1 (HearthAssessment *assessment)
{
  return hearth_edit_set_sleeps_in (assessment, get_person (assessment, "amy"), "bed1");
}

static HearthCommand *
make_amy_to_unnamed (HearthAssessment *assessment)
{
  return hearth_edit_set_sleeps_in (assessment, get_person (assessment, "amy"), "bed2");
}

static HearthCommand *
make_leo_nowhere (HearthAssessment *assessment)
{
  return hearth_edit_set_sleeps_in (assessment, get_person (assessment, "leo"), NULL);
}

static HearthCommand *
make_daniel_to_box (HearthAssessment *assessment)
{
  return hearth_edit_set_sleeps_in (assessment, get_person (assessment, "daniel"), "box");
}

static HearthCommand *
make_couple_kim_lee (HearthAssessment *assessment)
{
  return hearth_edit_set_couple (assessment, "kim", "lee");
}

static HearthCommand *
make_couple_kim_daniel (HearthAssessment *assessment)
{
  return hearth_edit_set_couple (assessment, "kim", "daniel");
}

static HearthCommand *
make_couple_joanne_daniel (HearthAssessment *assessment)
{
  return hearth_edit_set_couple (assessment, "joanne", "daniel");
}

static HearthCommand *
make_couple_mark_joanne (HearthAssessment *assessment)
{
  return hearth_edit_set_couple (assessment, "mark", "joanne");
}

static HearthCommand *
make_end_nan (HearthAssessment *assessment)
{
  return hearth_edit_set_couple (assessment, "nan", NULL);
}

static HearthCommand *
make_end_kim (HearthAssessment *assessment)
{
  return hearth_edit_set_couple (assessment, "kim", NULL);
}

static HearthCommand *
make_add_hazard (HearthAssessment *assessment)
{
  g_autoptr(HearthHazard) hazard = hearth_hazard_new (24);

  g_strfreev (hazard->rooms);
  hazard->rooms = g_strsplit ("lounge", " ", -1);
  hazard->likelihood_milli = 10000;
  hazard->spread_tenths[3] = 1000;
  hazard->notes = g_strdup ("Loose handrail.");
  return hearth_edit_add_hazard (assessment, hazard);
}

static HearthCommand *
make_remove_hazard_1 (HearthAssessment *assessment)
{
  return hearth_edit_remove_hazard (assessment, 1);
}

static HearthCommand *
make_remove_hazard_0 (HearthAssessment *assessment)
{
  return hearth_edit_remove_hazard (assessment, 0);
}

static HearthCommand *
make_update_hazard (HearthAssessment *assessment)
{
  g_autoptr(HearthHazard) hazard =
    hearth_hazard_copy (g_ptr_array_index (hearth_assessment_get_hazards (assessment), 0));

  g_strfreev (hazard->rooms);
  hazard->rooms = g_strsplit ("box", " ", -1);
  hazard->likelihood_milli = 32000;
  g_free (hazard->notes);
  hazard->notes = g_strdup ("Amy's room only.");
  return hearth_edit_update_hazard (assessment, 0, hazard);
}

static HearthCommand *
make_renumber_hazard (HearthAssessment *assessment)
{
  g_autoptr(HearthHazard) hazard =
    hearth_hazard_copy (g_ptr_array_index (hearth_assessment_get_hazards (assessment), 2));

  hazard->number = 23;
  return hearth_edit_update_hazard (assessment, 2, hazard);
}

static HearthCommand *
make_recipient_nan (HearthAssessment *assessment)
{
  g_autoptr(HearthRecipient) recipient = hearth_recipient_new ("nan");

  return hearth_edit_set_recipient (assessment, recipient);
}

static HearthCommand *
make_recipient_mark (HearthAssessment *assessment)
{
  g_autoptr(HearthRecipient) recipient = hearth_recipient_new ("mark");

  recipient->safe_to_share = HEARTH_SAFE_TO_SHARE_YES;
  recipient->method = HEARTH_SHARE_METHOD_LETTER;
  recipient->shared_on = make_date (2026, 11, 20);
  return hearth_edit_set_recipient (assessment, recipient);
}

static HearthCommand *
make_referral_made (HearthAssessment *assessment)
{
  g_autoptr(HearthReferral) referral = hearth_referral_new ();

  referral->status = HEARTH_REFERRAL_MADE;
  referral->made_on = make_date (2026, 11, 18);
  referral->made_to = g_strdup ("Private Sector Housing");
  referral->reply_on = make_date (2026, 12, 2);
  referral->reply = g_strdup ("Inspection booked for 9 December.");
  referral->note = g_strdup ("Sent with photos.");
  return hearth_edit_set_referral (assessment, referral);
}

static HearthCommand *
make_referral_not_made (HearthAssessment *assessment)
{
  g_autoptr(HearthReferral) referral = hearth_referral_new ();

  referral->status = HEARTH_REFERRAL_NOT_MADE;
  referral->note = g_strdup ("Family moving out next month.");
  return hearth_edit_set_referral (assessment, referral);
}

typedef struct
{
  const char      *name;
  HearthCommand *(*make) (HearthAssessment *assessment);
  const char      *label;
  State            after;          /* NULL fields: as before */
  /* A person to look at closely, or NULL. */
  const char      *person;
  const char      *person_before;
  const char      *person_after;
} EditCase;

#define JOANNE "Joanne Carter|female|born=1988-05-21|age=-|resident|pr|sleeps=bed1"
#define AMY "Amy Carter|female|born=2015-02-08|age=-|resident|no-pr|sleeps=box"
#define LEO "Leo Carter|male|born=2013-07-14|age=-|resident|no-pr|sleeps=bed2"
#define DANIEL "Daniel Carter|male|born=1984-01-30|age=-|away|pr|sleeps=-"
#define MARK "Mark Hughes|male|born=-|age=38|resident|pr|sleeps=bed1"

static const EditCase edit_cases[] = {
  /* Every field of <case> at once; the assessor cleared. */
  { "set-case", make_set_case, "Edit Case Details",
    { .case_details = "CIN-2026-0999|2 New Street|-|2026-11-20|hmo=yes|child-protection|2027-02-03" } },
  { "set-case-no-plan", make_clear_plan, "Edit Case Details",
    { .case_details = "CIN-2026-0417|14 Larkspur Close|Priya Shah|2026-11-16|hmo=no|none|-" } },
  { "set-notes", make_set_notes, "Edit Notes",
    { .notes = "Second visit booked for 20 November." } },
  { "clear-notes", make_clear_notes, "Edit Notes",
    { .notes = "-" } },
  { "add-person", make_add_finn, "Add Finn Hughes",
    { .persons = PERSONS_BEFORE " finn" },
    "finn", "(none)", "Finn Hughes|male|born=2026-03-10|age=-|resident|no-pr|sleeps=bed1" },
  { "add-unnamed-person", make_add_unnamed, "Add Unnamed Person",
    { .persons = PERSONS_BEFORE " person-1" },
    "person-1", "(none)", "|not-recorded|born=-|age=-|resident|no-pr|sleeps=-" },
  /* Second person, second couple, second row: all three come back second. */
  { "remove-person-in-couple-with-row", make_remove_mark, "Remove Mark Hughes",
    { .persons = "joanne daniel sue amy leo nan pop kim lee",
      .couples = "daniel+sue nan+pop",
      .recipients = "joanne:yes/none/in-person/2026-11-16 daniel:no/risk-to-child/none/-" },
    "mark", MARK, "(none)" },
  /* The first couple and the last row. */
  { "remove-person-first-couple-last-row", make_remove_daniel, "Remove Daniel Carter",
    { .persons = "joanne mark sue amy leo nan pop kim lee",
      .couples = "joanne+mark nan+pop",
      .recipients = "joanne:yes/none/in-person/2026-11-16 mark:not-assessed/none/none/-" },
    "daniel", DANIEL, "(none)" },
  { "remove-person-alone", make_remove_amy, "Remove Amy Carter",
    { .persons = "joanne mark daniel sue leo nan pop kim lee" },
    "amy", AMY, "(none)" },
  /* Every field but the id; labelled with the name before. */
  { "update-person", make_update_joanne, "Edit Joanne Carter",
    { NULL },
    "joanne", JOANNE, "Joanne Hughes|not-recorded|born=-|age=38|away|no-pr|sleeps=lounge" },
  { "update-person-unchanged", make_update_unchanged, "Edit Joanne Carter",
    { NULL },
    "joanne", JOANNE, JOANNE },
  { "sleeps-in-room", make_amy_to_bed1, "Move Amy Carter to Bedroom 1",
    { NULL },
    "amy", AMY, "Amy Carter|female|born=2015-02-08|age=-|resident|no-pr|sleeps=bed1" },
  /* A room without a name is called by its use. */
  { "sleeps-in-unnamed-room", make_amy_to_unnamed, "Move Amy Carter to Bedroom",
    { NULL },
    "amy", AMY, "Amy Carter|female|born=2015-02-08|age=-|resident|no-pr|sleeps=bed2" },
  { "sleeps-in-nowhere", make_leo_nowhere, "Move Leo Carter Out of Any Room",
    { NULL },
    "leo", LEO, "Leo Carter|male|born=2013-07-14|age=-|resident|no-pr|sleeps=-" },
  { "sleeps-in-from-nowhere", make_daniel_to_box, "Move Daniel Carter to Box room",
    { NULL },
    "daniel", DANIEL, "Daniel Carter|male|born=1984-01-30|age=-|away|pr|sleeps=box" },
  /* Neither was in a couple: the new one goes last. */
  { "couple-new", make_couple_kim_lee, "Make Kim Patel and Lee Patel a Couple",
    { .couples = COUPLES_BEFORE " kim+lee" } },
  /* Daniel's couple ends; the new one takes its place. */
  { "couple-replaces-one", make_couple_kim_daniel, "Make Kim Patel and Daniel Carter a Couple",
    { .couples = "kim+daniel joanne+mark nan+pop" } },
  /* Both were in couples: both end, the new one at the first's place. */
  { "couple-replaces-two", make_couple_joanne_daniel, "Make Joanne Carter and Daniel Carter a Couple",
    { .couples = "joanne+daniel nan+pop" } },
  /* Already a couple: the same place, the members in the order given. */
  { "couple-again", make_couple_mark_joanne, "Make Mark Hughes and Joanne Carter a Couple",
    { .couples = "daniel+sue mark+joanne nan+pop" } },
  { "end-couple", make_end_nan, "End Nan Hughes's Couple",
    { .couples = "daniel+sue joanne+mark" } },
  { "end-no-couple", make_end_kim, "End Kim Patel's Couple",
    { NULL } },
  { "add-hazard", make_add_hazard, "Record Hazard 24",
    { .hazards = HAZARDS_BEFORE " ; 24[lounge]10000:0/0/0/1000:Loose handrail." } },
  { "remove-hazard-middle", make_remove_hazard_1, "Remove Hazard 1",
    { .hazards = HAZARD_11 " ; " HAZARD_22 } },
  { "remove-hazard-first", make_remove_hazard_0, "Remove Hazard 11",
    { .hazards = HAZARD_1 " ; " HAZARD_22 } },
  { "update-hazard", make_update_hazard, "Edit Hazard 11",
    { .hazards = "11[box]32000:100/100/316/484:Amy's room only. ; " HAZARD_1 " ; " HAZARD_22 } },
  /* Labelled with the number before. */
  { "update-hazard-number", make_renumber_hazard, "Edit Hazard 22",
    { .hazards = HAZARD_11 " ; " HAZARD_1 " ; 23[]320000:0/0/0/1000:-" } },
  { "set-recipient-new", make_recipient_nan, "Edit Sharing with Nan Hughes",
    { .recipients = RECIPIENTS_BEFORE " nan:not-assessed/none/none/-" } },
  { "set-recipient-replace", make_recipient_mark, "Edit Sharing with Mark Hughes",
    { .recipients = "joanne:yes/none/in-person/2026-11-16 mark:yes/none/letter/2026-11-20 "
                    "daniel:no/risk-to-child/none/-" } },
  { "set-referral-made", make_referral_made, "Edit Referral",
    { .referral = "made|2026-11-18|Private Sector Housing|2026-12-02|Inspection booked for 9 December.|Sent with photos." } },
  { "set-referral-not-made", make_referral_not_made, "Edit Referral",
    { .referral = "not-made|-|-|-|-|Family moving out next month." } },
};

/* Push, undo, redo, undo: after each step the whole model, the labels and
 * one more "changed". */
static void
test_edit (gconstpointer data)
{
  const EditCase *edit_case = data;
  HearthAssessment *assessment = fixture_new ();
  HearthUndoStack *stack = hearth_undo_stack_new ();
  HearthCommand *command;
  guint n_changed = 0;

  g_signal_connect_swapped (assessment, "changed", G_CALLBACK (count_cb), &n_changed);

  command = edit_case->make (assessment);
  g_assert_nonnull (command);
  g_assert_cmpstr (hearth_command_get_label (command), ==, edit_case->label);
  assert_state (assessment, &before);
  assert_person (assessment, edit_case->person, edit_case->person_before);
  g_assert_cmpuint (n_changed, ==, 0);

  hearth_undo_stack_push (stack, command);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, edit_case->label);
  assert_state (assessment, &edit_case->after);
  assert_person (assessment, edit_case->person, edit_case->person_after);

  g_assert_true (hearth_undo_stack_undo (stack));
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpstr (hearth_undo_stack_get_redo_label (stack), ==, edit_case->label);
  assert_state (assessment, &before);
  assert_person (assessment, edit_case->person, edit_case->person_before);

  g_assert_true (hearth_undo_stack_redo (stack));
  g_assert_cmpuint (n_changed, ==, 3);
  g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, edit_case->label);
  assert_state (assessment, &edit_case->after);
  assert_person (assessment, edit_case->person, edit_case->person_after);

  g_assert_true (hearth_undo_stack_undo (stack));
  g_assert_cmpuint (n_changed, ==, 4);
  assert_state (assessment, &before);
  assert_person (assessment, edit_case->person, edit_case->person_before);

  /* The commands hold the model, never the stack. */
  g_assert_finalize_object (stack);
  g_assert_finalize_object (assessment);
}

/* ------------------------------------------------------------------------- */
/* Edits looked at more closely                                              */
/* ------------------------------------------------------------------------- */

/* Mark is person 1, in couple 1 and on row 1: undoing puts back the same
 * person object, the couple and the row, each at index 1. */
static void
test_remove_person_indexes (void)
{
  HearthAssessment *assessment = fixture_new ();
  HearthUndoStack *stack = hearth_undo_stack_new ();
  HearthPerson *mark = get_person (assessment, "mark");
  const HearthCouple *couple;
  const HearthRecipient *row;
  guint index = G_MAXUINT;

  hearth_undo_stack_push (stack, hearth_edit_remove_person (assessment, mark));
  g_assert_null (hearth_assessment_find_person (assessment, "mark"));
  g_assert_null (hearth_assessment_find_couple (assessment, "mark", NULL));
  g_assert_null (hearth_assessment_find_couple (assessment, "joanne", NULL));
  g_assert_null (hearth_assessment_find_recipient (assessment, "mark", NULL));
  g_assert_cmpuint (hearth_assessment_get_persons (assessment)->len, ==, 9);
  g_assert_cmpuint (hearth_assessment_get_couples (assessment)->len, ==, 2);
  g_assert_cmpuint (hearth_assessment_get_recipients (assessment)->len, ==, 2);

  for (guint round = 0; round < 2; round++)
    {
      g_assert_true (hearth_undo_stack_undo (stack));

      g_assert_true (g_ptr_array_index (hearth_assessment_get_persons (assessment), 1) == mark);
      couple = hearth_assessment_find_couple (assessment, "mark", &index);
      g_assert_nonnull (couple);
      g_assert_cmpuint (index, ==, 1);
      g_assert_cmpstr (couple->first, ==, "joanne");
      g_assert_cmpstr (couple->second, ==, "mark");
      g_assert_true (hearth_assessment_find_couple (assessment, "joanne", NULL) == couple);

      row = hearth_assessment_find_recipient (assessment, "mark", &index);
      g_assert_nonnull (row);
      g_assert_cmpuint (index, ==, 1);
      g_assert_cmpint (row->safe_to_share, ==, HEARTH_SAFE_TO_SHARE_NOT_ASSESSED);
      assert_state (assessment, &before);

      if (round == 0)
        g_assert_true (hearth_undo_stack_redo (stack));
    }

  g_assert_finalize_object (stack);
  g_assert_finalize_object (assessment);
}

/* Joanne and Daniel become a couple, ending both theirs; then Mark and
 * Sue, left single, become one too. Undo restores each step exactly. */
static void
test_set_couple_replacing (void)
{
  HearthAssessment *assessment = fixture_new ();
  HearthUndoStack *stack = hearth_undo_stack_new ();
  g_autofree char *couples = NULL;
  guint index = G_MAXUINT;
  guint n_changed = 0;

  g_signal_connect_swapped (assessment, "changed", G_CALLBACK (count_cb), &n_changed);

  hearth_undo_stack_push (stack, hearth_edit_set_couple (assessment, "joanne", "daniel"));
  couples = describe_couples (assessment);
  g_assert_cmpstr (couples, ==, "joanne+daniel nan+pop");
  g_assert_nonnull (hearth_assessment_find_couple (assessment, "daniel", &index));
  g_assert_cmpuint (index, ==, 0);
  g_assert_null (hearth_assessment_find_couple (assessment, "mark", NULL));
  g_assert_null (hearth_assessment_find_couple (assessment, "sue", NULL));

  hearth_undo_stack_push (stack, hearth_edit_set_couple (assessment, "mark", "sue"));
  g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, "Make Mark Hughes and Sue Carter a Couple");
  g_clear_pointer (&couples, g_free);
  couples = describe_couples (assessment);
  g_assert_cmpstr (couples, ==, "joanne+daniel nan+pop mark+sue");
  g_assert_nonnull (hearth_assessment_find_couple (assessment, "sue", &index));
  g_assert_cmpuint (index, ==, 2);
  g_assert_cmpuint (n_changed, ==, 2);

  g_assert_true (hearth_undo_stack_undo (stack));
  g_clear_pointer (&couples, g_free);
  couples = describe_couples (assessment);
  g_assert_cmpstr (couples, ==, "joanne+daniel nan+pop");

  g_assert_true (hearth_undo_stack_undo (stack));
  g_clear_pointer (&couples, g_free);
  couples = describe_couples (assessment);
  g_assert_cmpstr (couples, ==, COUPLES_BEFORE);
  g_assert_nonnull (hearth_assessment_find_couple (assessment, "daniel", &index));
  g_assert_cmpuint (index, ==, 0);
  g_assert_nonnull (hearth_assessment_find_couple (assessment, "joanne", &index));
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpuint (n_changed, ==, 4);
  assert_state (assessment, &before);

  g_assert_true (hearth_undo_stack_redo (stack));
  g_assert_true (hearth_undo_stack_redo (stack));
  g_clear_pointer (&couples, g_free);
  couples = describe_couples (assessment);
  g_assert_cmpstr (couples, ==, "joanne+daniel nan+pop mark+sue");
  g_assert_cmpuint (n_changed, ==, 6);

  g_assert_finalize_object (stack);
  g_assert_finalize_object (assessment);
}

/* A row for Nan is added, then replaced: every field of the row each time. */
static void
test_set_recipient_add_then_replace (void)
{
  HearthAssessment *assessment = fixture_new ();
  HearthUndoStack *stack = hearth_undo_stack_new ();
  g_autoptr(HearthRecipient) first = hearth_recipient_new ("nan");
  g_autoptr(HearthRecipient) second = hearth_recipient_new ("nan");
  const HearthRecipient *row;
  g_autofree char *rows = NULL;
  guint index = G_MAXUINT;
  guint n_changed = 0;

  g_signal_connect_swapped (assessment, "changed", G_CALLBACK (count_cb), &n_changed);

  first->details_known = TRUE;
  first->safe_to_share = HEARTH_SAFE_TO_SHARE_NO;
  first->withheld_reason = HEARTH_WITHHELD_REASON_OTHER;
  first->withheld_note = g_strdup ("Asked us not to write to her.");
  first->withhold_address = TRUE;
  g_strfreev (first->withhold_findings);
  first->withhold_findings = g_strsplit ("small-bedroom", " ", -1);

  second->details_known = TRUE;
  second->safe_to_share = HEARTH_SAFE_TO_SHARE_YES;
  second->method = HEARTH_SHARE_METHOD_MEETING;
  second->shared_on = make_date (2026, 12, 1);
  second->in_plan = TRUE;
  second->review_invite = TRUE;

  hearth_undo_stack_push (stack, hearth_edit_set_recipient (assessment, first));
  g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, "Edit Sharing with Nan Hughes");
  /* The command copied the row: changing the caller's changes nothing. */
  first->safe_to_share = HEARTH_SAFE_TO_SHARE_YES;

  for (guint round = 0; round < 2; round++)
    {
      row = hearth_assessment_find_recipient (assessment, "nan", &index);
      g_assert_nonnull (row);
      g_assert_cmpuint (index, ==, 3);
      g_assert_true (row != first);
      g_assert_true (row->details_known);
      g_assert_cmpint (row->safe_to_share, ==, HEARTH_SAFE_TO_SHARE_NO);
      g_assert_cmpint (row->withheld_reason, ==, HEARTH_WITHHELD_REASON_OTHER);
      g_assert_cmpstr (row->withheld_note, ==, "Asked us not to write to her.");
      g_assert_true (row->withhold_address);
      g_assert_false (row->withhold_residents);
      g_assert_cmpuint (g_strv_length (row->withhold_findings), ==, 1);
      g_assert_cmpstr (row->withhold_findings[0], ==, "small-bedroom");
      g_assert_false (g_date_valid (&row->shared_on));
      g_assert_cmpint (row->method, ==, HEARTH_SHARE_METHOD_NONE);
      g_assert_false (row->in_plan);
      g_assert_false (row->review_invite);

      if (round == 1)
        break;

      hearth_undo_stack_push (stack, hearth_edit_set_recipient (assessment, second));
      g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, "Edit Sharing with Nan Hughes");
      g_assert_cmpuint (hearth_assessment_get_recipients (assessment)->len, ==, 4);
      row = hearth_assessment_find_recipient (assessment, "nan", &index);
      g_assert_cmpuint (index, ==, 3);
      g_assert_true (row->details_known);
      g_assert_cmpint (row->safe_to_share, ==, HEARTH_SAFE_TO_SHARE_YES);
      g_assert_cmpint (row->withheld_reason, ==, HEARTH_WITHHELD_REASON_NONE);
      g_assert_null (row->withheld_note);
      g_assert_false (row->withhold_address);
      g_assert_cmpuint (g_strv_length (row->withhold_findings), ==, 0);
      g_assert_cmpint (g_date_get_julian (&row->shared_on), ==,
                       g_date_get_julian ((GDate[]) { make_date (2026, 12, 1) }));
      g_assert_cmpint (row->method, ==, HEARTH_SHARE_METHOD_MEETING);
      g_assert_true (row->in_plan);
      g_assert_true (row->review_invite);

      g_assert_true (hearth_undo_stack_undo (stack));
      g_assert_cmpuint (hearth_assessment_get_recipients (assessment)->len, ==, 4);
    }
  g_assert_cmpuint (n_changed, ==, 3);

  g_assert_true (hearth_undo_stack_undo (stack));
  rows = describe_recipients (assessment);
  g_assert_cmpstr (rows, ==, RECIPIENTS_BEFORE);
  g_assert_null (hearth_assessment_find_recipient (assessment, "nan", NULL));
  g_assert_cmpuint (n_changed, ==, 4);

  g_assert_true (hearth_undo_stack_redo (stack));
  g_assert_true (hearth_undo_stack_redo (stack));
  g_clear_pointer (&rows, g_free);
  rows = describe_recipients (assessment);
  g_assert_cmpstr (rows, ==, RECIPIENTS_BEFORE " nan:yes/none/meeting/2026-12-01");
  g_assert_cmpuint (n_changed, ==, 6);

  g_assert_finalize_object (stack);
  g_assert_finalize_object (assessment);
}

/* Hazards added, edited and removed in turn; each undo goes back one step. */
static void
test_hazards_in_turn (void)
{
  HearthAssessment *assessment = fixture_new ();
  HearthUndoStack *stack = hearth_undo_stack_new ();
  static const char * const states[] = {
    HAZARDS_BEFORE,
    HAZARDS_BEFORE " ; 24[lounge]10000:0/0/0/1000:Loose handrail.",
    "11[box]32000:100/100/316/484:Amy's room only. ; " HAZARD_1 " ; " HAZARD_22
      " ; 24[lounge]10000:0/0/0/1000:Loose handrail.",
    "11[box]32000:100/100/316/484:Amy's room only. ; " HAZARD_22
      " ; 24[lounge]10000:0/0/0/1000:Loose handrail.",
  };
  g_autofree char *hazards = NULL;

  hearth_undo_stack_push (stack, make_add_hazard (assessment));
  hearth_undo_stack_push (stack, make_update_hazard (assessment));
  hearth_undo_stack_push (stack, hearth_edit_remove_hazard (assessment, 1));
  g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, "Remove Hazard 1");

  for (guint i = G_N_ELEMENTS (states); i > 0; i--)
    {
      g_clear_pointer (&hazards, g_free);
      hazards = describe_hazards (assessment);
      g_assert_cmpstr (hazards, ==, states[i - 1]);
      if (i > 1)
        g_assert_true (hearth_undo_stack_undo (stack));
    }
  g_assert_false (hearth_undo_stack_undo (stack));

  for (guint i = 1; i < G_N_ELEMENTS (states); i++)
    {
      g_assert_true (hearth_undo_stack_redo (stack));
      g_clear_pointer (&hazards, g_free);
      hazards = describe_hazards (assessment);
      g_assert_cmpstr (hazards, ==, states[i]);
    }

  g_assert_finalize_object (stack);
  g_assert_finalize_object (assessment);
}

/* Edits of different kinds on top of each other, all undone and redone. */
static void
test_mixed_sequence (void)
{
  HearthAssessment *assessment = fixture_new ();
  HearthUndoStack *stack = hearth_undo_stack_new ();
  static const State after_all = {
    .case_details = "CIN-2026-0999|2 New Street|-|2026-11-20|hmo=yes|child-protection|2027-02-03",
    .notes = "Second visit booked for 20 November.",
    .persons = "joanne daniel sue amy leo nan pop kim lee",
    .couples = "joanne+daniel nan+pop",
    .recipients = "joanne:yes/none/in-person/2026-11-16 daniel:no/risk-to-child/none/-",
    .referral = "not-made|-|-|-|-|Family moving out next month.",
  };
  guint n_changed = 0;

  g_signal_connect_swapped (assessment, "changed", G_CALLBACK (count_cb), &n_changed);

  hearth_undo_stack_push (stack, make_remove_mark (assessment));
  /* Daniel's couple with Sue is couple 0 now; Joanne has none. */
  hearth_undo_stack_push (stack, make_couple_joanne_daniel (assessment));
  hearth_undo_stack_push (stack, make_set_case (assessment));
  hearth_undo_stack_push (stack, make_set_notes (assessment));
  hearth_undo_stack_push (stack, make_referral_not_made (assessment));
  assert_state (assessment, &after_all);
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, 5);

  while (hearth_undo_stack_undo (stack))
    ;
  assert_state (assessment, &before);

  while (hearth_undo_stack_redo (stack))
    ;
  assert_state (assessment, &after_all);
  g_assert_cmpuint (n_changed, ==, 15);

  g_assert_finalize_object (stack);
  g_assert_finalize_object (assessment);
}

/* A command applied without a stack and freed while applied owns what it
 * took out; one never applied frees cleanly too. */
static void
test_command_alone (void)
{
  HearthAssessment *assessment = fixture_new ();
  g_autoptr(HearthCommand) remove = make_remove_mark (assessment);
  g_autoptr(HearthCommand) couple = make_couple_kim_daniel (assessment);
  g_autoptr(HearthCommand) hazard = make_remove_hazard_0 (assessment);
  g_autoptr(HearthCommand) unused = make_referral_made (assessment);
  State removed = {
    .persons = "joanne daniel sue amy leo nan pop kim lee",
    .couples = "daniel+sue nan+pop",
    .recipients = "joanne:yes/none/in-person/2026-11-16 daniel:no/risk-to-child/none/-",
  };

  hearth_command_apply (remove);
  assert_state (assessment, &removed);
  hearth_command_revert (remove);
  assert_state (assessment, &before);

  hearth_command_apply (remove);
  hearth_command_apply (couple);
  hearth_command_apply (hazard);
  g_clear_pointer (&remove, hearth_command_free);
  g_clear_pointer (&couple, hearth_command_free);
  g_clear_pointer (&hazard, hearth_command_free);
  g_clear_pointer (&unused, hearth_command_free);
  g_assert_finalize_object (assessment);
}

/* ------------------------------------------------------------------------- */
/* What the edits are built on                                               */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  int         value;
  const char *token;
  const char *label;
} TokenCase;

static const TokenCase plan_cases[] = {
  { "none", HEARTH_PLAN_TYPE_NONE, "none", "No plan" },
  { "child-in-need", HEARTH_PLAN_TYPE_CHILD_IN_NEED, "child-in-need", "Child in need" },
  { "child-protection", HEARTH_PLAN_TYPE_CHILD_PROTECTION, "child-protection", "Child protection" },
  { "looked-after", HEARTH_PLAN_TYPE_LOOKED_AFTER, "looked-after", "Looked after" },
};

static const TokenCase referral_cases[] = {
  { "not-considered", HEARTH_REFERRAL_NOT_CONSIDERED, "not-considered", NULL },
  { "made", HEARTH_REFERRAL_MADE, "made", NULL },
  { "not-made", HEARTH_REFERRAL_NOT_MADE, "not-made", NULL },
};

static const TokenCase safe_cases[] = {
  { "not-assessed", HEARTH_SAFE_TO_SHARE_NOT_ASSESSED, "not-assessed", "Not assessed yet" },
  { "yes", HEARTH_SAFE_TO_SHARE_YES, "yes", "Yes" },
  { "no", HEARTH_SAFE_TO_SHARE_NO, "no", "No" },
};

static const TokenCase reason_cases[] = {
  { "none", HEARTH_WITHHELD_REASON_NONE, "none", "None" },
  { "risk-to-child", HEARTH_WITHHELD_REASON_RISK_TO_CHILD, "risk-to-child", "Risk to the child" },
  { "police-investigation", HEARTH_WITHHELD_REASON_POLICE_INVESTIGATION, "police-investigation",
    "Police investigation" },
  { "other", HEARTH_WITHHELD_REASON_OTHER, "other", "Other reason" },
};

static const TokenCase method_cases[] = {
  { "none", HEARTH_SHARE_METHOD_NONE, "none", "Not shared yet" },
  { "in-person", HEARTH_SHARE_METHOD_IN_PERSON, "in-person", "In person" },
  { "letter", HEARTH_SHARE_METHOD_LETTER, "letter", "Letter" },
  { "email", HEARTH_SHARE_METHOD_EMAIL, "email", "Email" },
  { "meeting", HEARTH_SHARE_METHOD_MEETING, "meeting", "Meeting" },
};

static void
test_plan_type_token (gconstpointer data)
{
  const TokenCase *c = data;
  HearthPlanType type = HEARTH_PLAN_TYPE_LOOKED_AFTER + 1;

  g_assert_cmpstr (hearth_plan_type_to_string (c->value), ==, c->token);
  g_assert_true (hearth_plan_type_from_string (c->token, &type));
  g_assert_cmpint (type, ==, c->value);
  g_assert_cmpstr (hearth_plan_type_get_label (c->value), ==, c->label);
}

static void
test_referral_status_token (gconstpointer data)
{
  const TokenCase *c = data;
  HearthReferralStatus status = HEARTH_REFERRAL_NOT_MADE + 1;

  g_assert_cmpstr (hearth_referral_status_to_string (c->value), ==, c->token);
  g_assert_true (hearth_referral_status_from_string (c->token, &status));
  g_assert_cmpint (status, ==, c->value);
}

static void
test_safe_label (gconstpointer data)
{
  const TokenCase *c = data;

  g_assert_cmpstr (hearth_safe_to_share_to_string (c->value), ==, c->token);
  g_assert_cmpstr (hearth_safe_to_share_get_label (c->value), ==, c->label);
}

static void
test_reason_label (gconstpointer data)
{
  const TokenCase *c = data;

  g_assert_cmpstr (hearth_withheld_reason_to_string (c->value), ==, c->token);
  g_assert_cmpstr (hearth_withheld_reason_get_label (c->value), ==, c->label);
}

static void
test_method_label (gconstpointer data)
{
  const TokenCase *c = data;

  g_assert_cmpstr (hearth_share_method_to_string (c->value), ==, c->token);
  g_assert_cmpstr (hearth_share_method_get_label (c->value), ==, c->label);
}

/* Unknown tokens are refused and leave the value alone. */
static void
test_unknown_tokens (void)
{
  HearthPlanType type = HEARTH_PLAN_TYPE_CHILD_IN_NEED;
  HearthReferralStatus status = HEARTH_REFERRAL_MADE;

  g_assert_false (hearth_plan_type_from_string ("bogus", &type));
  g_assert_false (hearth_plan_type_from_string ("", &type));
  g_assert_false (hearth_plan_type_from_string ("Child-In-Need", &type));
  g_assert_false (hearth_plan_type_from_string (NULL, &type));
  g_assert_cmpint (type, ==, HEARTH_PLAN_TYPE_CHILD_IN_NEED);

  g_assert_false (hearth_referral_status_from_string ("pending", &status));
  g_assert_false (hearth_referral_status_from_string (NULL, &status));
  g_assert_cmpint (status, ==, HEARTH_REFERRAL_MADE);
}

static void
test_referral_boxed (void)
{
  g_autoptr(HearthReferral) empty = hearth_referral_new ();
  g_autoptr(HearthReferral) made = hearth_referral_new ();
  g_autoptr(HearthReferral) copy = NULL;
  g_autoptr(HearthReferral) other = NULL;
  g_autoptr(HearthAssessment) assessment = hearth_assessment_new ();
  const HearthReferral *held;

  g_assert_cmpint (empty->status, ==, HEARTH_REFERRAL_NOT_CONSIDERED);
  g_assert_false (g_date_valid (&empty->made_on));
  g_assert_false (g_date_valid (&empty->reply_on));
  g_assert_null (empty->made_to);
  g_assert_null (empty->reply);
  g_assert_null (empty->note);
  g_assert_true (G_TYPE_IS_BOXED (HEARTH_TYPE_REFERRAL));

  made->status = HEARTH_REFERRAL_MADE;
  made->made_on = make_date (2026, 11, 18);
  made->made_to = g_strdup ("Housing");
  made->reply = g_strdup ("Booked.");
  copy = hearth_referral_copy (made);
  g_assert_true (copy->made_to != made->made_to);
  g_assert_true (hearth_referral_equal (copy, made));
  g_assert_false (hearth_referral_equal (copy, empty));

  /* Each field counts. */
  other = hearth_referral_copy (made);
  other->made_on = make_date (2026, 11, 19);
  g_assert_false (hearth_referral_equal (other, made));
  other->made_on = made->made_on;
  other->reply_on = make_date (2026, 12, 2);
  g_assert_false (hearth_referral_equal (other, made));
  g_date_clear (&other->reply_on, 1);
  g_free (other->note);
  other->note = g_strdup ("Note");
  g_assert_false (hearth_referral_equal (other, made));
  g_clear_pointer (&other->note, g_free);
  other->status = HEARTH_REFERRAL_NOT_MADE;
  g_assert_false (hearth_referral_equal (other, made));
  other->status = HEARTH_REFERRAL_MADE;
  g_assert_true (hearth_referral_equal (other, made));

  /* An empty text is none. */
  other->note = g_strdup ("");
  g_assert_true (hearth_referral_equal (other, made));

  /* The assessment holds a normalised copy. */
  held = hearth_assessment_get_referral (assessment);
  g_assert_true (hearth_referral_equal (held, empty));
  hearth_assessment_set_referral (assessment, other);
  held = hearth_assessment_get_referral (assessment);
  g_assert_true (held != other);
  g_assert_null (held->note);
  g_assert_cmpstr (held->made_to, ==, "Housing");
  g_assert_true (hearth_referral_equal (held, made));
  /* Setting it to itself is safe. */
  hearth_assessment_set_referral (assessment, held);
  held = hearth_assessment_get_referral (assessment);
  g_assert_true (hearth_referral_equal (held, made));
  hearth_assessment_set_referral (assessment, NULL);
  g_assert_true (hearth_referral_equal (hearth_assessment_get_referral (assessment), empty));
}

static void
test_person_copy (void)
{
  HearthAssessment *assessment = fixture_new ();
  HearthPerson *joanne = get_person (assessment, "joanne");
  HearthPerson *mark = get_person (assessment, "mark");
  g_autoptr(HearthPerson) copy = hearth_person_copy (joanne);
  g_autoptr(HearthPerson) other = hearth_person_new ("other", "Other");
  g_autofree char *described = NULL;

  g_assert_true (copy != joanne);
  g_assert_cmpstr (hearth_person_get_id (copy), ==, "joanne");
  g_assert_true (hearth_person_equal (copy, joanne));
  g_assert_false (hearth_person_equal (mark, joanne));

  /* Each field counts. */
  hearth_person_set_stated_age (copy, 37);
  g_assert_false (hearth_person_equal (copy, joanne));
  hearth_person_set_stated_age (copy, HEARTH_AGE_UNKNOWN);
  hearth_person_set_sleeps_in (copy, NULL);
  g_assert_false (hearth_person_equal (copy, joanne));
  hearth_person_set_sleeps_in (copy, "bed1");
  hearth_person_set_born (copy, NULL);
  g_assert_false (hearth_person_equal (copy, joanne));
  set_born (copy, 1988, 5, 21);
  g_assert_true (hearth_person_equal (copy, joanne));

  /* assign copies everything but the id. */
  hearth_person_assign (other, mark);
  g_assert_cmpstr (hearth_person_get_id (other), ==, "other");
  g_assert_false (hearth_person_equal (other, mark));
  g_assert_cmpstr (hearth_person_get_name (other), ==, "Mark Hughes");
  g_assert_cmpint (hearth_person_get_sex (other), ==, HEARTH_SEX_MALE);
  g_assert_null (hearth_person_get_born (other));
  g_assert_cmpint (hearth_person_get_stated_age (other), ==, 38);
  g_assert_true (hearth_person_get_resident (other));
  g_assert_true (hearth_person_get_parental_responsibility (other));
  g_assert_cmpstr (hearth_person_get_sleeps_in (other), ==, "bed1");

  /* A date of birth replaces a stated age and the other way round. */
  hearth_person_assign (other, joanne);
  g_assert_cmpint (hearth_person_get_stated_age (other), ==, HEARTH_AGE_UNKNOWN);
  g_assert_nonnull (hearth_person_get_born (other));
  hearth_person_assign (joanne, mark);
  described = describe_person (assessment, "joanne");
  g_assert_cmpstr (described, ==, "Mark Hughes|male|born=-|age=38|resident|pr|sleeps=bed1");

  /* Onto itself: nothing changes. */
  hearth_person_assign (mark, mark);
  g_clear_pointer (&described, g_free);
  described = describe_person (assessment, "mark");
  g_assert_cmpstr (described, ==, MARK);

  g_assert_finalize_object (assessment);
}

static void
test_assessment_lists (void)
{
  HearthAssessment *assessment = fixture_new ();
  HearthCouple *couple;
  HearthHazard *hazard;
  HearthRecipient *recipient;
  g_autoptr(HearthPerson) person = NULL;
  g_autofree char *text = NULL;
  guint index = G_MAXUINT;

  /* Couples */
  couple = hearth_assessment_steal_couple (assessment, 1);
  g_assert_cmpstr (couple->first, ==, "joanne");
  text = describe_couples (assessment);
  g_assert_cmpstr (text, ==, "daniel+sue nan+pop");
  g_assert_null (hearth_assessment_find_couple (assessment, "joanne", &index));
  g_assert_cmpuint (index, ==, G_MAXUINT);
  hearth_assessment_insert_couple (assessment, 2, couple);
  g_clear_pointer (&text, g_free);
  text = describe_couples (assessment);
  g_assert_cmpstr (text, ==, "daniel+sue nan+pop joanne+mark");
  g_assert_true (hearth_assessment_find_couple (assessment, "mark", &index) == couple);
  g_assert_cmpuint (index, ==, 2);
  g_assert_true (hearth_assessment_find_couple (assessment, "pop", &index) != NULL);
  g_assert_cmpuint (index, ==, 1);
  g_assert_null (hearth_assessment_find_couple (assessment, "kim", NULL));
  g_assert_null (hearth_assessment_find_couple (assessment, NULL, NULL));

  /* Hazards */
  hazard = hearth_assessment_steal_hazard (assessment, 0);
  g_assert_cmpint (hazard->number, ==, 11);
  hearth_assessment_insert_hazard (assessment, 2, hazard);
  g_clear_pointer (&text, g_free);
  text = describe_hazards (assessment);
  g_assert_cmpstr (text, ==, HAZARD_1 " ; " HAZARD_22 " ; " HAZARD_11);

  /* Rows */
  recipient = hearth_assessment_steal_recipient (assessment, 2);
  g_assert_cmpstr (recipient->person, ==, "daniel");
  hearth_assessment_insert_recipient (assessment, 0, recipient);
  g_assert_true (hearth_assessment_find_recipient (assessment, "daniel", &index) == recipient);
  g_assert_cmpuint (index, ==, 0);
  g_assert_nonnull (hearth_assessment_find_recipient (assessment, "mark", &index));
  g_assert_cmpuint (index, ==, 2);
  g_assert_null (hearth_assessment_find_recipient (assessment, "nan", NULL));

  /* People */
  person = g_object_ref (get_person (assessment, "amy"));
  g_assert_true (hearth_assessment_remove_person (assessment, person));
  g_assert_false (hearth_assessment_remove_person (assessment, person));
  hearth_assessment_insert_person (assessment, 0, person);
  g_clear_pointer (&text, g_free);
  text = describe_persons (assessment);
  g_assert_cmpstr (text, ==, "amy joanne mark daniel sue leo nan pop kim lee");

  g_clear_object (&person);
  g_assert_finalize_object (assessment);
}

/* HearthCaseDetails reads every field of <case>, and clears to nothing. */
static void
test_case_details (void)
{
  HearthAssessment *assessment = fixture_new ();
  HearthCaseDetails details;

  hearth_case_details_init (&details, assessment);
  g_assert_cmpstr (details.reference, ==, "CIN-2026-0417");
  g_assert_cmpstr (details.address, ==, "14 Larkspur Close");
  g_assert_cmpstr (details.assessor, ==, "Priya Shah");
  g_assert_cmpint (g_date_get_julian (&details.visit_date), ==,
                   g_date_get_julian ((GDate[]) { make_date (2026, 11, 16) }));
  g_assert_false (details.licensed_hmo);
  g_assert_cmpint (details.plan_type, ==, HEARTH_PLAN_TYPE_CHILD_IN_NEED);
  g_assert_cmpint (g_date_get_julian (&details.next_review), ==,
                   g_date_get_julian ((GDate[]) { make_date (2027, 1, 20) }));
  /* Copies, not the assessment's own strings. */
  g_assert_true (details.reference != hearth_assessment_get_reference (assessment));

  hearth_case_details_clear (&details);
  g_assert_null (details.reference);
  g_assert_null (details.address);
  g_assert_null (details.assessor);
  g_assert_false (g_date_valid (&details.visit_date));
  g_assert_cmpint (details.plan_type, ==, HEARTH_PLAN_TYPE_NONE);
  g_assert_false (g_date_valid (&details.next_review));

  /* Without an assessment: a new one's details. */
  hearth_case_details_init (&details, NULL);
  g_assert_null (details.reference);
  g_assert_false (g_date_valid (&details.visit_date));
  g_assert_cmpint (details.plan_type, ==, HEARTH_PLAN_TYPE_NONE);
  hearth_case_details_clear (&details);

  g_assert_finalize_object (assessment);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_CASES ("/household/edit", edit_cases, test_edit);
  g_test_add_func ("/household/remove-person/indexes", test_remove_person_indexes);
  g_test_add_func ("/household/set-couple/replacing", test_set_couple_replacing);
  g_test_add_func ("/household/set-recipient/add-then-replace", test_set_recipient_add_then_replace);
  g_test_add_func ("/household/hazards/in-turn", test_hazards_in_turn);
  g_test_add_func ("/household/mixed-sequence", test_mixed_sequence);
  g_test_add_func ("/household/command-alone", test_command_alone);

  ADD_CASES ("/household/types/plan-type", plan_cases, test_plan_type_token);
  ADD_CASES ("/household/types/referral-status", referral_cases, test_referral_status_token);
  ADD_CASES ("/household/types/safe-to-share", safe_cases, test_safe_label);
  ADD_CASES ("/household/types/withheld-reason", reason_cases, test_reason_label);
  ADD_CASES ("/household/types/share-method", method_cases, test_method_label);
  g_test_add_func ("/household/types/unknown", test_unknown_tokens);
  g_test_add_func ("/household/model/referral", test_referral_boxed);
  g_test_add_func ("/household/model/person-copy", test_person_copy);
  g_test_add_func ("/household/model/lists", test_assessment_lists);
  g_test_add_func ("/household/model/case-details", test_case_details);

  return g_test_run ();
}
