/* test-hhsrs.c: HHSRS groups, likelihood points, and the evidence for
 * Crowding and space
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Groups and likelihood points come from
 * ../shared/reference/housing-standards.md §5.2 and §5.3. Areas were worked
 * by hand from the rectangles (m² = width × depth; sq ft = m² / 0.09290304,
 * cut to two places, never rounded up), ages from the dates of birth on the
 * visit date.
 */

#include "config.h"

#include <string.h>

#include "hearth-file.h"
#include "hearth-hhsrs.h"
#include "hearth-test-utils.h"

/* Groups */

typedef struct {
  const char *name;
  int         number;
  int         group;
} GroupCase;

static const GroupCase group_cases[] = {
  { "0", 0, -1 },
  { "1", 1, 0 },
  { "10", 10, 0 },
  { "11", 11, 1 },
  { "14", 14, 1 },
  { "15", 15, 2 },
  { "18", 18, 2 },
  { "19", 19, 3 },
  { "29", 29, 3 },
  { "30", 30, -1 },
  { "minus-1", -1, -1 },
};

static void
test_group (gconstpointer data)
{
  const GroupCase *c = data;

  g_assert_cmpint (hearth_hhsrs_hazard_get_group (c->number), ==, c->group);
}

static void
test_group_names (void)
{
  g_assert_cmpstr (hearth_hhsrs_group_get_name (0), ==, "Physiological requirements");
  g_assert_cmpstr (hearth_hhsrs_group_get_name (1), ==, "Psychological requirements");
  g_assert_cmpstr (hearth_hhsrs_group_get_name (2), ==, "Protection against infection");
  g_assert_cmpstr (hearth_hhsrs_group_get_name (3), ==, "Protection against accidents");
  g_assert_null (hearth_hhsrs_group_get_name (4));
  g_assert_null (hearth_hhsrs_group_get_name (-1));

  /* Crowding and space is in B. */
  g_assert_cmpstr (hearth_hhsrs_hazard_get_name (11), ==, "Crowding and space");
  g_assert_cmpint (hearth_hhsrs_hazard_get_group (11), ==, 1);
}

/* Likelihood */

static void
test_likelihood (void)
{
  static const int points[] = {
    5600, 3200, 1800, 1000, 560, 320, 180, 100, 56, 32, 18, 10, 6, 3, 2, 1,
  };
  static const char * const ranges[] = {
    "Less likely than 1 in 4200",
    "1 in 4200 to 1 in 2400",
    "1 in 2400 to 1 in 1300",
    "1 in 1300 to 1 in 750",
    "1 in 750 to 1 in 420",
    "1 in 420 to 1 in 240",
    "1 in 240 to 1 in 130",
    "1 in 130 to 1 in 75",
    "1 in 75 to 1 in 42",
    "1 in 42 to 1 in 24",
    "1 in 24 to 1 in 13",
    "1 in 13 to 1 in 7.5",
    "1 in 7.5 to 1 in 4.2",
    "1 in 4.2 to 1 in 2.4",
    "1 in 2.4 to 1 in 1.3",
    "More likely than 1 in 1.3",
  };

  g_assert_cmpuint (hearth_hhsrs_get_n_likelihood_points (), ==, 16);
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      const char *range = hearth_hhsrs_get_likelihood_range (i);

      g_assert_cmpint (hearth_hhsrs_get_likelihood_point (i), ==, points[i]);
      g_assert_nonnull (range);
      g_assert_cmpstr (range, !=, "");
      g_assert_cmpstr (range, ==, ranges[i]);
    }
}

/* Crowding matters */

static const char * const titles[] = {
  "Living area",
  "Kitchen area",
  "Personal washing area",
  "Washing area door",
  "Sanitary accommodation",
  "Sanitary accommodation door",
  "Number of bedrooms",
  "Bedroom size",
  "Bedroom location",
  "Recreational space",
};

static GPtrArray *
check_matters (HearthAssessment        *a,
               const HearthRuleOptions *options)
{
  GPtrArray *matters = hearth_hhsrs_crowding_matters (a, options);

  g_assert_cmpuint (matters->len, ==, 10);
  for (guint i = 0; i < matters->len; i++)
    {
      HearthRelevantMatter *m = g_ptr_array_index (matters, i);

      g_assert_cmpint (m->letter, ==, 'a' + (int) i);
      g_assert_cmpstr (m->title, ==, titles[i]);
      g_assert_nonnull (m->evidence);
      g_assert_cmpstr (m->evidence, !=, "");
    }
  return matters;
}

static const char *
evidence (GPtrArray *matters,
          char       letter)
{
  return ((HearthRelevantMatter *) g_ptr_array_index (matters, letter - 'a'))->evidence;
}

static HearthAssessment *
load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("HEARTH_SOURCE_ROOT"), "data", "examples",
                                            "carter-household.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HearthAssessment *a = hearth_assessment_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (a);
  return a;
}

/* The Carter household on 16 November 2026: Joanne 38, Mark 41 (a couple),
 * Leo 13, Amy 11, Sam 9, Rosie 4, Finn 0. The bedroom standard needs the
 * couple's room, Leo with Sam, Amy with Rosie, and Finn's: 4, against 3. */
static void
test_example (void)
{
  g_autoptr(HearthAssessment) a = load_example ();
  g_autoptr(GPtrArray) matters = check_matters (a, NULL);

  /* 4.2 × 3.8 m */
  g_assert_cmpstr (evidence (matters, 'a'), ==,
                   "Living room: 15.96 m² (171.79 sq ft). Nobody sleeps there.");
  /* 3.0 × 2.8 m */
  g_assert_cmpstr (evidence (matters, 'b'), ==, "Kitchen: 8.40 m² (90.41 sq ft).");
  /* 1.8 × 2.6 m */
  g_assert_cmpstr (evidence (matters, 'c'), ==, "Bathroom: 4.68 m² (50.37 sq ft).");
  g_assert_cmpstr (evidence (matters, 'd'), ==,
                   "Not recorded on the plan: check whether the bathroom door locks.");
  g_assert_cmpstr (evidence (matters, 'e'), ==,
                   "No separate WC on the plan.\n"
                   "1 bathroom: Bathroom (First floor).\n"
                   "Not recorded on the plan: check which bathrooms have a WC.");
  g_assert_cmpstr (evidence (matters, 'f'), ==,
                   "Not recorded on the plan: check whether the WC door locks.");
  g_assert_nonnull (strstr (evidence (matters, 'g'), "needs 4 bedrooms"));
  g_assert_nonnull (strstr (evidence (matters, 'g'), "has 3"));
  /* Bedroom 1 3.6 × 3.2 m; Bedroom 2 3.0 × 2.9 m; Box room 2.4 × 2.6 m
   * less 2.4 × 0.4 m under a 1.3 m ceiling = 5.28 m², 56.83 sq ft. */
  g_assert_cmpstr (evidence (matters, 'h'), ==,
                   "Bedroom 1: 11.52 m² (124.00 sq ft). "
                   "Joanne Carter (38), Mark Hughes (41), Rosie Hughes (4) and Finn Hughes (0) sleep there.\n"
                   "Bedroom 2: 8.70 m² (93.64 sq ft). Leo Carter (13) and Sam Hughes (9) sleep there.\n"
                   "Box room: 5.28 m² (56.83 sq ft), under 70 sq ft. Amy Carter (11) sleeps there.");
  g_assert_nonnull (strstr (evidence (matters, 'h'), "Box room"));
  g_assert_nonnull (strstr (evidence (matters, 'h'), "5.28 m²"));
  g_assert_nonnull (strstr (evidence (matters, 'h'), "under 70 sq ft"));
  g_assert_cmpstr (evidence (matters, 'i'), ==,
                   "Not recorded on the plan: check that each bedroom opens off a hall or landing, not through another room.");
  g_assert_cmpstr (evidence (matters, 'j'), ==,
                   "Not recorded on the plan: note indoor and outdoor play space.");
}

/* Leo moves to the landing: it is named under bedroom location, and
 * Bedroom 2 is left to Sam. */
static void
test_example_landing (void)
{
  g_autoptr(HearthAssessment) a = load_example ();
  g_autoptr(GPtrArray) matters = NULL;
  const char *i;

  hearth_person_set_sleeps_in (hearth_assessment_find_person (a, "leo"), "landing");
  matters = check_matters (a, NULL);

  i = evidence (matters, 'i');
  g_assert_nonnull (strstr (i, "Landing"));
  g_assert_nonnull (strstr (i, "Leo Carter (13)"));
  g_assert_true (g_str_has_suffix (i, "\nNot recorded on the plan: check that each bedroom opens off a hall or landing, not through another room."));
  g_assert_nonnull (strstr (evidence (matters, 'h'),
                            "Bedroom 2: 8.70 m² (93.64 sq ft). Sam Hughes (9) sleeps there.\n"));
}

/* A home built in code, rooms side by side on one floor. */
typedef struct {
  const char *id;
  const char *name;
  HearthRoomUse use;
  gint64      width, depth;   /* mm */
  gint64      low_depth;      /* a strip along the back under a low ceiling, mm */
  gint64      low_height;     /* its highest point, mm */
  gboolean    living_room;
} RoomSpec;

typedef struct {
  const char *id;
  const char *name;
  HearthSex   sex;
  int         age;            /* stated; -1 unknown */
  const char *room;
} PersonSpec;

static HearthAssessment *
build (const RoomSpec   *rooms,
       guint             n_rooms,
       const PersonSpec *people,
       guint             n_people)
{
  HearthAssessment *a = hearth_assessment_new ();
  g_autoptr(HearthFloor) floor = hearth_floor_new ("f0", "Ground floor", 0);
  GDate visit;
  gint64 x = 0;

  g_date_clear (&visit, 1);
  g_date_set_dmy (&visit, 15, G_DATE_JUNE, 2026);
  hearth_assessment_set_visit_date (a, &visit);

  for (guint i = 0; i < n_rooms; i++)
    {
      const RoomSpec *s = &rooms[i];
      g_autoptr(HearthRoom) room = hearth_room_new (s->id, s->name, s->use,
                                                    hearth_polygon_new_rectangle (x, 0, s->width, s->depth));

      hearth_room_set_living_room (room, s->living_room);
      if (s->low_depth > 0)
        hearth_room_add_low_headroom (room,
                                      hearth_low_headroom_new (hearth_polygon_new_rectangle (x, s->depth - s->low_depth,
                                                                                             s->width, s->low_depth),
                                                               s->low_height));
      hearth_floor_add_room (floor, room);
      x += s->width;
    }
  hearth_assessment_add_floor (a, floor);

  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(HearthPerson) p = hearth_person_new (people[i].id, people[i].name);

      hearth_person_set_sex (p, people[i].sex);
      hearth_person_set_stated_age (p, people[i].age);
      hearth_person_set_resident (p, TRUE);
      hearth_person_set_sleeps_in (p, people[i].room);
      hearth_assessment_add_person (a, p);
    }
  return a;
}

/* A flat: a kitchen-diner marked as a living room where Dad sleeps, a
 * bedroom with a low strip, a WC, a landing where Kim sleeps. */
static const RoomSpec flat_rooms[] = {
  { "kd", "Kitchen-diner", HEARTH_ROOM_USE_KITCHEN_DINER, 4000, 3000, 0, 0, TRUE },
  { "bed", "Bedroom", HEARTH_ROOM_USE_BEDROOM, 3000, 3000, 1000, 1510, FALSE },
  { "wc", "WC", HEARTH_ROOM_USE_WC, 1000, 2000, 0, 0, FALSE },
  { "top", "Top landing", HEARTH_ROOM_USE_LANDING, 2000, 1000, 0, 0, FALSE },
};

static const PersonSpec flat_people[] = {
  { "dad", "Dad", HEARTH_SEX_MALE, 40, "kd" },
  { "jay", "Jay", HEARTH_SEX_MALE, 12, "bed" },
  { "kim", "Kim", HEARTH_SEX_FEMALE, 15, "top" },
};

static void
test_flat (void)
{
  g_autoptr(HearthAssessment) a = build (flat_rooms, G_N_ELEMENTS (flat_rooms),
                                         flat_people, G_N_ELEMENTS (flat_people));
  g_autoptr(GPtrArray) matters = check_matters (a, NULL);
  const char *i;

  /* 4 × 3 m = 12 m², 129.16 sq ft */
  g_assert_cmpstr (evidence (matters, 'a'), ==,
                   "Kitchen-diner: 12.00 m² (129.16 sq ft). Dad (40) sleeps there.");
  g_assert_cmpstr (evidence (matters, 'b'), ==, "Kitchen-diner: 12.00 m² (129.16 sq ft).");
  g_assert_cmpstr (evidence (matters, 'c'), ==, "No bathroom is recorded on the plan.");
  g_assert_cmpstr (evidence (matters, 'e'), ==,
                   "1 separate WC: WC (Ground floor).\nNo bathroom on the plan.");
  /* Dad, Jay and Kim each need a room: 3 against 1. */
  g_assert_nonnull (strstr (evidence (matters, 'g'), "needs 3 bedrooms"));
  g_assert_nonnull (strstr (evidence (matters, 'g'), "has 1"));
  /* The strip's ceiling reaches 1.51 m: it counts under the 1.5 m rule,
   * so 3 × 3 m = 9 m², 96.87 sq ft. */
  g_assert_cmpstr (evidence (matters, 'h'), ==,
                   "Bedroom: 9.00 m² (96.87 sq ft). Jay (12) sleeps there.");

  i = evidence (matters, 'i');
  g_assert_nonnull (strstr (i, "Top landing"));
  g_assert_nonnull (strstr (i, "Kim (15)"));
  g_assert_null (strstr (i, "Dad"));
}

/* Under the 1930s rule the 1.51 m strip is left out: 3 × 2 m = 6 m²,
 * 64.58 sq ft, under 70 sq ft with Jay, 12, in it. */
static void
test_flat_1930s_rule (void)
{
  g_autoptr(HearthAssessment) a = build (flat_rooms, G_N_ELEMENTS (flat_rooms),
                                         flat_people, G_N_ELEMENTS (flat_people));
  g_autoptr(GPtrArray) matters = NULL;
  HearthRuleOptions options;

  hearth_rule_options_init (&options);
  options.headroom_rule = HEARTH_HEADROOM_RULE_AT_MOST_1524;
  matters = check_matters (a, &options);

  g_assert_cmpstr (evidence (matters, 'h'), ==,
                   "Bedroom: 6.00 m² (64.58 sq ft), under 70 sq ft. Jay (12) sleeps there.");
}

/* A small room where only a child under 10 sleeps is not called out. */
static void
test_small_room_young_child (void)
{
  static const RoomSpec rooms[] = {
    { "lr", "Lounge", HEARTH_ROOM_USE_LIVING, 4000, 4000, 0, 0, FALSE },
    { "b1", "Bedroom 1", HEARTH_ROOM_USE_BEDROOM, 3500, 3000, 0, 0, FALSE },
    { "b2", "Little room", HEARTH_ROOM_USE_BEDROOM, 2000, 3000, 0, 0, FALSE },
  };
  static const PersonSpec people[] = {
    { "mum", "Mum", HEARTH_SEX_FEMALE, 30, "b1" },
    { "tia", "Tia", HEARTH_SEX_FEMALE, 6, "b2" },
  };
  g_autoptr(HearthAssessment) a = build (rooms, G_N_ELEMENTS (rooms), people, G_N_ELEMENTS (people));
  g_autoptr(GPtrArray) matters = check_matters (a, NULL);

  /* 2 × 3 m = 6 m², 64.58 sq ft */
  g_assert_cmpstr (evidence (matters, 'h'), ==,
                   "Bedroom 1: 10.50 m² (113.02 sq ft). Mum (30) sleeps there.\n"
                   "Little room: 6.00 m² (64.58 sq ft). Tia (6) sleeps there.");
  /* Mum and Tia each need a room: 2, and there are 2. */
  g_assert_cmpstr (evidence (matters, 'g'), ==, "2 bedrooms; the bedroom standard is met.");
  g_assert_cmpstr (evidence (matters, 'a'), ==,
                   "Lounge: 16.00 m² (172.22 sq ft). Nobody sleeps there.");
}

/* With an age missing the bedroom standard cannot be decided. */
static void
test_bedroom_standard_undecided (void)
{
  static const RoomSpec rooms[] = {
    { "b1", "Bedroom", HEARTH_ROOM_USE_BEDROOM, 3500, 3000, 0, 0, FALSE },
  };
  static const PersonSpec people[] = {
    { "x", "Alex", HEARTH_SEX_NOT_RECORDED, -1, "b1" },
  };
  g_autoptr(HearthAssessment) a = build (rooms, G_N_ELEMENTS (rooms), people, G_N_ELEMENTS (people));
  g_autoptr(GPtrArray) matters = check_matters (a, NULL);

  g_assert_cmpstr (evidence (matters, 'g'), ==,
                   "1 bedroom. The bedroom standard could not be decided: "
                   "the visit date, an age, or the sex of someone aged 10 to 20 is not recorded.");
  g_assert_cmpstr (evidence (matters, 'h'), ==,
                   "Bedroom: 10.50 m² (113.02 sq ft). Alex (age not recorded) sleeps there.");
}

/* Nothing drawn yet. */
static void
test_empty_plan (void)
{
  g_autoptr(HearthAssessment) a = build (NULL, 0, NULL, 0);
  g_autoptr(GPtrArray) matters = check_matters (a, NULL);

  g_assert_cmpstr (evidence (matters, 'a'), ==, "No living room is recorded on the plan.");
  g_assert_cmpstr (evidence (matters, 'b'), ==, "No kitchen is recorded on the plan.");
  g_assert_cmpstr (evidence (matters, 'e'), ==, "No separate WC on the plan.\nNo bathroom on the plan.");
  g_assert_cmpstr (evidence (matters, 'g'), ==, "0 bedrooms; the bedroom standard is met.");
  g_assert_cmpstr (evidence (matters, 'h'), ==, "No bedroom is recorded on the plan.");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD_CASES ("/hhsrs/group", group_cases, test_group);
  g_test_add_func ("/hhsrs/group-names", test_group_names);
  g_test_add_func ("/hhsrs/likelihood", test_likelihood);
  g_test_add_func ("/hhsrs/crowding/example", test_example);
  g_test_add_func ("/hhsrs/crowding/example-landing", test_example_landing);
  g_test_add_func ("/hhsrs/crowding/flat", test_flat);
  g_test_add_func ("/hhsrs/crowding/flat-1930s-rule", test_flat_1930s_rule);
  g_test_add_func ("/hhsrs/crowding/small-room-young-child", test_small_room_young_child);
  g_test_add_func ("/hhsrs/crowding/bedroom-standard-undecided", test_bedroom_standard_undecided);
  g_test_add_func ("/hhsrs/crowding/empty-plan", test_empty_plan);

  return g_test_run ();
}
