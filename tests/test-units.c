/* test-units.c: exact area thresholds and how areas are shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An area2 is twice an area in mm². 1 sq ft = 92 903.04 mm² exactly, so the
 * statutory thresholds in area2 are:
 *
 *    50 sq ft = 4 645 152   mm²  →  area2  9 290 304     (a whole number)
 *    70 sq ft = 6 503 212.8 mm²  →  area2 13 006 425.6
 *    90 sq ft = 8 361 273.6 mm²  →  area2 16 722 547.2
 *   100 sq ft = 9 290 304   mm²  →  area2 18 580 608     (a whole number)
 *   110 sq ft = 10 219 334.4 mm² →  area2 20 438 668.8
 *
 * and for the metric ones area2 = 2 × mm² exactly. Every expectation below
 * is worked out by hand from those figures.
 */

#include <glib.h>
#include <math.h>

#include "hearth-units.h"
#include "hearth-test-utils.h"

/* ------------------------------------------------------------------------- */
/* Thresholds                                                                */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  gint64      area2;
  gint64      threshold;
  gboolean    expected;
} ThresholdCase;

static const ThresholdCase sqft_cases[] = {
  { "50-below", 9290303, 50, FALSE },
  { "50-exactly", 9290304, 50, TRUE },
  { "50-above", 9290305, 50, TRUE },
  { "70-below", 13006425, 70, FALSE },
  { "70-above", 13006426, 70, TRUE },
  { "90-below", 16722547, 90, FALSE },
  { "90-above", 16722548, 90, TRUE },
  { "100-below", 18580607, 100, FALSE },
  { "100-exactly", 18580608, 100, TRUE },
  { "110-below", 20438668, 110, FALSE },
  { "110-above", 20438669, 110, TRUE },
  /* A 2150 × 2160 mm room: 4 644 000 mm², just short of 50 sq ft. */
  { "room-2150x2160-vs-50", 9288000, 50, FALSE },
  /* A 2550 × 2550 mm room: 6 502 500 mm², just short of 70 sq ft. */
  { "room-2550x2550-vs-70", 13005000, 70, FALSE },
  /* A 2550 × 2553 mm room: 6 510 150 mm². */
  { "room-2550x2553-vs-70", 13020300, 70, TRUE },
  /* Whole numbers of mm² exactly on the line, which going through m² in
   * floating point (m² / 0.09290304) puts just below it. */
  { "225-exactly", 41806368, 225, TRUE },
  { "550-exactly", 102193344, 550, TRUE },
  { "nothing-vs-0", 0, 0, TRUE },
  { "nothing-vs-50", 0, 50, FALSE },
  /* 2 km square: far beyond any threshold, and no overflow. */
  { "huge-vs-110", G_GINT64_CONSTANT (8000000000000), 110, TRUE },
  { "max-vs-max", G_MAXINT64, G_MAXINT64, FALSE },
};

static void
test_at_least_sqft (gconstpointer data)
{
  const ThresholdCase *c = data;

  g_assert_cmpint (hearth_area2_at_least_sqft (c->area2, c->threshold), ==, c->expected);
}

static const ThresholdCase mm2_cases[] = {
  { "4.64-below", 9279999, 4640000, FALSE },
  { "4.64-exactly", 9280000, 4640000, TRUE },
  { "6.51-below", 13019999, 6510000, FALSE },
  { "6.51-exactly", 13020000, 6510000, TRUE },
  { "7.5-below", 14999999, 7500000, FALSE },
  { "7.5-exactly", 15000000, 7500000, TRUE },
  { "10.22-below", 20439999, 10220000, FALSE },
  { "10.22-exactly", 20440000, 10220000, TRUE },
  { "11.5-below", 22999999, 11500000, FALSE },
  { "11.5-exactly", 23000000, 11500000, TRUE },
  /* The 2150 × 2160 mm room meets 4.64 m² though not 50 sq ft. */
  { "room-2150x2160-vs-4.64", 9288000, 4640000, TRUE },
  { "room-2550x2550-vs-6.51", 13005000, 6510000, FALSE },
  { "room-2550x2553-vs-6.51", 13020300, 6510000, TRUE },
  { "max-vs-max", G_MAXINT64, G_MAXINT64, FALSE },
};

static void
test_at_least_mm2 (gconstpointer data)
{
  const ThresholdCase *c = data;

  g_assert_cmpint (hearth_area2_at_least_mm2 (c->area2, c->threshold), ==, c->expected);
}

/* 110 sq ft is 10.2193344 m², not 10.22 m²: the two bands differ, and a
 * room between them must land on the right side of each. */
static void
test_110_sqft_is_not_10_22_m2 (void)
{
  /* 10 219 334.5 mm²: above 110 sq ft, below 10.22 m². */
  g_assert_true (hearth_area2_at_least_sqft (20438669, 110));
  g_assert_false (hearth_area2_at_least_mm2 (20438669, 10220000));

  /* 10 219 334 mm²: below both. */
  g_assert_false (hearth_area2_at_least_sqft (20438668, 110));
  g_assert_false (hearth_area2_at_least_mm2 (20438668, 10220000));

  /* 10.22 m²: above both. */
  g_assert_true (hearth_area2_at_least_sqft (20440000, 110));
  g_assert_true (hearth_area2_at_least_mm2 (20440000, 10220000));
}

/* ------------------------------------------------------------------------- */
/* Conversions                                                               */
/* ------------------------------------------------------------------------- */

static void
test_conversions (void)
{
  g_assert_cmpfloat_with_epsilon (hearth_area2_to_m2 (13000000), 6.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (hearth_area2_to_m2 (20440000), 10.22, 1e-12);
  g_assert_cmpfloat_with_epsilon (hearth_area2_to_m2 (0), 0.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (hearth_area2_to_sqft (9290304), 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hearth_area2_to_sqft (18580608), 100.0, 1e-9);
  /* 6 500 000 / 92 903.04 = 69.965 417 7… */
  g_assert_cmpfloat_with_epsilon (hearth_area2_to_sqft (13000000), 69.9654177, 1e-6);
}

/* ------------------------------------------------------------------------- */
/* Formatting                                                                */
/* ------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  gint64      area2;
  const char *m2;
  const char *sqft;
  const char *area;
} FormatCase;

static const FormatCase format_cases[] = {
  { "nothing", 0, "0.00 m²", "0.00 sq ft", "0.00 m² (0.00 sq ft)" },
  /* 0.0099995 m², 0.1076 sq ft: truncated, not rounded. */
  { "just-under-a-hundredth", 19999, "0.00 m²", "0.10 sq ft", "0.00 m² (0.10 sq ft)" },
  { "a-hundredth", 20000, "0.01 m²", "0.10 sq ft", "0.01 m² (0.10 sq ft)" },
  /* 6.5 m² = 69.965 sq ft. */
  { "6.5-m2", 13000000, "6.50 m²", "69.96 sq ft", "6.50 m² (69.96 sq ft)" },
  /* A hair under 70 sq ft (69.999 997) never reads "70.00". */
  { "just-under-70-sqft", 13006425, "6.50 m²", "69.99 sq ft", "6.50 m² (69.99 sq ft)" },
  { "just-over-70-sqft", 13006426, "6.50 m²", "70.00 sq ft", "6.50 m² (70.00 sq ft)" },
  /* 2550 × 2550 mm = 6.5025 m² = 69.992 sq ft. */
  { "room-2550x2550", 13005000, "6.50 m²", "69.99 sq ft", "6.50 m² (69.99 sq ft)" },
  { "exactly-50-sqft", 9290304, "4.64 m²", "50.00 sq ft", "4.64 m² (50.00 sq ft)" },
  { "just-under-50-sqft", 9290303, "4.64 m²", "49.99 sq ft", "4.64 m² (49.99 sq ft)" },
  /* 10.22 m² = 110.007 sq ft. */
  { "10.22-m2", 20440000, "10.22 m²", "110.00 sq ft", "10.22 m² (110.00 sq ft)" },
  /* Just under 110 sq ft (10.219 334 m²). */
  { "just-under-110-sqft", 20438668, "10.21 m²", "109.99 sq ft", "10.21 m² (109.99 sq ft)" },
  { "just-over-110-sqft", 20438669, "10.21 m²", "110.00 sq ft", "10.21 m² (110.00 sq ft)" },
  /* Just under 6.51 m²: 6 509 999.5 mm² = 70.0717 sq ft. */
  { "just-under-6.51-m2", 13019999, "6.50 m²", "70.07 sq ft", "6.50 m² (70.07 sq ft)" },
  /* Exactly 225 sq ft = 20.903 184 m². */
  { "exactly-225-sqft", 41806368, "20.90 m²", "225.00 sq ft", "20.90 m² (225.00 sq ft)" },
  /* 10⁶ m² = 10 763 910.417 sq ft. */
  { "a-square-kilometre", G_GINT64_CONSTANT (2000000000000),
    "1000000.00 m²", "10763910.41 sq ft", "1000000.00 m² (10763910.41 sq ft)" },
};

static void
test_format (gconstpointer data)
{
  const FormatCase *c = data;
  g_autofree char *m2 = hearth_format_m2 (c->area2);
  g_autofree char *sqft = hearth_format_sqft (c->area2);
  g_autofree char *area = hearth_format_area (c->area2);

  g_assert_cmpstr (m2, ==, c->m2);
  g_assert_cmpstr (sqft, ==, c->sqft);
  g_assert_cmpstr (area, ==, c->area);
}

/* What is shown must never claim a threshold the exact test denies. */
static void
test_format_agrees_with_thresholds (void)
{
  static const struct {
    gint64      sqft;
    const char *shown;
  } thresholds[] = {
    { 50, "50.00 sq ft" },
    { 70, "70.00 sq ft" },
    { 90, "90.00 sq ft" },
    { 110, "110.00 sq ft" },
  };
  /* The largest area2 below each: 9 290 303, 13 006 425, 16 722 547, 20 438 668. */
  static const gint64 below[] = { 9290303, 13006425, 16722547, 20438668 };

  for (guint i = 0; i < G_N_ELEMENTS (thresholds); i++)
    {
      g_autofree char *under = hearth_format_sqft (below[i]);
      g_autofree char *over = hearth_format_sqft (below[i] + 1);

      g_assert_false (hearth_area2_at_least_sqft (below[i], thresholds[i].sqft));
      g_assert_cmpstr (under, !=, thresholds[i].shown);
      g_assert_true (hearth_area2_at_least_sqft (below[i] + 1, thresholds[i].sqft));
      g_assert_cmpstr (over, ==, thresholds[i].shown);
    }
}

typedef struct
{
  const char *name;
  double      mm;
  const char *expected;
} LengthCase;

static const LengthCase length_cases[] = {
  { "zero", 0.0, "0.00 m" },
  { "5mm", 5.0, "0.00 m" },
  { "under-a-metre", 999.9, "0.99 m" },
  { "2149", 2149.0, "2.14 m" },
  { "2149.9", 2149.9, "2.14 m" },
  { "2150", 2150.0, "2.15 m" },
  { "2159.99", 2159.99, "2.15 m" },
  { "2550", 2550.0, "2.55 m" },
  { "2749", 2749.0, "2.74 m" },
  { "10m", 10000.0, "10.00 m" },
  { "2km", 2000000.0, "2000.00 m" },
};

static void
test_format_length (gconstpointer data)
{
  const LengthCase *c = data;
  g_autofree char *text = hearth_format_length (c->mm);

  g_assert_cmpstr (text, ==, c->expected);
}

static void
test_format_negative (void)
{
  if (g_test_subprocess ())
    {
      char *text = hearth_format_m2 (-1);

      g_assert_null (text);
      return;
    }

  g_test_trap_subprocess (NULL, 0, 0);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*area2 >= 0*");
}

/* ------------------------------------------------------------------------- */

/* ADD_CASES comes from hearth-test-utils.h */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_CASES ("/units/at-least-sqft", sqft_cases, test_at_least_sqft);
  ADD_CASES ("/units/at-least-mm2", mm2_cases, test_at_least_mm2);
  g_test_add_func ("/units/110-sqft-is-not-10.22-m2", test_110_sqft_is_not_10_22_m2);
  g_test_add_func ("/units/conversions", test_conversions);
  ADD_CASES ("/units/format", format_cases, test_format);
  g_test_add_func ("/units/format-agrees-with-thresholds", test_format_agrees_with_thresholds);
  ADD_CASES ("/units/format-length", length_cases, test_format_length);
  g_test_add_func ("/units/format-negative", test_format_negative);

  return g_test_run ();
}
