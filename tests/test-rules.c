/* test-rules.c: every rule, at its thresholds, and the reference's worked examples
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expected numbers come from ../shared/reference/housing-standards.md (§8,
 * "Worked examples") and were worked by hand there, never by the code
 * under test. The visit date is 15 June 2026 throughout; someone "aged N"
 * was born on 1 January of 2026 − N, so their next birthday is 1 January
 * 2027, inside the 12 months that upcoming changes look at.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "hearth-rules.h"
#include "hearth-units.h"

#define VISIT "2026-06-15"

typedef struct {
  const char *id;
  const char *use;      /* file token; NULL for unknown */
  gint64      width;    /* mm */
  gint64      depth;    /* mm */
  gboolean    living_room;
} RoomSpec;

typedef struct {
  const char *id;
  char        sex;      /* 'F', 'M' or '?' */
  int         age;      /* years on the visit date, born 1 January; -1 unknown */
  const char *room;     /* sleeps in, or NULL */
  const char *born;     /* overrides age when set */
  gboolean    away;     /* not resident */
} PersonSpec;

#define END_ROOMS { NULL }
#define END_PEOPLE { NULL }

static GDate
parse_date (const char *str)
{
  GDate date;
  unsigned y, m, d;

  g_assert_cmpint (sscanf (str, "%u-%u-%u", &y, &m, &d), ==, 3);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return date;
}

static HearthAssessment *
build (const RoomSpec   *rooms,
       const PersonSpec *people,
       const char       *couples)   /* "a:b,c:d" */
{
  HearthAssessment *a = hearth_assessment_new ();
  g_autoptr(HearthFloor) floor = hearth_floor_new ("f0", "Ground floor", 0);
  GDate visit = parse_date (VISIT);
  gint64 x = 0;

  hearth_assessment_set_visit_date (a, &visit);

  for (guint i = 0; rooms && rooms[i].id; i++)
    {
      HearthRoomUse use = HEARTH_ROOM_USE_UNKNOWN;
      g_autoptr(HearthRoom) room = NULL;

      if (rooms[i].use)
        g_assert_true (hearth_room_use_from_string (rooms[i].use, &use));
      /* Side by side along x, sharing walls. */
      room = hearth_room_new (rooms[i].id, rooms[i].id, use,
                              hearth_polygon_new_rectangle (x, 0, rooms[i].width, rooms[i].depth));
      hearth_room_set_living_room (room, rooms[i].living_room);
      hearth_floor_add_room (floor, room);
      x += rooms[i].width;
    }
  hearth_assessment_add_floor (a, floor);

  for (guint i = 0; people && people[i].id; i++)
    {
      g_autoptr(HearthPerson) p = hearth_person_new (people[i].id, people[i].id);

      hearth_person_set_sex (p, people[i].sex == 'F' ? HEARTH_SEX_FEMALE
                                : people[i].sex == 'M' ? HEARTH_SEX_MALE
                                : HEARTH_SEX_NOT_RECORDED);
      if (people[i].born)
        {
          GDate born = parse_date (people[i].born);
          hearth_person_set_born (p, &born);
        }
      else if (people[i].age >= 0)
        {
          GDate born;
          g_date_clear (&born, 1);
          g_date_set_dmy (&born, 1, G_DATE_JANUARY, 2026 - people[i].age);
          hearth_person_set_born (p, &born);
        }
      hearth_person_set_resident (p, !people[i].away);
      hearth_person_set_sleeps_in (p, people[i].room);
      hearth_assessment_add_person (a, p);
    }

  if (couples)
    {
      g_auto(GStrv) pairs = g_strsplit (couples, ",", -1);

      for (guint i = 0; pairs[i]; i++)
        {
          g_auto(GStrv) ids = g_strsplit (pairs[i], ":", 2);
          hearth_assessment_add_couple (a, hearth_couple_new (ids[0], ids[1]));
        }
    }

  return a;
}

/* Findings of @rule, optionally only those naming @room. */
static guint
count (GPtrArray  *findings,
       const char *rule,
       const char *room)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *f = g_ptr_array_index (findings, i);

      if (g_str_equal (f->rule, rule) &&
          (room == NULL || g_strv_contains ((const char * const *) f->rooms, room)))
        n++;
    }
  return n;
}

static const HearthFinding *
find (GPtrArray  *findings,
      const char *rule,
      const char *room)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *f = g_ptr_array_index (findings, i);

      if (g_str_equal (f->rule, rule) &&
          (room == NULL || g_strv_contains ((const char * const *) f->rooms, room)))
        return f;
    }

  g_test_message ("no %s finding%s%s; findings were:", rule, room ? " for " : "", room ? room : "");
  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *f = g_ptr_array_index (findings, i);
      g_test_message ("  %s [%s]: %s", f->rule, hearth_severity_to_string (f->severity), f->message);
    }
  g_assert_not_reached ();
}

static const HearthFinding *
find_upcoming (GPtrArray  *findings,
               const char *rule,
               const char *room)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *f = g_ptr_array_index (findings, i);

      if (g_str_equal (f->rule, "upcoming-change") && g_str_equal (f->upcoming_rule, rule) &&
          (room == NULL || g_strv_contains ((const char * const *) f->rooms, room)))
        return f;
    }
  return NULL;
}

static GPtrArray *
check_with (HearthAssessment        *a,
            const HearthRuleOptions *options)
{
  GPtrArray *findings = hearth_check (a, options);

  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *f = g_ptr_array_index (findings, i);
      g_test_message ("%s [%s]: %s", f->rule, hearth_severity_to_string (f->severity), f->message);
    }
  return findings;
}

static GPtrArray *
check (HearthAssessment *a)
{
  return check_with (a, NULL);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack, needle);
}

/* small-bedroom: 70 sq ft = 6,503,212.8 mm² */

typedef struct {
  gint64      width, depth;
  int         age;
  gboolean    expect;
} SmallBedroomCase;

static void
test_small_bedroom_threshold (void)
{
  static const SmallBedroomCase cases[] = {
    { 2550, 2550, 11, TRUE },   /* 6,502,500 mm² = 69.99 sq ft */
    { 2551, 2550, 11, FALSE },  /* 6,505,050 mm² = 70.02 sq ft */
    { 2600, 2500, 11, TRUE },   /* 6.50 m², the common rounding of 70 sq ft, is under it */
    { 3000, 2170, 11, FALSE },  /* 6.51 m² */
    { 2550, 2550, 10, TRUE },   /* exactly 10 counts */
    { 2550, 2550, 9, FALSE },   /* 9 does not */
    { 2000, 2000, 40, TRUE },   /* adults too */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const RoomSpec rooms[] = {
        { "small", "bedroom", cases[i].width, cases[i].depth },
        { "living", "living", 4000, 4000 },
        END_ROOMS,
      };
      const PersonSpec people[] = {
        { "amy", 'F', cases[i].age, "small" },
        { "mum", 'F', 35, "living" },
        END_PEOPLE,
      };
      g_autoptr(HearthAssessment) a = build (rooms, people, NULL);
      g_autoptr(GPtrArray) findings = check (a);

      g_test_message ("case %u", i);
      g_assert_cmpuint (count (findings, "small-bedroom", "small"), ==, cases[i].expect ? 1 : 0);
      if (cases[i].expect)
        {
          const HearthFinding *f = find (findings, "small-bedroom", "small");
          g_assert_cmpint (f->severity, ==, HEARTH_SEVERITY_HAZARD);
          g_assert_true (g_strv_contains ((const char * const *) f->persons, "amy"));
          assert_contains (f->message, "sq ft");
          assert_contains (f->message, "HHSRS");
        }
    }
}

static void
test_small_bedroom_message_numbers (void)
{
  const RoomSpec rooms[] = { { "box", "bedroom", 2600, 2500 }, END_ROOMS };
  const PersonSpec people[] = { { "amy", 'F', 11, "box" }, END_PEOPLE };
  g_autoptr(HearthAssessment) a = build (rooms, people, NULL);
  g_autoptr(GPtrArray) findings = check (a);
  const HearthFinding *f = find (findings, "small-bedroom", "box");

  /* 6.50 m² is 69.965 sq ft: shown truncated, never as 70 */
  assert_contains (f->message, "6.50 m² (69.96 sq ft)");
  assert_contains (f->message, "amy (11)");
}

/* Reference example 7: a sloping ceiling. Ceiling 1.0 m at the wall rising
 * to 1.5 m at 0.8 m in; 1.524 m is reached at 0.8384 m. Modelled as a strip
 * under 1.5 m and a 38.4 mm strip between 1.5 m and 1.524 m. */
static HearthAssessment *
attic_assessment (void)
{
  const RoomSpec rooms[] = { { "attic", "bedroom", 4000, 3000 }, END_ROOMS };
  const PersonSpec people[] = {
    { "man", 'M', 30, "attic" },
    { "woman", 'F', 29, "attic" },
    END_PEOPLE,
  };
  HearthAssessment *a = build (rooms, people, "man:woman");
  HearthRoom *room = hearth_assessment_find_room (a, "attic", NULL);

  hearth_room_add_low_headroom (room, hearth_low_headroom_new (hearth_polygon_new_rectangle (0, 0, 4000, 800), 1499));
  hearth_room_add_low_headroom (room, hearth_low_headroom_new (hearth_polygon_new_rectangle (0, 800, 4000, 38), 1524));
  return a;
}

static void
test_headroom_readings (void)
{
  g_autoptr(HearthAssessment) a = attic_assessment ();
  HearthRoom *room = hearth_assessment_find_room (a, "attic", NULL);
  HearthRuleOptions options;
  g_autoptr(GPtrArray) findings = NULL;
  const HearthFinding *f;

  g_assert_true (hearth_room_validate (room, NULL));
  g_assert_cmpint (hearth_room_get_gross_area2 (room), ==, 2 * G_GINT64_CONSTANT (12000000));
  /* 12.0 − 3.2 = 8.8 m² */
  g_assert_cmpint (hearth_room_get_countable_area2 (room, HEARTH_HEADROOM_RULE_UNDER_1500), ==,
                   2 * G_GINT64_CONSTANT (8800000));
  /* 12.0 − 4.0 × 0.838 = 8.648 m² (the reference's 0.8384 rounded to the mm) */
  g_assert_cmpint (hearth_room_get_countable_area2 (room, HEARTH_HEADROOM_RULE_AT_MOST_1524), ==,
                   2 * G_GINT64_CONSTANT (8648000));

  /* HMO: two people over 10 need 10.22 m²; 8.8 fails. */
  findings = check (a);
  f = find (findings, "hmo-room-size", "attic");
  assert_contains (f->message, "8.80 m²");
  assert_contains (f->message, "10.22 m²");
  g_assert_nonnull (f->reading);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* The HMO figure always uses 1.5 m, whatever the Housing Act reading. */
  hearth_rule_options_init (&options);
  options.headroom_rule = HEARTH_HEADROOM_RULE_AT_MOST_1524;
  findings = check_with (a, &options);
  f = find (findings, "hmo-room-size", "attic");
  assert_contains (f->message, "8.80 m²");
}

static void
test_headroom_changes_table_two (void)
{
  /* A 7.2 m² room (77.5 sq ft: one person under Table II) with a strip
   * whose ceiling is 1.51 m: the 5 ft rule takes 0.8 m² out, leaving
   * 6.4 m² (68.9 sq ft), under 70 sq ft. */
  const RoomSpec rooms[] = { { "room", "bedroom", 3000, 2400 }, END_ROOMS };
  const PersonSpec people[] = { { "teen", 'M', 14, "room" }, END_PEOPLE };
  g_autoptr(HearthAssessment) a = build (rooms, people, NULL);
  HearthRoom *room = hearth_assessment_find_room (a, "room", NULL);
  HearthRuleOptions options;
  g_autoptr(GPtrArray) by_default = NULL;
  g_autoptr(GPtrArray) historic = NULL;
  const HearthFinding *f;

  hearth_room_add_low_headroom (room, hearth_low_headroom_new (hearth_polygon_new_rectangle (0, 0, 3000, 267), 1510));

  by_default = check (a);
  g_assert_cmpuint (count (by_default, "small-bedroom", "room"), ==, 0);

  hearth_rule_options_init (&options);
  options.headroom_rule = HEARTH_HEADROOM_RULE_AT_MOST_1524;
  historic = check_with (a, &options);
  f = find (historic, "small-bedroom", "room");
  /* The finding says which reading it used. */
  g_assert_nonnull (f->reading);
  assert_contains (f->reading, "1.524 m");
}

/* hmo-room-size: 4.64 / 6.51 / 10.22 m², "not less than" */

typedef struct {
  gint64      width, depth;
  int         ages[3];  /* -2 ends */
  gboolean    licensed;
  int         expect;   /* -1 none, else severity */
  const char *needle;
} HmoCase;

static void
test_hmo_room_size (void)
{
  static const HmoCase cases[] = {
    /* one person over 10: 6.51 m² */
    { 3000, 2170, { 11, -2 }, FALSE, -1, NULL },
    { 3000, 2169, { 11, -2 }, FALSE, HEARTH_SEVERITY_ADVISORY, "6.51 m²" },
    { 3000, 2169, { 11, -2 }, TRUE, HEARTH_SEVERITY_BREACH, "licence" },
    /* exactly 70 sq ft (6.5032 m²) gives a full unit under the 1985 Act
     * yet fails the HMO minimum (reference example 4) */
    { 2551, 2550, { 30, -2 }, FALSE, HEARTH_SEVERITY_ADVISORY, "6.51 m²" },
    /* two people over 10: 10.22 m² */
    { 4000, 2555, { 30, 31, -2 }, FALSE, -1, NULL },
    { 4000, 2554, { 30, 31, -2 }, FALSE, HEARTH_SEVERITY_ADVISORY, "10.22 m²" },
    /* exactly 110 sq ft is 10.2193 m², under 10.22 (example 5) */
    { 4000, 2554, { 30, 31, -2 }, TRUE, HEARTH_SEVERITY_BREACH, "10.22 m²" },
    /* a child under 10 alone: 4.64 m²; below it, no one may sleep there */
    { 2000, 2320, { 5, -2 }, FALSE, -1, NULL },
    { 2000, 2319, { 5, -2 }, FALSE, HEARTH_SEVERITY_ADVISORY, "4.64 m²" },
    { 2000, 2319, { 5, -2 }, TRUE, HEARTH_SEVERITY_BREACH, "must not be used" },
    /* two children under 10: not prescribed */
    { 2000, 2400, { 5, 7, -2 }, FALSE, -1, NULL },
    /* exactly 10 is treated under the over-10 rule, and the finding says so */
    { 3000, 2169, { 10, -2 }, FALSE, HEARTH_SEVERITY_ADVISORY, "6.51 m²" },
    /* one over 10 with a younger child: no figure; 6.51 is the least */
    { 3000, 2169, { 12, 4, -2 }, FALSE, HEARTH_SEVERITY_ADVISORY, "no figure" },
    { 3000, 2170, { 12, 4, -2 }, FALSE, -1, NULL },
    /* three over 10: 10.22 is the least that could apply */
    { 4000, 2554, { 12, 14, 16 }, FALSE, HEARTH_SEVERITY_ADVISORY, "more than two" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const HmoCase *c = &cases[i];
      const RoomSpec rooms[] = { { "room", "bedroom", c->width, c->depth }, END_ROOMS };
      PersonSpec people[4] = { { NULL } };
      static const char * const ids[] = { "p1", "p2", "p3" };
      g_autoptr(HearthAssessment) a = NULL;
      g_autoptr(GPtrArray) findings = NULL;

      for (guint j = 0; j < 3 && c->ages[j] != -2; j++)
        people[j] = (PersonSpec) { ids[j], 'F', c->ages[j], "room" };

      a = build (rooms, people, NULL);
      hearth_assessment_set_licensed_hmo (a, c->licensed);
      g_test_message ("case %u", i);
      findings = check (a);

      if (c->expect < 0)
        g_assert_cmpuint (count (findings, "hmo-room-size", "room"), ==, 0);
      else
        {
          const HearthFinding *f = find (findings, "hmo-room-size", "room");

          g_assert_cmpint (f->severity, ==, c->expect);
          assert_contains (f->message, c->needle);
          if (c->ages[0] == 10)
            {
              g_assert_nonnull (f->reading);
              assert_contains (f->reading, "exactly 10");
              assert_contains (f->message, "a child of exactly 10 is treated as over 10");
            }
        }
    }
}

/* space-standard: Table II bands at 50 / 70 / 90 / 110 sq ft */

typedef struct {
  gint64   width, depth;
  int      ages[3];       /* -2 ends; everyone sleeps in the one room */
  gboolean breach;
} SpaceCase;

static void
test_space_standard_bands (void)
{
  /* One room: Table I gives 2, so Table II decides. Someone of 30 is one
   * unit, a child of 5 is ½. */
  static const SpaceCase cases[] = {
    /* 50 sq ft = 5 ft × 10 ft = 1524 × 3048 mm exactly: ½ */
    { 1524, 3048, { 5, -2 }, FALSE },
    { 1524, 3048, { 30, -2 }, TRUE },
    /* just under 50 sq ft the room is ignored by both tables: permitted 0 */
    { 1524, 3047, { 5, -2 }, TRUE },
    /* 70 sq ft (6,503,212.8 mm²): 1 */
    { 2551, 2550, { 30, -2 }, FALSE },
    { 2550, 2550, { 30, -2 }, TRUE },
    /* 90 sq ft (8,361,273.6 mm²): 1½ */
    { 2892, 2892, { 30, 5, -2 }, FALSE },   /* 8,363,664 mm² */
    { 2891, 2892, { 30, 5, -2 }, TRUE },    /* 8,360,772 mm²: 1 < 1½ */
    /* 110 sq ft (10,219,334.4 mm²): 2 */
    { 4000, 2555, { 30, 31, -2 }, FALSE },  /* 10,220,000 */
    { 4000, 2554, { 30, 31, -2 }, TRUE },   /* 10,216,000: 1½ < 2 */
    /* Table I caps one room at 2 whatever its size */
    { 6000, 6000, { 30, 31, 5 }, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const RoomSpec rooms[] = { { "room", "living", cases[i].width, cases[i].depth }, END_ROOMS };
      static const char * const ids[] = { "a", "b", "c" };
      PersonSpec people[4] = { { NULL } };
      g_autoptr(HearthAssessment) a = NULL;
      g_autoptr(GPtrArray) findings = NULL;

      for (guint j = 0; j < 3 && cases[i].ages[j] != -2; j++)
        people[j] = (PersonSpec) { ids[j], 'F', cases[i].ages[j], "room" };
      a = build (rooms, people, NULL);
      g_test_message ("case %u", i);
      findings = check (a);
      g_assert_cmpuint (count (findings, "space-standard", NULL), ==, cases[i].breach ? 1 : 0);
    }
}

/* ndss-bedroom: 7.5 m² and 2.15 m for a single, 11.5 m² and 2.55 m for a
 * double, one double 2.75 m wide. */
typedef struct {
  gint64      width, depth;
  guint       sleepers;
  const char *needle;   /* NULL: no finding */
} NdssCase;

static void
test_ndss_thresholds (void)
{
  static const NdssCase cases[] = {
    { 3000, 2500, 1, NULL },               /* 7.5 m² exactly, 2.5 m wide */
    { 2999, 2500, 1, "short by 0.01 m²" }, /* 7.4975 m²: 0.0025 short, rounded up */
    { 3500, 2150, 1, NULL },               /* 2.15 m wide exactly */
    { 3500, 2149, 1, "2.14 m wide" },      /* 7.52 m² but too narrow */
    { 4000, 2875, 2, NULL },               /* 11.5 m² exactly, 2.875 m wide */
    { 4000, 2874, 2, "short by 0.01 m²" }, /* 11.496 m²: 0.004 short */
    { 4600, 2550, 2, "2.75 m wide" },      /* 11.73 m², 2.55 wide: no double is 2.75 m */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const RoomSpec rooms[] = { { "bed", "bedroom", cases[i].width, cases[i].depth }, END_ROOMS };
      const PersonSpec two[] = { { "a", 'F', 30, "bed" }, { "b", 'F', 31, "bed" }, END_PEOPLE };
      const PersonSpec one[] = { { "a", 'F', 30, "bed" }, END_PEOPLE };
      g_autoptr(HearthAssessment) a = build (rooms, cases[i].sleepers == 2 ? two : one, NULL);
      g_autoptr(GPtrArray) f = NULL;

      g_test_message ("case %u", i);
      f = check (a);
      if (cases[i].needle == NULL)
        g_assert_cmpuint (count (f, "ndss-bedroom", "bed"), ==, 0);
      else
        {
          const HearthFinding *n = find (f, "ndss-bedroom", "bed");
          g_assert_cmpint (n->severity, ==, HEARTH_SEVERITY_ADVISORY);
          assert_contains (n->message, cases[i].needle);
        }
    }
}

/* Reference example 6: the 50 sq ft room counts in both tables, 4.64 m² in neither.
 * Mother and three children under 10 count 2½ units. */
static void
test_space_standard_fifty_sq_ft_room (void)
{
  const PersonSpec people[] = {
    { "mum", 'F', 30, "living" },
    { "c1", 'F', 5, "box" },
    { "c2", 'M', 3, "living" },
    { "c3", 'F', 2, "living" },
    END_PEOPLE,
  };
  const RoomSpec ignored[] = {
    { "living", "living", 4000, 4000 },
    { "box", "bedroom", 2000, 2320 },  /* 4.64 m² = 49.945 sq ft */
    END_ROOMS,
  };
  const RoomSpec counted[] = {
    { "living", "living", 4000, 4000 },
    { "box", "bedroom", 1524, 3048 },  /* 50 sq ft exactly */
    END_ROOMS,
  };
  g_autoptr(HearthAssessment) a = build (ignored, people, NULL);
  g_autoptr(HearthAssessment) b = build (counted, people, NULL);
  g_autoptr(GPtrArray) fa = check (a);
  g_autoptr(GPtrArray) fb = check (b);
  const HearthFinding *f;

  /* Ignored: 1 room, Table I 2, Table II 2: permitted 2 < 2½. */
  f = find (fa, "space-standard", NULL);
  g_assert_cmpint (f->severity, ==, HEARTH_SEVERITY_BREACH);
  assert_contains (f->message, "2½ units");
  assert_contains (f->message, "permitted number is 2,");
  /* Counted: 2 rooms, Table I 3, Table II 2 + ½: permitted 2½, not exceeded. */
  g_assert_cmpuint (count (fb, "space-standard", NULL), ==, 0);
}

/* Reference example 1: couple with two young children in a two-bed flat. */
static void
test_example_1 (void)
{
  const RoomSpec rooms[] = {
    { "bed1", "bedroom", 4000, 3000 },   /* 12.0 */
    { "bed2", "bedroom", 3500, 2000 },   /* 7.0 */
    { "living", "living", 4000, 4000 },  /* 16.0 */
    { "kitchen", "kitchen", 3000, 2000 },/* 6.0, excluded */
    END_ROOMS,
  };
  const PersonSpec people[] = {
    { "man", 'M', 35, "bed1" },
    { "woman", 'F', 33, "bed1" },
    { "boy", 'M', 7, "bed2" },
    { "girl", 'F', 4, "bed2" },
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, people, "man:woman");
  g_autoptr(GPtrArray) f = check (a);

  g_assert_cmpuint (count (f, "room-standard", NULL), ==, 0);
  g_assert_cmpuint (count (f, "space-standard", NULL), ==, 0);
  g_assert_cmpuint (count (f, "bedroom-standard", NULL), ==, 0);   /* 2 needed, 2 */
  g_assert_cmpuint (count (f, "hmo-room-size", NULL), ==, 0);      /* not prescribed; ≥ 4.64 */
  g_assert_cmpuint (count (f, "small-bedroom", NULL), ==, 0);
  g_assert_cmpuint (count (f, "opposite-sex-sharing", NULL), ==, 0);
  /* NDSS: Bed2 7.0 as a twin is short 4.5 m² */
  assert_contains (find (f, "ndss-bedroom", "bed2")->message, "short by 4.50 m²");
  g_assert_false (hearth_findings_need_action (f));
}

/* Reference example 2: a boy turning 10 who shares with his sister. */
static void
test_example_2 (void)
{
  const RoomSpec rooms[] = {
    { "bed1", "bedroom", 4000, 3000 },
    { "bed2", "bedroom", 3500, 2000 },
    { "living", "living", 4000, 4000 },
    { "kitchen", "kitchen", 3000, 2000 },
    END_ROOMS,
  };
  /* Aged 9 on the visit, 10 on 2 March 2027 */
  const PersonSpec nine[] = {
    { "man", 'M', 40, "bed1" },
    { "woman", 'F', 38, "bed1" },
    { "girl", 'F', 12, "bed2" },
    { "boy", 'M', -1, "bed2", "2017-03-02" },
    END_PEOPLE,
  };
  /* Aged 10 on the visit */
  const PersonSpec ten[] = {
    { "man", 'M', 40, "bed1" },
    { "woman", 'F', 38, "bed1" },
    { "girl", 'F', 12, "bed2" },
    { "boy", 'M', -1, "bed2", "2016-03-02" },
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a9 = build (rooms, nine, "man:woman");
  g_autoptr(HearthAssessment) a10 = build (rooms, ten, "man:woman");
  g_autoptr(GPtrArray) f9 = check (a9);
  g_autoptr(GPtrArray) f10 = check (a10);
  const HearthFinding *f;
  GDate expected = parse_date ("2027-03-02");

  /* Aged 9: the girl alone counts; no sharing finding today. */
  g_assert_cmpuint (count (f9, "opposite-sex-sharing", NULL), ==, 0);
  g_assert_cmpuint (count (f9, "room-standard", NULL), ==, 0);
  /* Bedroom standard: couple 1, girl 1, boy 1 = 3 vs 2 */
  assert_contains (find (f9, "bedroom-standard", NULL)->message, "needs 3 bedrooms and the home has 2: 1 short");
  /* … and on his birthday the sharing becomes a problem, with the date. */
  f = find_upcoming (f9, "opposite-sex-sharing", "bed2");
  g_assert_nonnull (f);
  g_assert_cmpint (g_date_compare (&f->effective, &expected), ==, 0);
  assert_contains (f->message, "2 March 2027");
  g_assert_nonnull (find_upcoming (f9, "hmo-room-size", "bed2"));

  /* Aged 10: they must not share; the room standard holds only because the
   * living room counts (3 needed, 3 rooms, 2 bedrooms). */
  f = find (f10, "opposite-sex-sharing", "bed2");
  g_assert_cmpint (f->severity, ==, HEARTH_SEVERITY_HAZARD);
  g_assert_true (g_strv_contains ((const char * const *) f->persons, "boy"));
  g_assert_true (g_strv_contains ((const char * const *) f->persons, "girl"));
  f = find (f10, "room-standard", NULL);
  g_assert_cmpint (f->severity, ==, HEARTH_SEVERITY_ADVISORY);
  assert_contains (f->message, "needs 3 rooms and there are 2 bedrooms");
  g_assert_cmpuint (count (f10, "space-standard", NULL), ==, 0);  /* 4 ≤ 5 */
  /* Two over 10 in 7.0 m² < 10.22 */
  assert_contains (find (f10, "hmo-room-size", "bed2")->message, "10.22 m²");
  g_assert_null (find_upcoming (f10, "opposite-sex-sharing", "bed2"));
}

/* Reference example 3: a bedsit; the space standard changes as babies turn 1. */
static void
test_example_3 (void)
{
  const RoomSpec rooms[] = { { "bedsit", "living", 4400, 2500 }, END_ROOMS };  /* 11.0 */
  const PersonSpec now[] = {
    { "mum", 'F', 24, "bedsit" },
    { "girl", 'F', 3, "bedsit" },
    { "baby", 'M', -1, "bedsit", "2025-12-15" },  /* 6 months */
    END_PEOPLE,
  };
  const PersonSpec later[] = {
    { "mum", 'F', 24, "bedsit" },
    { "older", 'F', 3, "bedsit" },
    { "toddler", 'M', -1, "bedsit", "2025-01-01" },  /* 1½ */
    { "baby", 'F', -1, "bedsit", "2026-02-10" },     /* turns 1 on 10 February 2027 */
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, now, NULL);
  g_autoptr(HearthAssessment) b = build (rooms, later, NULL);
  g_autoptr(GPtrArray) fa = check (a);
  g_autoptr(GPtrArray) fb = check (b);
  const HearthFinding *f;
  GDate expected = parse_date ("2027-02-10");

  /* 1½ units ≤ 2; when the baby turns 1, 2 ≤ 2: equal is not "in excess". */
  g_assert_cmpuint (count (fa, "space-standard", NULL), ==, 0);
  g_assert_null (find_upcoming (fa, "space-standard", NULL));
  /* A bed-sitter counts as a bedroom: 2 needed, 1 */
  assert_contains (find (fa, "bedroom-standard", NULL)->message, "needs 2 bedrooms and the home has 1");
  /* The space standard for new homes does not apply to an existing bedsit. */
  g_assert_cmpuint (count (fa, "ndss-bedroom", NULL), ==, 0);

  /* 2 units now; 2½ > 2 from the newest baby's first birthday. */
  g_assert_cmpuint (count (fb, "space-standard", NULL), ==, 0);
  f = find_upcoming (fb, "space-standard", NULL);
  g_assert_nonnull (f);
  g_assert_cmpint (g_date_compare (&f->effective, &expected), ==, 0);
  assert_contains (f->message, "2½ units");
}

/* Reference example 5: a couple in a one-room flat, at 110 sq ft. */
static void
test_example_5 (void)
{
  static const struct { gint64 w, d; gboolean breach; } cases[] = {
    { 4000, 2500, TRUE },   /* 10.0 m²: 1½ < 2 */
    { 4000, 2555, FALSE },  /* 10.22 m² ≥ 110 sq ft */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const RoomSpec rooms[] = { { "room", "living", cases[i].w, cases[i].d }, END_ROOMS };
      const PersonSpec people[] = { { "man", 'M', 30, "room" }, { "woman", 'F', 29, "room" }, END_PEOPLE };
      g_autoptr(HearthAssessment) a = build (rooms, people, "man:woman");
      g_autoptr(GPtrArray) f = check (a);

      g_assert_cmpuint (count (f, "space-standard", NULL), ==, cases[i].breach ? 1 : 0);
      g_assert_cmpuint (count (f, "room-standard", NULL), ==, 0);          /* a couple */
      g_assert_cmpuint (count (f, "opposite-sex-sharing", NULL), ==, 0);   /* a couple */
      if (cases[i].breach)
        {
          const HearthFinding *s = find (f, "space-standard", NULL);
          assert_contains (s->message, "2 units");
          assert_contains (s->message, "permitted number is 1½");
        }
    }
}

/* Reference example 8: the daughter sleeps in the dining room. */
static void
test_example_8 (void)
{
  const RoomSpec rooms[] = {
    { "bed1", "bedroom", 4400, 2500 },   /* 11.0 */
    { "bed2", "bedroom", 3600, 2500 },   /* 9.0 */
    { "living", "living", 4000, 3500 },  /* 14.0 */
    { "dining", "dining", 3800, 2500 },  /* 9.5 */
    END_ROOMS,
  };
  const PersonSpec people[] = {
    { "man", 'M', 50, "bed1" },
    { "woman", 'F', 48, "bed1" },
    { "son", 'M', 22, "bed2" },
    { "daughter", 'F', 17, "dining" },
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, people, "man:woman");
  g_autoptr(GPtrArray) f = check (a);

  /* 3 needed ≤ 4 rooms: no breach; but 3 > 2 bedrooms, so it holds only
   * because the daughter sleeps in a living room: an advisory says so */
  g_assert_cmpint (find (f, "room-standard", NULL)->severity, ==, HEARTH_SEVERITY_ADVISORY);
  g_assert_cmpuint (count (f, "space-standard", NULL), ==, 0);    /* 4 ≤ 7 */
  g_assert_cmpuint (count (f, "unsuitable-sleeping-room", NULL), ==, 0); /* a dining room may be slept in */
  /* the dining room is not a bedroom: 3 needed, 2 */
  assert_contains (find (f, "bedroom-standard", NULL)->message, "needs 3 bedrooms and the home has 2: 1 short");
  /* NDSS: Bed1 11.0 as a double is short 0.5 m² */
  assert_contains (find (f, "ndss-bedroom", "bed1")->message, "short by 0.50 m²");
}

/* Reference example 9: bedroom standard lets 16–20s share; 3 of 3. */
static void
test_example_9 (void)
{
  const RoomSpec rooms[] = {
    { "bed1", "bedroom", 4000, 3000 },
    { "bed2", "bedroom", 3500, 3000 },
    { "bed3", "bedroom", 3200, 2500 },
    { "living", "living", 5000, 3000 },
    END_ROOMS,
  };
  const PersonSpec people[] = {
    { "mum", 'F', 38, "bed1" },
    { "son19", 'M', 19, "bed2" },
    { "son16", 'M', 16, "bed2" },
    { "girl8", 'F', 8, "bed3" },
    { "girl4", 'F', 4, "bed3" },
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, people, NULL);
  g_autoptr(GPtrArray) f = check (a);

  g_assert_cmpuint (count (f, "bedroom-standard", NULL), ==, 0);
  g_assert_cmpuint (count (f, "space-standard", NULL), ==, 0);
  g_assert_cmpuint (count (f, "room-standard", NULL), ==, 0);
  g_assert_cmpuint (count (f, "opposite-sex-sharing", NULL), ==, 0);
}

/* Reference example 10: the lower table governs. */
static void
test_example_10 (void)
{
  const RoomSpec rooms[] = {
    { "bed1", "bedroom", 5000, 2500 },   /* 12.5 */
    { "bed2", "bedroom", 4000, 2500 },   /* 10.0 */
    { "living", "living", 5000, 3000 },  /* 15.0 */
    END_ROOMS,
  };
  const PersonSpec people[] = {
    { "man", 'M', 40, "bed1" },
    { "woman", 'F', 38, "bed1" },
    { "boy14", 'M', 14, "living" },
    { "girl12", 'F', 12, "bed2" },
    { "girl9", 'F', 9, "bed2" },
    { "boy6", 'M', 6, "living" },
    { "girl2", 'F', 2, "bed2" },
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, people, "man:woman");
  g_autoptr(GPtrArray) f = check (a);
  const HearthFinding *s = find (f, "space-standard", NULL);

  /* 5½ units; Table I (3 rooms) 5; Table II 2 + 1½ + 2 = 5½: permitted 5 */
  g_assert_cmpint (s->severity, ==, HEARTH_SEVERITY_BREACH);
  assert_contains (s->message, "5½ units");
  assert_contains (s->message, "permitted number is 5,");
  assert_contains (s->message, "Table I (3 rooms: 5)");
  assert_contains (s->message, "Table II (5½)");
  /* Room standard: 3 needed, 3 rooms, 2 bedrooms */
  g_assert_cmpint (find (f, "room-standard", NULL)->severity, ==, HEARTH_SEVERITY_ADVISORY);
  /* Bedroom standard (optimal): 4 vs 2 */
  assert_contains (find (f, "bedroom-standard", NULL)->message, "needs 4 bedrooms and the home has 2: 2 short");
  g_assert_true (hearth_findings_need_action (f));
}

/* Reference example 12: optimal against sequential pairing. */
static void
test_example_12_pairing (void)
{
  const RoomSpec rooms[] = {
    { "bed1", "bedroom", 4400, 2500 },
    { "bed2", "bedroom", 4000, 2500 },
    { "bed3", "bedroom", 3500, 2000 },
    { "living", "living", 4000, 3500 },
    END_ROOMS,
  };
  const PersonSpec people[] = {
    { "mum", 'F', 40, "bed1" },
    { "boy12", 'M', 12, "bed2" },
    { "girl13", 'F', 13, "bed3" },
    { "boy5", 'M', 5, "bed2" },
    { "girl4", 'F', 4, "bed3" },
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, people, NULL);
  HearthRuleOptions options;
  g_autoptr(GPtrArray) optimal = check (a);
  g_autoptr(GPtrArray) sequential = NULL;
  const HearthFinding *f;

  g_assert_cmpuint (count (optimal, "bedroom-standard", NULL), ==, 0);

  hearth_rule_options_init (&options);
  options.pairing = HEARTH_PAIRING_SEQUENTIAL;
  sequential = check_with (a, &options);
  f = find (sequential, "bedroom-standard", NULL);
  assert_contains (f->message, "needs 4 bedrooms and the home has 3: 1 short");
  assert_contains (f->reading, "optimal pairing would need 3");
}

/* Reference example 13: a box room under 50 sq ft. */
static void
test_example_13 (void)
{
  const RoomSpec rooms[] = {
    { "bed1", "bedroom", 4400, 2500 },   /* 11.0 */
    { "box", "bedroom", 2000, 2250 },    /* 4.5 = 48.44 sq ft */
    { "living", "living", 5000, 3000 },  /* 15.0 */
    END_ROOMS,
  };
  const PersonSpec people[] = {
    { "man", 'M', 30, "bed1" },
    { "woman", 'F', 28, "bed1" },
    { "boy", 'M', 12, "box" },
    { "girl", 'F', 11, "living" },
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, people, "man:woman");
  HearthRuleOptions options;
  g_autoptr(GPtrArray) f = check (a);
  g_autoptr(GPtrArray) statutory = NULL;
  const HearthFinding *s;

  /* Space: the box room is ignored; 2 rooms, Table I 3; 4 units > 3 */
  s = find (f, "space-standard", NULL);
  assert_contains (s->message, "4 units");
  assert_contains (s->message, "permitted number is 3,");
  /* Room standard, protective reading: the box room does not count, 3 > 2 */
  s = find (f, "room-standard", NULL);
  g_assert_cmpint (s->severity, ==, HEARTH_SEVERITY_BREACH);
  assert_contains (s->reading, "under 50 sq ft");
  /* … on the statutory text it does: 3 ≤ 3, no breach (only the advisory
   * that the girl must sleep in the living room) */
  hearth_rule_options_init (&options);
  options.small_rooms_count = TRUE;
  statutory = check_with (a, &options);
  g_assert_cmpint (find (statutory, "room-standard", NULL)->severity, ==, HEARTH_SEVERITY_ADVISORY);
  /* HMO: 4.5 < 4.64, must not be used for sleeping */
  assert_contains (find (f, "hmo-room-size", "box")->message, "must not be used");
  /* Bedroom standard: 3 needed, 2 bedrooms */
  assert_contains (find (f, "bedroom-standard", NULL)->message, "needs 3 bedrooms and the home has 2");
  /* The boy is 12 in a room under 70 sq ft */
  g_assert_cmpuint (count (f, "small-bedroom", "box"), ==, 1);
}

/* room-standard: kitchens and the "usable as living room" mark */
static void
test_room_standard_kitchens (void)
{
  const RoomSpec plain[] = {
    { "bed1", "bedroom", 4000, 3000 },
    { "kitchen", "kitchen-diner", 5000, 4000 },
    END_ROOMS,
  };
  const RoomSpec marked[] = {
    { "bed1", "bedroom", 4000, 3000 },
    { "kitchen", "kitchen-diner", 5000, 4000, TRUE },
    END_ROOMS,
  };
  const PersonSpec people[] = {
    { "mum", 'F', 40, "bed1" },
    { "son", 'M', 15, "bed1" },
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (plain, people, NULL);
  g_autoptr(HearthAssessment) b = build (marked, people, NULL);
  HearthRuleOptions options;
  g_autoptr(GPtrArray) fa = check (a);
  g_autoptr(GPtrArray) fb = check (b);
  g_autoptr(GPtrArray) fc = NULL;

  /* 2 rooms needed; 1 counts by default */
  g_assert_cmpint (find (fa, "room-standard", NULL)->severity, ==, HEARTH_SEVERITY_BREACH);
  assert_contains (find (fa, "room-standard", NULL)->message, "needs 2 rooms");
  /* marked usable as a living room: 2 count */
  g_assert_cmpint (find (fb, "room-standard", NULL)->severity, ==, HEARTH_SEVERITY_ADVISORY);
  /* the kitchens-count reading */
  hearth_rule_options_init (&options);
  options.kitchens_count = TRUE;
  fc = check_with (a, &options);
  g_assert_cmpint (find (fc, "room-standard", NULL)->severity, ==, HEARTH_SEVERITY_ADVISORY);
  assert_contains (find (fc, "room-standard", NULL)->reading, "Kitchens count");
  /* and mother and son share: opposite sexes, both 10+, not a couple */
  g_assert_cmpuint (count (fa, "opposite-sex-sharing", "bed1"), ==, 1);
}

static void
test_unsuitable_and_missing_rooms (void)
{
  const RoomSpec rooms[] = {
    { "bed1", "bedroom", 4000, 3000 },
    { "landing", "landing", 2000, 1500 },
    { "store", NULL, 1000, 1000 },
    END_ROOMS,
  };
  const PersonSpec people[] = {
    { "mum", 'F', 40, "bed1" },
    { "teen", 'M', 15, "landing" },
    { "lodger", 'M', 30, NULL },
    { "dad", 'M', 42, NULL, NULL, TRUE },   /* lives elsewhere */
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, people, NULL);
  g_autoptr(GPtrArray) f = check (a);
  const HearthFinding *u = find (f, "unsuitable-sleeping-room", "landing");
  const HearthFinding *n = find (f, "no-sleeping-room", NULL);

  g_assert_cmpint (u->severity, ==, HEARTH_SEVERITY_HAZARD);
  g_assert_true (g_strv_contains ((const char * const *) u->persons, "teen"));
  /* only the resident without a room, not the parent who lives elsewhere */
  g_assert_cmpuint (count (f, "no-sleeping-room", NULL), ==, 1);
  g_assert_true (g_strv_contains ((const char * const *) n->persons, "lodger"));
  /* the room with no recorded use */
  g_assert_cmpuint (count (f, "data-incomplete", "store"), ==, 1);
}

static void
test_data_incomplete (void)
{
  const RoomSpec rooms[] = {
    { "bed1", "bedroom", 4000, 3000 },
    { "bed2", "bedroom", 3000, 3000 },
    END_ROOMS,
  };
  const PersonSpec people[] = {
    { "mum", 'F', 40, "bed1" },
    { "kid", '?', 12, "bed2" },     /* sex not recorded */
    { "other", 'F', -1, "bed2" },   /* age not recorded */
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, people, NULL);
  g_autoptr(GPtrArray) f = check (a);
  gboolean saw_sex = FALSE, saw_age = FALSE, saw_bedroom = FALSE;

  for (guint i = 0; i < f->len; i++)
    {
      const HearthFinding *d = g_ptr_array_index (f, i);

      if (!g_str_equal (d->rule, "data-incomplete"))
        continue;
      g_assert_cmpint (d->severity, ==, HEARTH_SEVERITY_INFO);
      if (g_strv_contains ((const char * const *) d->persons, "kid"))
        {
          saw_sex = TRUE;
          assert_contains (d->message, "room standard");
        }
      if (g_strv_contains ((const char * const *) d->persons, "other"))
        saw_age = TRUE;
      if (strstr (d->message, "bedroom standard could not be decided"))
        saw_bedroom = TRUE;
    }

  g_assert_true (saw_sex);
  g_assert_true (saw_age);
  g_assert_true (saw_bedroom);
  g_assert_cmpuint (count (f, "bedroom-standard", NULL), ==, 0);
}

static void
test_couples_and_unborn (void)
{
  const RoomSpec rooms[] = { { "bed1", "bedroom", 4000, 3000 }, END_ROOMS };
  const PersonSpec people[] = {
    { "him", 'M', 18, "bed1" },
    { "her", 'F', 17, "bed1" },
    { "expected", 'F', -1, "bed1", "2026-09-01" },  /* not born on the visit date */
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, people, "him:her");
  g_autoptr(GPtrArray) f = check (a);

  g_assert_cmpuint (count (f, "opposite-sex-sharing", NULL), ==, 0);
  g_assert_cmpuint (count (f, "room-standard", NULL), ==, 0);
  for (guint i = 0; i < f->len; i++)
    {
      const HearthFinding *d = g_ptr_array_index (f, i);
      g_assert_false (g_strv_contains ((const char * const *) d->persons, "expected"));
    }
}

static void
test_hhsrs_category_1 (void)
{
  const RoomSpec rooms[] = { { "bed1", "bedroom", 4000, 3000 }, END_ROOMS };
  g_autoptr(HearthAssessment) a = build (rooms, NULL, NULL);
  HearthHazard *at = hearth_hazard_new (11);
  HearthHazard *below = hearth_hazard_new (1);
  g_autoptr(GPtrArray) f = NULL;
  const HearthFinding *h;

  /* 100 % class II at 1 in 100: 1000 × 100 / 100 = 1000, band C, category 1 */
  at->spread_tenths[1] = 1000;
  at->likelihood_milli = 100000;
  g_strfreev (at->rooms);
  at->rooms = g_strsplit ("bed1", " ", -1);
  /* the same at 1 in 100.001: 999.99, band D */
  below->spread_tenths[1] = 1000;
  below->likelihood_milli = 100001;
  hearth_assessment_add_hazard (a, at);
  hearth_assessment_add_hazard (a, below);

  f = check (a);
  g_assert_cmpuint (count (f, "hhsrs-category-1", NULL), ==, 1);
  h = find (f, "hhsrs-category-1", "bed1");
  g_assert_cmpint (h->severity, ==, HEARTH_SEVERITY_HAZARD);
  assert_contains (h->message, "Crowding and space");
  assert_contains (h->message, "band C");
}

static void
test_no_visit_date (void)
{
  g_autoptr(HearthAssessment) a = hearth_assessment_new ();
  g_autoptr(GPtrArray) f = check (a);

  g_assert_cmpuint (f->len, ==, 1);
  g_assert_cmpstr (((HearthFinding *) g_ptr_array_index (f, 0))->rule, ==, "data-incomplete");
}

/* Every finding carries its citation and a known rule id; most severe first. */
static void
test_findings_well_formed (void)
{
  const RoomSpec rooms[] = {
    { "bed1", "bedroom", 2000, 2000 },
    { "hall", "hall", 2000, 2000 },
    END_ROOMS,
  };
  const PersonSpec people[] = {
    { "a", 'F', 40, "bed1" }, { "b", 'M', 15, "bed1" }, { "c", 'M', 9, "hall" }, END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, people, NULL);
  g_autoptr(GPtrArray) f = check (a);
  const char * const *ids = hearth_rule_get_ids ();

  g_assert_cmpuint (f->len, >, 3);
  for (guint i = 0; i < f->len; i++)
    {
      const HearthFinding *d = g_ptr_array_index (f, i);

      g_assert_true (g_strv_contains (ids, d->rule));
      g_assert_nonnull (hearth_rule_get_title (d->rule));
      g_assert_nonnull (d->citation);
      g_assert_cmpstr (d->message, !=, "");
      if (i > 0)
        g_assert_cmpint (((HearthFinding *) g_ptr_array_index (f, i - 1))->severity, <=, d->severity);
    }
}

/* Upcoming changes for someone whose age is known only in years. */
static void
test_upcoming_stated_age (void)
{
  const RoomSpec rooms[] = { { "bed1", "bedroom", 3000, 3000 }, { "living", "living", 4000, 4000 }, END_ROOMS };
  g_autoptr(HearthAssessment) a = build (rooms, NULL, NULL);
  g_autoptr(HearthPerson) girl = hearth_person_new ("girl", "Girl");
  g_autoptr(HearthPerson) boy = hearth_person_new ("boy", "Boy");
  g_autoptr(GPtrArray) f = NULL;
  const HearthFinding *u;

  hearth_person_set_sex (girl, HEARTH_SEX_FEMALE);
  hearth_person_set_stated_age (girl, 12);
  hearth_person_set_sleeps_in (girl, "bed1");
  hearth_person_set_sex (boy, HEARTH_SEX_MALE);
  hearth_person_set_stated_age (boy, 9);
  hearth_person_set_sleeps_in (boy, "bed1");
  hearth_assessment_add_person (a, girl);
  hearth_assessment_add_person (a, boy);

  f = check (a);
  g_assert_cmpuint (count (f, "opposite-sex-sharing", NULL), ==, 0);
  u = find_upcoming (f, "opposite-sex-sharing", "bed1");
  g_assert_nonnull (u);
  assert_contains (u->message, "at the latest");
  assert_contains (u->message, "15 June 2027");
}

/* An advisory today that becomes a breach is news; the same finding with
 * one more person counted is not. */
static void
test_upcoming_severity_change (void)
{
  const RoomSpec rooms[] = {
    { "bed1", "bedroom", 4000, 3000 },
    { "living", "living", 4000, 4000 },
    END_ROOMS,
  };
  const PersonSpec people[] = {
    { "man", 'M', 40, "bed1" },
    { "woman", 'F', 38, "bed1" },
    { "son", 'M', 12, "living" },
    { "daughter", 'F', -1, "living", "2016-09-30" },  /* 10 on 30 September 2026 */
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, people, "man:woman");
  g_autoptr(GPtrArray) f = check (a);
  const HearthFinding *u;
  GDate expected = parse_date ("2026-09-30");

  /* Today: couple + son need 2 rooms, 2 count, 1 bedroom: advisory. */
  g_assert_cmpint (find (f, "room-standard", NULL)->severity, ==, HEARTH_SEVERITY_ADVISORY);
  /* From her birthday 3 are needed: a breach. */
  u = find_upcoming (f, "room-standard", NULL);
  g_assert_nonnull (u);
  g_assert_cmpint (g_date_compare (&u->effective, &expected), ==, 0);
  assert_contains (u->message, "room standard is breached");
  /* The bedroom standard needs 3 either way: nothing new to say. */
  g_assert_nonnull (find (f, "bedroom-standard", NULL));
  g_assert_null (find_upcoming (f, "bedroom-standard", NULL));
  /* She and her brother will share the living room. */
  g_assert_nonnull (find_upcoming (f, "opposite-sex-sharing", "living"));
}

/* Born on 29 February: the birthday is 1 March in other years. */
static void
test_upcoming_leap_day (void)
{
  const RoomSpec rooms[] = { { "bed1", "bedroom", 4000, 3000 }, END_ROOMS };
  const PersonSpec people[] = {
    { "brother", 'M', -1, "bed1", "2017-01-01" },
    { "sister", 'F', -1, "bed1", "2020-02-29" },
    END_PEOPLE,
  };
  g_autoptr(HearthAssessment) a = build (rooms, people, NULL);
  g_autoptr(GPtrArray) f = NULL;
  GDate visit = parse_date ("2029-06-15");
  GDate expected = parse_date ("2030-03-01");
  const HearthFinding *u;

  hearth_assessment_set_visit_date (a, &visit);
  f = check (a);
  g_assert_cmpuint (count (f, "opposite-sex-sharing", NULL), ==, 0);
  u = find_upcoming (f, "opposite-sex-sharing", "bed1");
  g_assert_nonnull (u);
  g_assert_cmpint (g_date_compare (&u->effective, &expected), ==, 0);
  assert_contains (u->message, "1 March 2030");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rules/small-bedroom/threshold", test_small_bedroom_threshold);
  g_test_add_func ("/rules/small-bedroom/message", test_small_bedroom_message_numbers);
  g_test_add_func ("/rules/headroom/readings", test_headroom_readings);
  g_test_add_func ("/rules/headroom/table-two", test_headroom_changes_table_two);
  g_test_add_func ("/rules/hmo-room-size", test_hmo_room_size);
  g_test_add_func ("/rules/space-standard/bands", test_space_standard_bands);
  g_test_add_func ("/rules/ndss-bedroom/thresholds", test_ndss_thresholds);
  g_test_add_func ("/rules/space-standard/fifty-sq-ft", test_space_standard_fifty_sq_ft_room);
  g_test_add_func ("/rules/room-standard/kitchens", test_room_standard_kitchens);
  g_test_add_func ("/rules/unsuitable-and-missing", test_unsuitable_and_missing_rooms);
  g_test_add_func ("/rules/data-incomplete", test_data_incomplete);
  g_test_add_func ("/rules/couples-and-unborn", test_couples_and_unborn);
  g_test_add_func ("/rules/hhsrs-category-1", test_hhsrs_category_1);
  g_test_add_func ("/rules/no-visit-date", test_no_visit_date);
  g_test_add_func ("/rules/well-formed", test_findings_well_formed);
  g_test_add_func ("/rules/upcoming/stated-age", test_upcoming_stated_age);
  g_test_add_func ("/rules/upcoming/severity-change", test_upcoming_severity_change);
  g_test_add_func ("/rules/upcoming/leap-day", test_upcoming_leap_day);
  g_test_add_func ("/rules/reference/example-1", test_example_1);
  g_test_add_func ("/rules/reference/example-2", test_example_2);
  g_test_add_func ("/rules/reference/example-3", test_example_3);
  g_test_add_func ("/rules/reference/example-5", test_example_5);
  g_test_add_func ("/rules/reference/example-8", test_example_8);
  g_test_add_func ("/rules/reference/example-9", test_example_9);
  g_test_add_func ("/rules/reference/example-10", test_example_10);
  g_test_add_func ("/rules/reference/example-12", test_example_12_pairing);
  g_test_add_func ("/rules/reference/example-13", test_example_13);

  return g_test_run ();
}
