/* test-model.c: ages, HHSRS scores and bands, file tokens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected value is worked out by hand in the comments, from the
 * calendar and from the HHSRS formula
 *   score = (10000·I + 1000·II + 300·III + 10·IV) / N
 * for a likelihood of 1 in N and spread of harm I–IV in per cent. In the
 * model's units (N in thousandths, spread in tenths of a per cent) that is
 *   score = W · 100 / L,  W = 10000·I₁₀ + 1000·II₁₀ + 300·III₁₀ + 10·IV₁₀.
 * Bands (Operating Guidance, Annex D): A 5000 or more, B 2000–4999,
 * C 1000–1999, D 500–999, E 200–499, F 100–199, G 50–99, H 20–49, I 10–19,
 * J 9 or less; category 1 is bands A–C.
 */

#include <glib.h>
#include <string.h>

#include "hearth-file.h"
#include "hearth-hazard.h"
#include "hearth-person.h"
#include "hearth-types.h"

/* ------------------------------------------------------------------------- */
/* Ages                                                                      */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *what;
  int         born_y, born_m, born_d;
  int         on_y, on_m, on_d;
  int         age;
} AgeCase;

static const AgeCase age_cases[] = {
  /* An ordinary birthday, 15 June 2010, around 15 June 2026. */
  { "day-before-birthday", 2010, 6, 15, 2026, 6, 14, 15 },
  { "on-birthday", 2010, 6, 15, 2026, 6, 15, 16 },
  { "day-after-birthday", 2010, 6, 15, 2026, 6, 16, 16 },
  /* Across the new year: born 31 December 2010. */
  { "new-year-eve-before", 2010, 12, 31, 2026, 12, 30, 15 },
  { "new-year-eve-on", 2010, 12, 31, 2026, 12, 31, 16 },
  { "new-year-eve-after", 2010, 12, 31, 2027, 1, 1, 16 },
  /* Born 29 February 2008. 2026 is not a leap year: still 17 on 28
   * February, 18 on 1 March. */
  { "leapling-28-feb-common-year", 2008, 2, 29, 2026, 2, 28, 17 },
  { "leapling-1-mar-common-year", 2008, 2, 29, 2026, 3, 1, 18 },
  /* 2028 is a leap year: 19 on 28 February, 20 on 29 February. */
  { "leapling-28-feb-leap-year", 2008, 2, 29, 2028, 2, 28, 19 },
  { "leapling-29-feb-leap-year", 2008, 2, 29, 2028, 2, 29, 20 },
  { "leapling-1-mar-leap-year", 2008, 2, 29, 2028, 3, 1, 20 },
  /* Born 1 March 2000: on 29 February 2028 the birthday is a day off. */
  { "1-mar-on-29-feb", 2000, 3, 1, 2028, 2, 29, 27 },
  /* Born on the visit day. */
  { "newborn", 2026, 11, 16, 2026, 11, 16, 0 },
  { "day-before-first-birthday", 2025, 11, 16, 2026, 11, 15, 0 },
  { "first-birthday", 2025, 11, 16, 2026, 11, 16, 1 },
  /* The thresholds the rules use: 10 and 21 (bedroom standard), 18. */
  { "day-before-10", 2016, 11, 17, 2026, 11, 16, 9 },
  { "turns-10", 2016, 11, 16, 2026, 11, 16, 10 },
  { "day-before-21", 2005, 11, 17, 2026, 11, 16, 20 },
  { "turns-21", 2005, 11, 16, 2026, 11, 16, 21 },
  /* Not yet born on the visit date: no age, never a negative one. */
  { "not-yet-born", 2026, 11, 17, 2026, 11, 16, HEARTH_AGE_UNKNOWN },
};

static void
set_date (GDate *date,
          int    y,
          int    m,
          int    d)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

static void
test_age_on (gconstpointer data)
{
  const AgeCase *c = data;
  g_autoptr(HearthPerson) person = hearth_person_new ("p", "P");
  GDate born, on;

  set_date (&born, c->born_y, c->born_m, c->born_d);
  set_date (&on, c->on_y, c->on_m, c->on_d);

  g_assert_cmpint (hearth_age_on (&born, &on), ==, c->age);

  /* The same through a person; a stated age is ignored once the date of
   * birth is known. */
  hearth_person_set_born (person, &born);
  hearth_person_set_stated_age (person, 99);
  g_assert_cmpint (hearth_person_get_age_on (person, &on), ==, c->age);
}

typedef struct
{
  const char *what;
  int         born_y, born_m, born_d;
  int         age;
  int         y, m, d;
} DateOfAgeCase;

static const DateOfAgeCase date_of_age_cases[] = {
  { "ordinary", 2015, 2, 8, 10, 2025, 2, 8 },
  { "new-year-eve", 2000, 12, 31, 21, 2021, 12, 31 },
  { "age-0", 2008, 2, 29, 0, 2008, 2, 29 },
  /* 29 February → 1 March in common years, 29 February in leap years. */
  { "leapling-1", 2008, 2, 29, 1, 2009, 3, 1 },
  { "leapling-18-common-year", 2008, 2, 29, 18, 2026, 3, 1 },
  { "leapling-20-leap-year", 2008, 2, 29, 20, 2028, 2, 29 },
  /* 2100 is not a leap year (divisible by 100, not by 400); 2000 was. */
  { "leapling-2100", 2000, 2, 29, 100, 2100, 3, 1 },
  { "leapling-2400", 2000, 2, 29, 400, 2400, 2, 29 },
  { "28-feb-stays", 2007, 2, 28, 1, 2008, 2, 28 },
};

static void
test_date_of_age (gconstpointer data)
{
  const DateOfAgeCase *c = data;
  g_autoptr(HearthPerson) person = hearth_person_new ("p", "P");
  GDate born, out, via_person;

  set_date (&born, c->born_y, c->born_m, c->born_d);
  g_date_clear (&out, 1);
  hearth_date_of_age (&born, c->age, &out);
  g_assert_true (g_date_valid (&out));
  g_assert_cmpint (g_date_get_year (&out), ==, c->y);
  g_assert_cmpint (g_date_get_month (&out), ==, c->m);
  g_assert_cmpint (g_date_get_day (&out), ==, c->d);

  hearth_person_set_born (person, &born);
  g_date_clear (&via_person, 1);
  g_assert_true (hearth_person_get_date_of_age (person, c->age, &via_person));
  g_assert_cmpint (g_date_get_julian (&via_person), ==, g_date_get_julian (&out));
}

static void
test_stated_age (void)
{
  g_autoptr(HearthPerson) person = hearth_person_new ("p", "P");
  GDate visit, born, out;

  set_date (&visit, 2026, 11, 16);

  /* Nothing known. */
  g_assert_cmpint (hearth_person_get_stated_age (person), ==, HEARTH_AGE_UNKNOWN);
  g_assert_cmpint (hearth_person_get_age_on (person, &visit), ==, HEARTH_AGE_UNKNOWN);

  /* Only a stated age: used as it is, whatever the date. */
  hearth_person_set_stated_age (person, 7);
  g_assert_cmpint (hearth_person_get_stated_age (person), ==, 7);
  g_assert_cmpint (hearth_person_get_age_on (person, &visit), ==, 7);
  g_assert_cmpint (hearth_person_get_age_on (person, NULL), ==, 7);
  /* No date of birth, so no date of turning any age. */
  g_assert_false (hearth_person_get_date_of_age (person, 10, &out));

  /* 0 is an age (a baby), not "unknown". */
  hearth_person_set_stated_age (person, 0);
  g_assert_cmpint (hearth_person_get_age_on (person, &visit), ==, 0);

  /* A date of birth wins over the stated age: born 16 November 2016 is 10
   * on 16 November 2026, whatever was stated. */
  set_date (&born, 2016, 11, 16);
  hearth_person_set_stated_age (person, 7);
  hearth_person_set_born (person, &born);
  g_assert_cmpint (hearth_person_get_stated_age (person), ==, 7);
  g_assert_cmpint (hearth_person_get_age_on (person, &visit), ==, 10);

  /* With a date of birth but no visit date, the age is unknown. */
  g_assert_cmpint (hearth_person_get_age_on (person, NULL), ==, HEARTH_AGE_UNKNOWN);

  /* Clearing the date of birth brings the stated age back. */
  hearth_person_set_born (person, NULL);
  g_assert_null (hearth_person_get_born (person));
  g_assert_cmpint (hearth_person_get_age_on (person, &visit), ==, 7);
}

/* ------------------------------------------------------------------------- */
/* HHSRS scores and bands                                                    */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *what;
  int         spread[4];  /* tenths of a per cent */
  gint64      likelihood; /* thousandths of N */
  double      score;
  char        band;
  int         category;
} ScoreCase;

#define ALL_I   { 1000, 0, 0, 0 }
#define ALL_II  { 0, 1000, 0, 0 }
#define ALL_III { 0, 0, 1000, 0 }
#define ALL_IV  { 0, 0, 0, 1000 }

static const ScoreCase score_cases[] = {
  /* 100 % class I: W = 10 000 000, score = 10⁹ / L. Each edge T is reached
   * exactly at L = 10⁹ / T; one thousandth less likely is just below it. */
  { "A-at-5000", ALL_I, 200000, 5000.0, 'A', 1 },
  { "B-below-5000", ALL_I, 200001, 1e9 / 200001, 'B', 1 },      /* 4999.975 */
  { "B-at-2000", ALL_I, 500000, 2000.0, 'B', 1 },
  { "C-below-2000", ALL_I, 500001, 1e9 / 500001, 'C', 1 },      /* 1999.996 */
  { "C-at-1000", ALL_I, 1000000, 1000.0, 'C', 1 },
  { "D-below-1000", ALL_I, 1000001, 1e9 / 1000001, 'D', 2 },    /* 999.999 */
  { "D-at-500", ALL_I, 2000000, 500.0, 'D', 2 },
  { "E-below-500", ALL_I, 2000001, 1e9 / 2000001, 'E', 2 },
  { "E-at-200", ALL_I, 5000000, 200.0, 'E', 2 },
  { "F-below-200", ALL_I, 5000001, 1e9 / 5000001, 'F', 2 },
  { "F-at-100", ALL_I, 10000000, 100.0, 'F', 2 },
  { "G-below-100", ALL_I, 10000001, 1e9 / 10000001, 'G', 2 },
  { "G-at-50", ALL_I, 20000000, 50.0, 'G', 2 },
  { "H-below-50", ALL_I, 20000001, 1e9 / 20000001, 'H', 2 },
  { "H-at-20", ALL_I, 50000000, 20.0, 'H', 2 },
  { "I-below-20", ALL_I, 50000001, 1e9 / 50000001, 'I', 2 },
  { "I-at-10", ALL_I, 100000000, 10.0, 'I', 2 },
  { "J-below-10", ALL_I, 100000001, 1e9 / 100000001, 'J', 2 },   /* 9.9999999 */

  /* 100 % class IV at 1 in 1: 10 × 100 / 1 = 1000, band C, category 1;
   * at 1 in 1.001, 999.000999: band D. */
  { "all-IV-1-in-1", ALL_IV, 1000, 1000.0, 'C', 1 },
  { "all-IV-1-in-1.001", ALL_IV, 1001, 1e6 / 1001, 'D', 2 },
  /* 100 % class III: 300 × 100 / N; 1 in 6 is exactly 5000, band A. */
  { "all-III-1-in-6", ALL_III, 6000, 5000.0, 'A', 1 },
  { "all-III-1-in-6.001", ALL_III, 6001, 3e7 / 6001, 'B', 1 },
  /* 100 % class II: 1000 × 100 / N; 1 in 100 is exactly 1000. */
  { "all-II-1-in-100", ALL_II, 100000, 1000.0, 'C', 1 },
  { "all-II-1-in-100.001", ALL_II, 100001, 1e8 / 100001, 'D', 2 },
  /* 0.1 % class I, 99.9 % class IV: W = 10000 + 9990 = 19990; at 1 in
   * 1.999, score 1999000 / 1999 = 1000 exactly. */
  { "mixed-at-1000", { 1, 0, 0, 999 }, 1999, 1000.0, 'C', 1 },
  { "mixed-below-1000", { 1, 0, 0, 999 }, 2000, 999.5, 'D', 2 },

  /* The reference's worked examples. 10/10/31.6/48.4 %:
   * W = 1 000 000 + 100 000 + 94 800 + 4 840 = 1 199 640. */
  { "worked-1-in-10", { 100, 100, 316, 484 }, 10000, 11996.4, 'A', 1 },
  { "worked-1-in-100", { 100, 100, 316, 484 }, 100000, 1199.64, 'C', 1 },
  /* 14/7/26/53 %: W = 1 400 000 + 70 000 + 78 000 + 5 300 = 1 553 300. */
  /* 155 330 000 / 6 950 000 = 22.349…, shown as 22.35. */
  { "worked-1-in-6950", { 140, 70, 260, 530 }, 6950000, 155330000.0 / 6950000, 'H', 2 },
  { "worked-1-in-8000", { 140, 70, 260, 530 }, 8000000, 19.41625, 'I', 2 },
  /* 0/0/10/90 %: W = 30 000 + 9 000 = 39 000; at 1 in 1000, 3.9. */
  { "worked-1-in-1000", { 0, 0, 100, 900 }, 1000000, 3.9, 'J', 2 },
};

static void
test_score (gconstpointer data)
{
  const ScoreCase *c = data;
  g_autoptr(HearthHazard) hazard = hearth_hazard_new (11);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 4; i++)
    hazard->spread_tenths[i] = c->spread[i];
  hazard->likelihood_milli = c->likelihood;

  g_assert_true (hearth_hazard_validate (hazard, &error));
  g_assert_no_error (error);

  g_assert_cmpfloat_with_epsilon (hearth_hazard_get_score (hazard), c->score, c->score * 1e-12);
  g_assert_cmpint (hearth_hhsrs_band_to_char (hearth_hazard_get_band (hazard)), ==, c->band);
  g_assert_cmpint (hearth_hazard_get_category (hazard), ==, c->category);
}

static void
test_band_letters (void)
{
  static const struct {
    HearthHhsrsBand band;
    char            letter;
  } letters[] = {
    { HEARTH_HHSRS_BAND_A, 'A' }, { HEARTH_HHSRS_BAND_B, 'B' }, { HEARTH_HHSRS_BAND_C, 'C' },
    { HEARTH_HHSRS_BAND_D, 'D' }, { HEARTH_HHSRS_BAND_E, 'E' }, { HEARTH_HHSRS_BAND_F, 'F' },
    { HEARTH_HHSRS_BAND_G, 'G' }, { HEARTH_HHSRS_BAND_H, 'H' }, { HEARTH_HHSRS_BAND_I, 'I' },
    { HEARTH_HHSRS_BAND_J, 'J' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    g_assert_cmpint (hearth_hhsrs_band_to_char (letters[i].band), ==, letters[i].letter);
}

static void
test_hazard_names (void)
{
  /* Schedule 1 to the HHSRS (England) Regulations 2005. */
  g_assert_cmpstr (hearth_hhsrs_hazard_get_name (1), ==, "Damp and mould growth");
  g_assert_cmpstr (hearth_hhsrs_hazard_get_name (11), ==, "Crowding and space");
  g_assert_cmpstr (hearth_hhsrs_hazard_get_name (29), ==, "Structural collapse and falling elements");
  g_assert_null (hearth_hhsrs_hazard_get_name (0));
  g_assert_null (hearth_hhsrs_hazard_get_name (30));
}

typedef struct
{
  const char *what;
  int         number;
  int         spread[4];
  gint64      likelihood;
  const char *needle;  /* in the message; NULL when valid */
} ValidateCase;

static const ValidateCase validate_cases[] = {
  { "valid", 11, { 100, 100, 316, 484 }, 100000, NULL },
  { "number-1", 1, ALL_IV, 1000, NULL },
  { "number-29", 29, ALL_IV, 1000, NULL },
  { "number-0", 0, ALL_IV, 1000, " 0 " },
  { "number-30", 30, ALL_IV, 1000, " 30 " },
  /* 10 + 10 + 31.6 + 48.3 = 99.9 %. */
  { "sum-99.9", 11, { 100, 100, 316, 483 }, 100000, "99.9" },
  /* 10 + 10 + 31.6 + 48.5 = 100.1 %. */
  { "sum-100.1", 11, { 100, 100, 316, 485 }, 100000, "100.1" },
  { "sum-0", 11, { 0, 0, 0, 0 }, 100000, "0.0" },
  { "negative-class", 11, { 1100, -100, 0, 0 }, 100000, "11" },
  /* "1 in 0.999" is more than certain. */
  { "likelihood-below-1", 11, ALL_IV, 999, "11" },
};

static void
test_validate (gconstpointer data)
{
  const ValidateCase *c = data;
  g_autoptr(HearthHazard) hazard = hearth_hazard_new (c->number);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  for (guint i = 0; i < 4; i++)
    hazard->spread_tenths[i] = c->spread[i];
  hazard->likelihood_milli = c->likelihood;

  ok = hearth_hazard_validate (hazard, &error);
  if (c->needle == NULL)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      return;
    }

  g_assert_false (ok);
  g_assert_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_BAD_VALUE);
  g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, c->needle));
}

/* ------------------------------------------------------------------------- */
/* File tokens: as data/hearth-assessment.rng spells them                    */
/* ------------------------------------------------------------------------- */

typedef struct
{
  int         value;
  const char *token;
} Token;

static const Token sex_tokens[] = {
  { HEARTH_SEX_NOT_RECORDED, "not-recorded" },
  { HEARTH_SEX_FEMALE, "female" },
  { HEARTH_SEX_MALE, "male" },
};

static const Token use_tokens[] = {
  { HEARTH_ROOM_USE_UNKNOWN, "unknown" },
  { HEARTH_ROOM_USE_BEDROOM, "bedroom" },
  { HEARTH_ROOM_USE_LIVING, "living" },
  { HEARTH_ROOM_USE_DINING, "dining" },
  { HEARTH_ROOM_USE_STUDY, "study" },
  { HEARTH_ROOM_USE_KITCHEN, "kitchen" },
  { HEARTH_ROOM_USE_KITCHEN_DINER, "kitchen-diner" },
  { HEARTH_ROOM_USE_BATHROOM, "bathroom" },
  { HEARTH_ROOM_USE_WC, "wc" },
  { HEARTH_ROOM_USE_HALL, "hall" },
  { HEARTH_ROOM_USE_LANDING, "landing" },
  { HEARTH_ROOM_USE_STORAGE, "storage" },
  { HEARTH_ROOM_USE_OTHER, "other" },
};

static const Token safe_tokens[] = {
  { HEARTH_SAFE_TO_SHARE_NOT_ASSESSED, "not-assessed" },
  { HEARTH_SAFE_TO_SHARE_YES, "yes" },
  { HEARTH_SAFE_TO_SHARE_NO, "no" },
};

static const Token reason_tokens[] = {
  { HEARTH_WITHHELD_REASON_NONE, "none" },
  { HEARTH_WITHHELD_REASON_RISK_TO_CHILD, "risk-to-child" },
  { HEARTH_WITHHELD_REASON_POLICE_INVESTIGATION, "police-investigation" },
  { HEARTH_WITHHELD_REASON_OTHER, "other" },
};

static const Token method_tokens[] = {
  { HEARTH_SHARE_METHOD_NONE, "none" },
  { HEARTH_SHARE_METHOD_IN_PERSON, "in-person" },
  { HEARTH_SHARE_METHOD_LETTER, "letter" },
  { HEARTH_SHARE_METHOD_EMAIL, "email" },
  { HEARTH_SHARE_METHOD_MEETING, "meeting" },
};

static const Token severity_tokens[] = {
  { HEARTH_SEVERITY_BREACH, "breach" },
  { HEARTH_SEVERITY_HAZARD, "hazard" },
  { HEARTH_SEVERITY_ADVISORY, "advisory" },
  { HEARTH_SEVERITY_INFO, "info" },
};

/* Near misses that must never be taken for a token. */
static const char * const bad_tokens[] = {
  "", " ", "Bedroom", "BEDROOM", "bedroom ", " bedroom", "kitchen_diner",
  "Female", "f", "in person", "in_person", "not assessed", "Yes", "NO",
  "risk to child", "0", "1", "unknown-use", "bedroom\n",
};

typedef struct
{
  const char  *name;
  const Token *tokens;
  guint        n_tokens;
  const char * (*to_string) (int value);
  gboolean     (*from_string) (const char *str, int *value);
} TokenType;

/* Adapters: each enum has its own C type. */
#define ADAPTERS(Type, prefix)                                              \
  static const char *prefix##_to (int value)                                \
  {                                                                         \
    return prefix##_to_string ((Type) value);                               \
  }                                                                         \
  static gboolean prefix##_from (const char *str, int *value)               \
  {                                                                         \
    Type v;                                                                 \
    if (!prefix##_from_string (str, &v))                                    \
      return FALSE;                                                         \
    *value = (int) v;                                                       \
    return TRUE;                                                            \
  }

ADAPTERS (HearthSex, hearth_sex)
ADAPTERS (HearthRoomUse, hearth_room_use)
ADAPTERS (HearthSafeToShare, hearth_safe_to_share)
ADAPTERS (HearthWithheldReason, hearth_withheld_reason)
ADAPTERS (HearthShareMethod, hearth_share_method)

static const char *
severity_to (int value)
{
  return hearth_severity_to_string ((HearthSeverity) value);
}

static const TokenType token_types[] = {
  { "sex", sex_tokens, G_N_ELEMENTS (sex_tokens), hearth_sex_to, hearth_sex_from },
  { "room-use", use_tokens, G_N_ELEMENTS (use_tokens), hearth_room_use_to, hearth_room_use_from },
  { "safe-to-share", safe_tokens, G_N_ELEMENTS (safe_tokens), hearth_safe_to_share_to, hearth_safe_to_share_from },
  { "withheld-reason", reason_tokens, G_N_ELEMENTS (reason_tokens), hearth_withheld_reason_to, hearth_withheld_reason_from },
  { "share-method", method_tokens, G_N_ELEMENTS (method_tokens), hearth_share_method_to, hearth_share_method_from },
  { "severity", severity_tokens, G_N_ELEMENTS (severity_tokens), severity_to, NULL },
};

static void
test_tokens (gconstpointer data)
{
  const TokenType *type = data;

  for (guint i = 0; i < type->n_tokens; i++)
    {
      const Token *t = &type->tokens[i];
      int value = -1;

      g_assert_cmpstr (type->to_string (t->value), ==, t->token);
      if (type->from_string == NULL)
        continue;
      g_assert_true (type->from_string (t->token, &value));
      g_assert_cmpint (value, ==, t->value);
    }

  if (type->from_string == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (bad_tokens); i++)
    {
      int value = -1;

      if (!type->from_string (bad_tokens[i], &value))
        continue;
      g_error ("%s accepted “%s” as %d", type->name, bad_tokens[i], value);
    }
  {
    int value = -1;

    g_assert_false (type->from_string (NULL, &value));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (age_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/age-on/%s", age_cases[i].what);
      g_test_add_data_func (path, &age_cases[i], test_age_on);
    }
  for (guint i = 0; i < G_N_ELEMENTS (date_of_age_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/date-of-age/%s", date_of_age_cases[i].what);
      g_test_add_data_func (path, &date_of_age_cases[i], test_date_of_age);
    }
  g_test_add_func ("/model/stated-age", test_stated_age);

  for (guint i = 0; i < G_N_ELEMENTS (score_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/hhsrs/score/%s", score_cases[i].what);
      g_test_add_data_func (path, &score_cases[i], test_score);
    }
  g_test_add_func ("/model/hhsrs/band-letters", test_band_letters);
  g_test_add_func ("/model/hhsrs/hazard-names", test_hazard_names);
  for (guint i = 0; i < G_N_ELEMENTS (validate_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/hhsrs/validate/%s", validate_cases[i].what);
      g_test_add_data_func (path, &validate_cases[i], test_validate);
    }

  for (guint i = 0; i < G_N_ELEMENTS (token_types); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/tokens/%s", token_types[i].name);
      g_test_add_data_func (path, &token_types[i], test_tokens);
    }

  return g_test_run ();
}
