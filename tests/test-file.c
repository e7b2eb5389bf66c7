/* test-file.c: what is saved loads back the same, and saving is safe
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected values for the example are read off
 * data/examples/carter-household.hearth by hand.
 */

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hearth-file.h"

/* ------------------------------------------------------------------------- */
/* Comparing models field by field                                           */
/* ------------------------------------------------------------------------- */

static void
assert_dates_equal (const GDate *a,
                    const GDate *b)
{
  gboolean a_valid = a != NULL && g_date_valid (a);
  gboolean b_valid = b != NULL && g_date_valid (b);

  g_assert_cmpint (a_valid, ==, b_valid);
  if (a_valid)
    g_assert_cmpint (g_date_get_julian (a), ==, g_date_get_julian (b));
}

static void
assert_date_is (const GDate *date,
                int          year,
                int          month,
                int          day)
{
  g_assert_nonnull (date);
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}

static void
assert_strv_equal (const char * const *a,
                   const char * const *b)
{
  guint n_a = a ? g_strv_length ((char **) a) : 0;
  guint n_b = b ? g_strv_length ((char **) b) : 0;

  g_assert_cmpuint (n_a, ==, n_b);
  for (guint i = 0; i < n_a; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

static void
assert_polygons_equal (const HearthPolygon *a,
                       const HearthPolygon *b)
{
  g_assert_cmpuint (hearth_polygon_get_n_points (a), ==, hearth_polygon_get_n_points (b));
  for (guint i = 0; i < hearth_polygon_get_n_points (a); i++)
    {
      HearthPoint pa = hearth_polygon_get_point (a, i);
      HearthPoint pb = hearth_polygon_get_point (b, i);

      g_assert_cmpint (pa.x, ==, pb.x);
      g_assert_cmpint (pa.y, ==, pb.y);
    }
}

static void
assert_persons_equal (HearthPerson *a,
                      HearthPerson *b)
{
  g_assert_cmpstr (hearth_person_get_id (a), ==, hearth_person_get_id (b));
  g_assert_cmpstr (hearth_person_get_name (a), ==, hearth_person_get_name (b));
  g_assert_cmpint (hearth_person_get_sex (a), ==, hearth_person_get_sex (b));
  assert_dates_equal (hearth_person_get_born (a), hearth_person_get_born (b));
  g_assert_cmpint (hearth_person_get_stated_age (a), ==, hearth_person_get_stated_age (b));
  g_assert_cmpint (hearth_person_get_resident (a), ==, hearth_person_get_resident (b));
  g_assert_cmpint (hearth_person_get_parental_responsibility (a), ==,
                   hearth_person_get_parental_responsibility (b));
  g_assert_cmpstr (hearth_person_get_sleeps_in (a), ==, hearth_person_get_sleeps_in (b));
}

static void
assert_rooms_equal (HearthRoom *a,
                    HearthRoom *b)
{
  g_assert_cmpstr (hearth_room_get_id (a), ==, hearth_room_get_id (b));
  g_assert_cmpstr (hearth_room_get_name (a), ==, hearth_room_get_name (b));
  g_assert_cmpint (hearth_room_get_use (a), ==, hearth_room_get_use (b));
  g_assert_cmpint (hearth_room_get_living_room (a), ==, hearth_room_get_living_room (b));
  assert_polygons_equal (hearth_room_get_polygon (a), hearth_room_get_polygon (b));
  g_assert_cmpstr (hearth_room_get_notes (a), ==, hearth_room_get_notes (b));

  g_assert_cmpuint (hearth_room_get_n_low_headroom (a), ==, hearth_room_get_n_low_headroom (b));
  for (guint i = 0; i < hearth_room_get_n_low_headroom (a); i++)
    {
      const HearthLowHeadroom *za = hearth_room_get_low_headroom (a, i);
      const HearthLowHeadroom *zb = hearth_room_get_low_headroom (b, i);

      g_assert_cmpint (za->max_height_mm, ==, zb->max_height_mm);
      assert_polygons_equal (za->polygon, zb->polygon);
    }
}

static void
assert_hazards_equal (const HearthHazard *a,
                      const HearthHazard *b)
{
  g_assert_cmpint (a->number, ==, b->number);
  assert_strv_equal ((const char * const *) a->rooms, (const char * const *) b->rooms);
  g_assert_cmpint (a->likelihood_milli, ==, b->likelihood_milli);
  for (guint c = 0; c < 4; c++)
    g_assert_cmpint (a->spread_tenths[c], ==, b->spread_tenths[c]);
  g_assert_cmpstr (a->notes, ==, b->notes);
}

static void
assert_recipients_equal (const HearthRecipient *a,
                         const HearthRecipient *b)
{
  g_assert_cmpstr (a->person, ==, b->person);
  g_assert_cmpint (a->details_known, ==, b->details_known);
  g_assert_cmpint (a->safe_to_share, ==, b->safe_to_share);
  g_assert_cmpint (a->withheld_reason, ==, b->withheld_reason);
  g_assert_cmpstr (a->withheld_note, ==, b->withheld_note);
  g_assert_cmpint (a->withhold_address, ==, b->withhold_address);
  g_assert_cmpint (a->withhold_residents, ==, b->withhold_residents);
  assert_strv_equal ((const char * const *) a->withhold_findings,
                     (const char * const *) b->withhold_findings);
  assert_dates_equal (&a->shared_on, &b->shared_on);
  g_assert_cmpint (a->method, ==, b->method);
  g_assert_cmpint (a->in_plan, ==, b->in_plan);
  g_assert_cmpint (a->review_invite, ==, b->review_invite);
}

static void
assert_referrals_equal (const HearthReferral *a,
                        const HearthReferral *b)
{
  g_assert_cmpint (a->status, ==, b->status);
  assert_dates_equal (&a->made_on, &b->made_on);
  g_assert_cmpstr (a->made_to, ==, b->made_to);
  assert_dates_equal (&a->reply_on, &b->reply_on);
  g_assert_cmpstr (a->reply, ==, b->reply);
  g_assert_cmpstr (a->note, ==, b->note);
  g_assert_true (hearth_referral_equal (a, b));
}

static void
assert_assessments_equal (HearthAssessment *a,
                          HearthAssessment *b)
{
  GPtrArray *pa, *pb;

  g_assert_cmpstr (hearth_assessment_get_reference (a), ==, hearth_assessment_get_reference (b));
  g_assert_cmpstr (hearth_assessment_get_address (a), ==, hearth_assessment_get_address (b));
  g_assert_cmpstr (hearth_assessment_get_assessor (a), ==, hearth_assessment_get_assessor (b));
  assert_dates_equal (hearth_assessment_get_visit_date (a), hearth_assessment_get_visit_date (b));
  g_assert_cmpint (hearth_assessment_get_licensed_hmo (a), ==, hearth_assessment_get_licensed_hmo (b));
  g_assert_cmpstr (hearth_assessment_get_notes (a), ==, hearth_assessment_get_notes (b));
  g_assert_cmpint (hearth_assessment_get_plan_type (a), ==, hearth_assessment_get_plan_type (b));
  assert_dates_equal (hearth_assessment_get_next_review (a), hearth_assessment_get_next_review (b));
  assert_referrals_equal (hearth_assessment_get_referral (a), hearth_assessment_get_referral (b));

  pa = hearth_assessment_get_persons (a);
  pb = hearth_assessment_get_persons (b);
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    assert_persons_equal (g_ptr_array_index (pa, i), g_ptr_array_index (pb, i));

  pa = hearth_assessment_get_couples (a);
  pb = hearth_assessment_get_couples (b);
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    {
      const HearthCouple *ca = g_ptr_array_index (pa, i);
      const HearthCouple *cb = g_ptr_array_index (pb, i);

      g_assert_cmpstr (ca->first, ==, cb->first);
      g_assert_cmpstr (ca->second, ==, cb->second);
    }

  pa = hearth_assessment_get_floors (a);
  pb = hearth_assessment_get_floors (b);
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    {
      HearthFloor *fa = g_ptr_array_index (pa, i);
      HearthFloor *fb = g_ptr_array_index (pb, i);

      g_assert_cmpstr (hearth_floor_get_id (fa), ==, hearth_floor_get_id (fb));
      g_assert_cmpstr (hearth_floor_get_name (fa), ==, hearth_floor_get_name (fb));
      g_assert_cmpint (hearth_floor_get_level (fa), ==, hearth_floor_get_level (fb));
      g_assert_cmpuint (hearth_floor_get_n_rooms (fa), ==, hearth_floor_get_n_rooms (fb));
      for (guint j = 0; j < hearth_floor_get_n_rooms (fa); j++)
        assert_rooms_equal (hearth_floor_get_room (fa, j), hearth_floor_get_room (fb, j));
    }

  pa = hearth_assessment_get_hazards (a);
  pb = hearth_assessment_get_hazards (b);
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    assert_hazards_equal (g_ptr_array_index (pa, i), g_ptr_array_index (pb, i));

  pa = hearth_assessment_get_recipients (a);
  pb = hearth_assessment_get_recipients (b);
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    assert_recipients_equal (g_ptr_array_index (pa, i), g_ptr_array_index (pb, i));
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  gsize len_a, len_b;
  const char *da = g_bytes_get_data (a, &len_a);
  const char *db = g_bytes_get_data (b, &len_b);

  g_assert_cmpmem (da, len_a, db, len_b);
}

/* ------------------------------------------------------------------------- */
/* Loading and generations                                                   */
/* ------------------------------------------------------------------------- */

static HearthAssessment *
load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HearthAssessment *assessment;

  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (assessment);
  return assessment;
}

static HearthAssessment *
load_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  HearthAssessment *assessment;

  assessment = hearth_assessment_load_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (assessment);
  return assessment;
}

/* What the header promises of the bytes: UTF-8 XML ending in a newline,
 * and (like every Hearth file) no document type declaration. */
static void
assert_well_formed_output (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  static const char declaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  g_assert_cmpuint (length, >, strlen (declaration));
  g_assert_true (g_utf8_validate_len (data, length, NULL));
  g_assert_cmpmem (data, strlen (declaration), declaration, strlen (declaration));
  g_assert_cmpint (data[length - 1], ==, '\n');
  g_assert_null (g_strstr_len (data, length, "<!DOCTYPE"));
}

/* Load → save → load → save: the models agree and the second and third
 * generations of bytes are identical. */
static void
assert_round_trip (HearthAssessment *first)
{
  g_autoptr(GBytes) second_bytes = hearth_assessment_to_bytes (first);
  g_autoptr(HearthAssessment) second = load_bytes (second_bytes);
  g_autoptr(GBytes) third_bytes = hearth_assessment_to_bytes (second);
  g_autoptr(HearthAssessment) third = load_bytes (third_bytes);

  assert_well_formed_output (second_bytes);
  assert_assessments_equal (first, second);
  assert_assessments_equal (second, third);
  assert_bytes_equal (second_bytes, third_bytes);
}

static char *
example_path (void)
{
  const char *root = g_getenv ("HEARTH_SOURCE_ROOT");

  if (root != NULL)
    return g_build_filename (root, "data", "examples", "carter-household.hearth", NULL);
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "carter-household.hearth", NULL);
}

/* The loader reads every field of the example; a field that reading and
 * writing both dropped would survive a round trip unnoticed. */
static void
test_example_contents (void)
{
  g_autofree char *path = example_path ();
  g_autoptr(HearthAssessment) a = load_path (path);
  GPtrArray *persons = hearth_assessment_get_persons (a);
  GPtrArray *floors = hearth_assessment_get_floors (a);
  GPtrArray *hazards = hearth_assessment_get_hazards (a);
  GPtrArray *recipients = hearth_assessment_get_recipients (a);
  const HearthCouple *couple;
  const HearthHazard *hazard;
  const HearthRecipient *r;
  const HearthLowHeadroom *zone;
  HearthPerson *p;
  HearthFloor *floor;
  HearthRoom *box;
  static const HearthPoint box_corners[] = {
    { 0, 3200 }, { 2400, 3200 }, { 2400, 5800 }, { 0, 5800 },
  };
  static const HearthPoint bulkhead_corners[] = {
    { 0, 5400 }, { 2400, 5400 }, { 2400, 5800 }, { 0, 5800 },
  };

  g_assert_cmpstr (hearth_assessment_get_reference (a), ==, "CIN-2026-0417");
  g_assert_cmpstr (hearth_assessment_get_address (a), ==, "14 Larkspur Close, Northtown NT4 2QX");
  g_assert_cmpstr (hearth_assessment_get_assessor (a), ==, "Priya Shah");
  assert_date_is (hearth_assessment_get_visit_date (a), 2026, 11, 16);
  g_assert_false (hearth_assessment_get_licensed_hmo (a));
  /* Written before plan types and referrals: the defaults. */
  g_assert_cmpint (hearth_assessment_get_plan_type (a), ==, HEARTH_PLAN_TYPE_NONE);
  g_assert_false (g_date_valid (hearth_assessment_get_next_review (a)));
  g_assert_cmpint (hearth_assessment_get_referral (a)->status, ==, HEARTH_REFERRAL_NOT_CONSIDERED);
  g_assert_false (g_date_valid (&hearth_assessment_get_referral (a)->made_on));
  g_assert_null (hearth_assessment_get_referral (a)->made_to);
  g_assert_false (g_date_valid (&hearth_assessment_get_referral (a)->reply_on));
  g_assert_null (hearth_assessment_get_referral (a)->reply);
  g_assert_null (hearth_assessment_get_referral (a)->note);
  g_assert_cmpstr (hearth_assessment_get_notes (a), ==,
                   "Visit arranged with Joanne. Daniel lives in another town and sees the children at weekends.");

  g_assert_cmpuint (persons->len, ==, 8);
  p = g_ptr_array_index (persons, 0);
  g_assert_cmpstr (hearth_person_get_id (p), ==, "joanne");
  g_assert_cmpstr (hearth_person_get_name (p), ==, "Joanne Carter");
  g_assert_cmpint (hearth_person_get_sex (p), ==, HEARTH_SEX_FEMALE);
  assert_date_is (hearth_person_get_born (p), 1988, 5, 21);
  g_assert_cmpint (hearth_person_get_stated_age (p), ==, HEARTH_AGE_UNKNOWN);
  g_assert_true (hearth_person_get_resident (p));
  g_assert_true (hearth_person_get_parental_responsibility (p));
  g_assert_cmpstr (hearth_person_get_sleeps_in (p), ==, "bed1");

  p = g_ptr_array_index (persons, 2);
  g_assert_cmpstr (hearth_person_get_id (p), ==, "daniel");
  g_assert_cmpint (hearth_person_get_sex (p), ==, HEARTH_SEX_MALE);
  g_assert_false (hearth_person_get_resident (p));
  g_assert_true (hearth_person_get_parental_responsibility (p));
  g_assert_null (hearth_person_get_sleeps_in (p));

  p = g_ptr_array_index (persons, 7);
  g_assert_cmpstr (hearth_person_get_id (p), ==, "finn");
  assert_date_is (hearth_person_get_born (p), 2026, 3, 10);
  g_assert_false (hearth_person_get_parental_responsibility (p));

  g_assert_cmpuint (hearth_assessment_get_couples (a)->len, ==, 1);
  couple = g_ptr_array_index (hearth_assessment_get_couples (a), 0);
  g_assert_cmpstr (couple->first, ==, "joanne");
  g_assert_cmpstr (couple->second, ==, "mark");

  g_assert_cmpuint (floors->len, ==, 2);
  floor = g_ptr_array_index (floors, 0);
  g_assert_cmpstr (hearth_floor_get_id (floor), ==, "ground");
  g_assert_cmpstr (hearth_floor_get_name (floor), ==, "Ground floor");
  g_assert_cmpint (hearth_floor_get_level (floor), ==, 0);
  g_assert_cmpuint (hearth_floor_get_n_rooms (floor), ==, 3);
  floor = g_ptr_array_index (floors, 1);
  g_assert_cmpstr (hearth_floor_get_id (floor), ==, "first");
  g_assert_cmpint (hearth_floor_get_level (floor), ==, 1);
  g_assert_cmpuint (hearth_floor_get_n_rooms (floor), ==, 5);
  g_assert_cmpuint (hearth_assessment_get_n_rooms (a), ==, 8);

  box = hearth_floor_get_room (floor, 2);
  g_assert_cmpstr (hearth_room_get_id (box), ==, "box");
  g_assert_cmpstr (hearth_room_get_name (box), ==, "Box room");
  g_assert_cmpint (hearth_room_get_use (box), ==, HEARTH_ROOM_USE_BEDROOM);
  g_assert_false (hearth_room_get_living_room (box));
  g_assert_cmpuint (hearth_polygon_get_n_points (hearth_room_get_polygon (box)), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      HearthPoint pt = hearth_polygon_get_point (hearth_room_get_polygon (box), i);

      g_assert_cmpint (pt.x, ==, box_corners[i].x);
      g_assert_cmpint (pt.y, ==, box_corners[i].y);
    }
  g_assert_cmpuint (hearth_room_get_n_low_headroom (box), ==, 1);
  zone = hearth_room_get_low_headroom (box, 0);
  g_assert_cmpint (zone->max_height_mm, ==, 1300);
  g_assert_cmpuint (hearth_polygon_get_n_points (zone->polygon), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      HearthPoint pt = hearth_polygon_get_point (zone->polygon, i);

      g_assert_cmpint (pt.x, ==, bulkhead_corners[i].x);
      g_assert_cmpint (pt.y, ==, bulkhead_corners[i].y);
    }
  g_assert_cmpstr (hearth_room_get_notes (box), ==,
                   "Bulkhead over the stairs along the back wall; Amy's bed is against it.");

  g_assert_cmpuint (hazards->len, ==, 1);
  hazard = g_ptr_array_index (hazards, 0);
  g_assert_cmpint (hazard->number, ==, 11);
  assert_strv_equal ((const char * const *) hazard->rooms, (const char * const[]) { "box", "bed1", NULL });
  /* "1 in 100" is 100 000 thousandths; 10.0/10.0/31.6/48.4 % in tenths. */
  g_assert_cmpint (hazard->likelihood_milli, ==, 100000);
  g_assert_cmpint (hazard->spread_tenths[0], ==, 100);
  g_assert_cmpint (hazard->spread_tenths[1], ==, 100);
  g_assert_cmpint (hazard->spread_tenths[2], ==, 316);
  g_assert_cmpint (hazard->spread_tenths[3], ==, 484);
  g_assert_true (g_str_has_prefix (hazard->notes, "Four people share Bedroom 1;"));

  g_assert_cmpuint (recipients->len, ==, 2);
  r = g_ptr_array_index (recipients, 0);
  g_assert_cmpstr (r->person, ==, "joanne");
  g_assert_true (r->details_known);
  g_assert_cmpint (r->safe_to_share, ==, HEARTH_SAFE_TO_SHARE_YES);
  g_assert_cmpint (r->withheld_reason, ==, HEARTH_WITHHELD_REASON_NONE);
  g_assert_false (r->withhold_address);
  g_assert_false (r->withhold_residents);
  assert_date_is (&r->shared_on, 2026, 11, 16);
  g_assert_cmpint (r->method, ==, HEARTH_SHARE_METHOD_IN_PERSON);
  g_assert_true (r->in_plan);
  g_assert_true (r->review_invite);
  r = g_ptr_array_index (recipients, 1);
  g_assert_cmpstr (r->person, ==, "daniel");
  g_assert_cmpint (r->safe_to_share, ==, HEARTH_SAFE_TO_SHARE_NOT_ASSESSED);
  g_assert_false (g_date_valid (&r->shared_on));
  g_assert_cmpint (r->method, ==, HEARTH_SHARE_METHOD_NONE);
  g_assert_false (r->in_plan);
  g_assert_false (r->review_invite);
}

static void
test_example_round_trip (void)
{
  g_autofree char *path = example_path ();
  g_autoptr(HearthAssessment) first = load_path (path);

  assert_round_trip (first);
}

/* A file written before plan types and referrals existed is written back
 * exactly as it was (all but the comment, which Hearth never keeps): the
 * defaults add nothing. */
static void
test_example_bytes_unchanged (void)
{
  g_autofree char *path = example_path ();
  g_autoptr(HearthAssessment) a = load_path (path);
  g_autoptr(GBytes) bytes = hearth_assessment_to_bytes (a);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  static const char comment[] =
    "<!-- A fictional household: every name, address and case number here is invented. -->\n";
  const char *at;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  at = strstr (contents, comment);
  g_assert_nonnull (at);
  expected = g_strdup_printf ("%.*s%s", (int) (at - contents), contents, at + strlen (comment));

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected, strlen (expected));
}

/* tests/data/valid/referral-made.hearth, read off the file by hand. */
static void
test_referral_contents (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "referral-made.hearth", NULL);
  g_autoptr(HearthAssessment) a = load_path (path);
  const HearthReferral *referral = hearth_assessment_get_referral (a);

  g_assert_cmpstr (hearth_assessment_get_reference (a), ==, "TEST-0004");
  assert_date_is (hearth_assessment_get_visit_date (a), 2026, 11, 16);
  g_assert_cmpint (hearth_assessment_get_plan_type (a), ==, HEARTH_PLAN_TYPE_CHILD_IN_NEED);
  assert_date_is (hearth_assessment_get_next_review (a), 2027, 1, 20);

  g_assert_cmpint (referral->status, ==, HEARTH_REFERRAL_MADE);
  assert_date_is (&referral->made_on, 2026, 11, 18);
  g_assert_cmpstr (referral->made_to, ==, "Testville Private Sector Housing");
  assert_date_is (&referral->reply_on, 2026, 12, 2);
  g_assert_cmpstr (referral->reply, ==, "Inspection booked for 9 December; the landlord has been told.");
  g_assert_cmpstr (referral->note, ==, "Sent with the plan and photos.");

  g_assert_cmpuint (hearth_assessment_get_hazards (a)->len, ==, 1);
  g_assert_cmpuint (hearth_assessment_get_recipients (a)->len, ==, 1);
}

static void
test_valid_round_trip (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", name, NULL);
  g_autoptr(HearthAssessment) first = load_path (path);

  assert_round_trip (first);
}

/* ------------------------------------------------------------------------- */
/* An assessment built in code, with everything awkward                      */
/* ------------------------------------------------------------------------- */

/* U+0001 cannot appear in XML 1.0: the writer puts U+FFFD in its place. */
#define NAME_WITH_CONTROL  "Zoë \x01 O’Brien-Łukasz"
#define NAME_AS_SAVED      "Zoë \xEF\xBF\xBD O’Brien-Łukasz"

#define AWKWARD_ADDRESS "Flat \"B\", 3 <Rose> & Crown Yard,\nLittle Snoring\tNR21 0AA"
#define AWKWARD_NOTES \
  "  Leading spaces, a CDATA end ]]> and an entity &amp; that is text.\n" \
  "Windows line end\r\nand a bare \r too; a tab\there.\n" \
  "Emoji 🏠👶 and quotes “ ” ' \"\n"

static HearthPolygon *
rectangle (gint64 x0,
           gint64 y0,
           gint64 x1,
           gint64 y1)
{
  const HearthPoint points[] = { { x0, y0 }, { x1, y0 }, { x1, y1 }, { x0, y1 } };

  return hearth_polygon_new (points, G_N_ELEMENTS (points));
}

static HearthPerson *
add_person (HearthAssessment *a,
            const char       *id,
            const char       *name)
{
  g_autoptr(HearthPerson) person = hearth_person_new (id, name);

  hearth_assessment_add_person (a, person);
  return person;
}

/* @as_saved: the name with its control character replaced, as loading the
 * saved file gives it back. */
static HearthAssessment *
build_awkward (gboolean as_saved)
{
  HearthAssessment *a = hearth_assessment_new ();
  g_autoptr(HearthFloor) basement = hearth_floor_new ("basement", "Basement <B1> & store", -1);
  g_autoptr(HearthFloor) attic = hearth_floor_new ("attic.floor", "Attic \"loft\"", 2);
  g_autoptr(HearthRoom) den = NULL;
  g_autoptr(HearthRoom) loft = NULL;
  g_autoptr(HearthReferral) referral = NULL;
  HearthPerson *p;
  HearthHazard *h;
  HearthRecipient *r;
  GDate date;

  hearth_assessment_set_reference (a, "REF-\"1\" & <2>");
  hearth_assessment_set_address (a, AWKWARD_ADDRESS);
  hearth_assessment_set_assessor (a, "Ms O'Neill 👩‍⚕️");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 29, G_DATE_FEBRUARY, 2028);
  hearth_assessment_set_visit_date (a, &date);
  hearth_assessment_set_licensed_hmo (a, TRUE);
  hearth_assessment_set_notes (a, AWKWARD_NOTES);
  hearth_assessment_set_plan_type (a, HEARTH_PLAN_TYPE_CHILD_PROTECTION);
  g_date_set_dmy (&date, 31, G_DATE_MARCH, 2028);
  hearth_assessment_set_next_review (a, &date);

  /* Not made, with a reply all the same: every field, awkward text. */
  referral = hearth_referral_new ();
  referral->status = HEARTH_REFERRAL_NOT_MADE;
  g_date_set_dmy (&referral->made_on, 1, G_DATE_MARCH, 2028);
  referral->made_to = g_strdup ("Housing & <Environmental> Health, “Team B”");
  g_date_set_dmy (&referral->reply_on, 2, G_DATE_MARCH, 2028);
  referral->reply = g_strdup ("  Not our area: try <Northtown> & \"District\"\nsecond line 🏠 ");
  referral->note = g_strdup ("Family moving out\nnext month; \"see\" <log> & notes");
  hearth_assessment_set_referral (a, referral);

  /* A date of birth only. */
  p = add_person (a, "zoe", as_saved ? NAME_AS_SAVED : NAME_WITH_CONTROL);
  hearth_person_set_sex (p, HEARTH_SEX_FEMALE);
  g_date_set_dmy (&date, 29, G_DATE_FEBRUARY, 1996);
  hearth_person_set_born (p, &date);
  hearth_person_set_parental_responsibility (p, TRUE);
  hearth_person_set_sleeps_in (p, "den");

  /* A stated age only. */
  p = add_person (a, "kid_1", "Kid <One> & \"Two\"");
  hearth_person_set_sex (p, HEARTH_SEX_MALE);
  hearth_person_set_stated_age (p, 7);
  hearth_person_set_sleeps_in (p, "loft");

  /* Both: the file keeps both, although the date of birth wins for ages. */
  p = add_person (a, "both", "Both\nLines");
  g_date_set_dmy (&date, 31, G_DATE_DECEMBER, 2010);
  hearth_person_set_born (p, &date);
  hearth_person_set_stated_age (p, 15);
  hearth_person_set_sleeps_in (p, "loft");

  /* Neither, not resident, sex not recorded. */
  p = add_person (a, "away", "   ");
  hearth_person_set_resident (p, FALSE);
  hearth_person_set_parental_responsibility (p, TRUE);

  hearth_assessment_add_couple (a, hearth_couple_new ("zoe", "away"));

  den = hearth_room_new ("den", "Den & <study>", HEARTH_ROOM_USE_UNKNOWN, rectangle (-4000, -3000, 0, 0));
  hearth_room_set_living_room (den, TRUE);
  hearth_room_set_notes (den, "Damp \"patch\"\n<behind> the sofa & TV 📺");
  hearth_floor_add_room (basement, den);
  hearth_assessment_add_floor (a, basement);

  loft = hearth_room_new ("loft", "Loft", HEARTH_ROOM_USE_BEDROOM, rectangle (0, 0, 4000, 3000));
  /* Height not recorded (0), and one recorded. */
  hearth_room_add_low_headroom (loft, hearth_low_headroom_new (rectangle (0, 0, 4000, 500), 0));
  hearth_room_add_low_headroom (loft, hearth_low_headroom_new (rectangle (0, 2500, 4000, 3000), 1499));
  hearth_floor_add_room (attic, loft);
  hearth_assessment_add_floor (a, attic);

  /* 1 in 7.5 is 7500 thousandths; 10.0/10.0/31.6/48.4 %. */
  h = hearth_hazard_new (11);
  g_strfreev (h->rooms);
  h->rooms = g_strsplit ("loft den", " ", -1);
  h->likelihood_milli = 7500;
  h->spread_tenths[0] = 100;
  h->spread_tenths[1] = 100;
  h->spread_tenths[2] = 316;
  h->spread_tenths[3] = 484;
  h->notes = g_strdup ("Crowding: 3 < 4 & \"too many\"\nsecond line");
  hearth_assessment_add_hazard (a, h);

  /* 1 in 1, all class IV, no rooms, no notes. */
  h = hearth_hazard_new (1);
  h->likelihood_milli = 1000;
  h->spread_tenths[3] = 1000;
  hearth_assessment_add_hazard (a, h);

  /* The least likely the format allows, with three decimals: 1 in 99999.999. */
  h = hearth_hazard_new (29);
  h->likelihood_milli = 99999999;
  h->spread_tenths[0] = 1;
  h->spread_tenths[1] = 2;
  h->spread_tenths[2] = 3;
  h->spread_tenths[3] = 994;
  hearth_assessment_add_hazard (a, h);

  r = hearth_recipient_new ("away");
  r->details_known = TRUE;
  r->safe_to_share = HEARTH_SAFE_TO_SHARE_NO;
  r->withheld_reason = HEARTH_WITHHELD_REASON_RISK_TO_CHILD;
  r->withheld_note = g_strdup ("Per strategy meeting <12/3> & \"police\" advice\nsee log");
  r->withhold_address = TRUE;
  r->withhold_residents = TRUE;
  g_strfreev (r->withhold_findings);
  r->withhold_findings = g_strsplit ("small-bedroom room-standard", " ", -1);
  g_date_set_dmy (&date, 1, G_DATE_MARCH, 2028);
  r->shared_on = date;
  r->method = HEARTH_SHARE_METHOD_LETTER;
  r->in_plan = TRUE;
  r->review_invite = FALSE;
  hearth_assessment_add_recipient (a, r);

  r = hearth_recipient_new ("zoe");
  r->withhold_residents = TRUE;
  r->method = HEARTH_SHARE_METHOD_EMAIL;
  r->review_invite = TRUE;
  hearth_assessment_add_recipient (a, r);

  return a;
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, joined with spaces. */
static char *
list_dir_sorted (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

typedef struct
{
  char *dir;
  char *path;
} TempDir;

static void
temp_dir_setup (TempDir       *t,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  t->dir = g_dir_make_tmp ("hearth-file-XXXXXX", &error);
  g_assert_no_error (error);
  t->path = g_build_filename (t->dir, "family.hearth", NULL);
}

static void
temp_dir_teardown (TempDir       *t,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_chmod (t->dir, 0700);
  d = g_dir_open (t->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (t->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (t->dir);
  g_free (t->dir);
  g_free (t->path);
}

static void
save (HearthAssessment *assessment,
      const char       *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_assessment_save_to_file (assessment, file, NULL, &error));
  g_assert_no_error (error);
}

static void
test_awkward_save_and_load (TempDir       *t,
                            gconstpointer  data)
{
  g_autoptr(HearthAssessment) original = build_awkward (FALSE);
  g_autoptr(HearthAssessment) expected = build_awkward (TRUE);
  g_autoptr(HearthAssessment) loaded = NULL;
  HearthPerson *zoe;

  save (original, t->path);
  g_assert_cmpuint (file_mode (t->path), ==, 0600);

  loaded = load_path (t->path);
  assert_assessments_equal (loaded, expected);

  zoe = hearth_assessment_find_person (loaded, "zoe");
  g_assert_cmpstr (hearth_person_get_name (zoe), ==, NAME_AS_SAVED);

  /* And round again, from the loaded copy. */
  assert_round_trip (loaded);
}

static void
test_awkward_round_trip (void)
{
  g_autoptr(HearthAssessment) original = build_awkward (FALSE);
  g_autoptr(HearthAssessment) expected = build_awkward (TRUE);
  g_autoptr(GBytes) bytes = hearth_assessment_to_bytes (original);
  g_autoptr(HearthAssessment) loaded = load_bytes (bytes);

  assert_well_formed_output (bytes);
  assert_assessments_equal (loaded, expected);
}

static HearthAssessment *
build_small (const char *reference)
{
  HearthAssessment *a = hearth_assessment_new ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 16, G_DATE_NOVEMBER, 2026);
  hearth_assessment_set_visit_date (a, &date);
  hearth_assessment_set_reference (a, reference);
  return a;
}

static void
test_save_replaces (TempDir       *t,
                    gconstpointer  data)
{
  g_autoptr(HearthAssessment) old = build_small ("OLD-1");
  g_autoptr(HearthAssessment) new = build_awkward (FALSE);
  g_autoptr(HearthAssessment) expected = build_awkward (TRUE);
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autofree char *listing = NULL;

  save (old, t->path);
  /* Even if someone loosened the old file's mode, the new one is private. */
  g_assert_cmpint (g_chmod (t->path, 0644), ==, 0);

  save (new, t->path);
  g_assert_cmpuint (file_mode (t->path), ==, 0600);
  loaded = load_path (t->path);
  assert_assessments_equal (loaded, expected);

  /* No temporary file left beside it. */
  listing = list_dir_sorted (t->dir);
  g_assert_cmpstr (listing, ==, "family.hearth");
}

static void
test_save_read_only_dir (TempDir       *t,
                         gconstpointer  data)
{
  g_autoptr(HearthAssessment) old = build_small ("OLD-1");
  g_autoptr(HearthAssessment) new = build_small ("NEW-2");
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (t->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  gsize before_len, after_len;

  if (geteuid () == 0)
    {
      g_test_skip ("root ignores folder permissions");
      return;
    }

  save (old, t->path);
  g_assert_true (g_file_get_contents (t->path, &before, &before_len, NULL));
  g_assert_cmpint (g_chmod (t->dir, 0500), ==, 0);

  g_assert_false (hearth_assessment_save_to_file (new, file, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("message: %s", error->message);

  g_assert_cmpint (g_chmod (t->dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (t->path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  loaded = load_path (t->path);
  g_assert_cmpstr (hearth_assessment_get_reference (loaded), ==, "OLD-1");
  listing = list_dir_sorted (t->dir);
  g_assert_cmpstr (listing, ==, "family.hearth");
}

/* Hearth refuses to write what it could not open again, and leaves the old
 * file as it was. */
static void
test_save_refuses_unloadable (TempDir       *t,
                              gconstpointer  data)
{
  g_autoptr(HearthAssessment) old = build_small ("OLD-1");
  g_autoptr(HearthAssessment) no_date = build_small ("NEW-2");
  g_autoptr(HearthAssessment) dangling = build_small ("NEW-3");
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(HearthPerson) lost = hearth_person_new ("ann01", "Ann");
  g_autoptr(GFile) file = g_file_new_for_path (t->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  save (old, t->path);

  hearth_assessment_set_visit_date (no_date, NULL);
  g_assert_false (hearth_assessment_save_to_file (no_date, file, NULL, &error));
  g_assert_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "visit date"));
  g_clear_error (&error);

  /* Sleeps in a room that is not on the plan. */
  hearth_person_set_sleeps_in (lost, "attic");
  hearth_assessment_add_person (dangling, lost);
  g_assert_false (hearth_assessment_save_to_file (dangling, file, NULL, &error));
  g_assert_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_DANGLING_REFERENCE);
  g_assert_nonnull (strstr (error->message, "ann01"));
  g_assert_nonnull (strstr (error->message, "attic"));

  loaded = load_path (t->path);
  g_assert_cmpstr (hearth_assessment_get_reference (loaded), ==, "OLD-1");
  listing = list_dir_sorted (t->dir);
  g_assert_cmpstr (listing, ==, "family.hearth");
}

/* What the writer leaves out: no plan, no review date and an untouched
 * referral add nothing, so files from before they existed stay the same;
 * a referral with anything recorded is written between the hazards and
 * the sharing checklist. */
#define SMALL_HEAD \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<hearth-assessment xmlns=\"urn:hearth:assessment:1\" version=\"1\">\n"
#define SMALL_BODY \
  "  <household/>\n" \
  "  <plan/>\n" \
  "  <hazards/>\n"
#define SMALL_TAIL \
  "  <sharing/>\n" \
  "</hearth-assessment>\n"

typedef struct
{
  const char            *name;
  HearthPlanType         plan_type;
  int                    review_day;   /* of January 2027; 0: none */
  HearthReferralStatus   status;
  const char            *note;
  const char            *bytes;
} DefaultsCase;

static const DefaultsCase defaults_cases[] = {
  { "untouched", HEARTH_PLAN_TYPE_NONE, 0, HEARTH_REFERRAL_NOT_CONSIDERED, NULL,
    SMALL_HEAD
    "  <case reference=\"T-1\" visit-date=\"2026-11-16\" hmo=\"false\"/>\n"
    SMALL_BODY SMALL_TAIL },
  /* An empty note is no note. */
  { "empty-note", HEARTH_PLAN_TYPE_NONE, 0, HEARTH_REFERRAL_NOT_CONSIDERED, "",
    SMALL_HEAD
    "  <case reference=\"T-1\" visit-date=\"2026-11-16\" hmo=\"false\"/>\n"
    SMALL_BODY SMALL_TAIL },
  { "plan-and-review", HEARTH_PLAN_TYPE_LOOKED_AFTER, 20, HEARTH_REFERRAL_NOT_CONSIDERED, NULL,
    SMALL_HEAD
    "  <case reference=\"T-1\" visit-date=\"2026-11-16\" hmo=\"false\" plan-type=\"looked-after\" next-review=\"2027-01-20\"/>\n"
    SMALL_BODY SMALL_TAIL },
  { "review-only", HEARTH_PLAN_TYPE_NONE, 5, HEARTH_REFERRAL_NOT_CONSIDERED, NULL,
    SMALL_HEAD
    "  <case reference=\"T-1\" visit-date=\"2026-11-16\" hmo=\"false\" next-review=\"2027-01-05\"/>\n"
    SMALL_BODY SMALL_TAIL },
  /* Not considered yet, but something to say about it. */
  { "note-only", HEARTH_PLAN_TYPE_NONE, 0, HEARTH_REFERRAL_NOT_CONSIDERED, "Ask at the review",
    SMALL_HEAD
    "  <case reference=\"T-1\" visit-date=\"2026-11-16\" hmo=\"false\"/>\n"
    SMALL_BODY
    "  <referral status=\"not-considered\" note=\"Ask at the review\"/>\n"
    SMALL_TAIL },
  { "not-made", HEARTH_PLAN_TYPE_CHILD_PROTECTION, 0, HEARTH_REFERRAL_NOT_MADE, NULL,
    SMALL_HEAD
    "  <case reference=\"T-1\" visit-date=\"2026-11-16\" hmo=\"false\" plan-type=\"child-protection\"/>\n"
    SMALL_BODY
    "  <referral status=\"not-made\"/>\n"
    SMALL_TAIL },
};

static void
test_defaults (gconstpointer data)
{
  const DefaultsCase *c = data;
  g_autoptr(HearthAssessment) a = build_small ("T-1");
  g_autoptr(HearthReferral) referral = hearth_referral_new ();
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;

  hearth_assessment_set_plan_type (a, c->plan_type);
  if (c->review_day > 0)
    {
      GDate review;

      g_date_clear (&review, 1);
      g_date_set_dmy (&review, c->review_day, G_DATE_JANUARY, 2027);
      hearth_assessment_set_next_review (a, &review);
    }
  referral->status = c->status;
  referral->note = g_strdup (c->note);
  hearth_assessment_set_referral (a, referral);

  bytes = hearth_assessment_to_bytes (a);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   c->bytes, strlen (c->bytes));

  loaded = load_bytes (bytes);
  assert_assessments_equal (a, loaded);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const valid_files[] = {
    "minimal.hearth",
    "bedsit.hearth",
    "sloping-ceiling.hearth",
    "referral-made.hearth",
  };
  g_autofree char *valid_dir = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file/example/contents", test_example_contents);
  g_test_add_func ("/file/example/round-trip", test_example_round_trip);
  g_test_add_func ("/file/example/bytes-unchanged", test_example_bytes_unchanged);
  g_test_add_func ("/file/referral/contents", test_referral_contents);
  for (guint i = 0; i < G_N_ELEMENTS (defaults_cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/file/defaults/%s", defaults_cases[i].name);

      g_test_add_data_func (test_path, &defaults_cases[i], test_defaults);
    }

  /* Every file in tests/data/valid/, including ones added later; the list
   * above makes sure the folder is found at all. */
  valid_dir = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (valid_files); i++)
    {
      g_autofree char *path = g_build_filename (valid_dir, valid_files[i], NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("%s is missing", path);
    }
  dir = g_dir_open (valid_dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".hearth"))
      {
        g_autofree char *test_path = g_strdup_printf ("/file/valid/%s", name);

        g_test_add_data_func_full (test_path, g_strdup (name), test_valid_round_trip, g_free);
      }

  g_test_add_func ("/file/awkward/round-trip", test_awkward_round_trip);
  g_test_add ("/file/awkward/save-and-load", TempDir, NULL,
              temp_dir_setup, test_awkward_save_and_load, temp_dir_teardown);
  g_test_add ("/file/save/replaces", TempDir, NULL,
              temp_dir_setup, test_save_replaces, temp_dir_teardown);
  g_test_add ("/file/save/read-only-folder", TempDir, NULL,
              temp_dir_setup, test_save_read_only_dir, temp_dir_teardown);
  g_test_add ("/file/save/refuses-unloadable", TempDir, NULL,
              temp_dir_setup, test_save_refuses_unloadable, temp_dir_teardown);

  return g_test_run ();
}
