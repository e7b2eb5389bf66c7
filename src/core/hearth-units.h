/* hearth-units.h: exact area thresholds and display of areas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An "area2" is twice an area in mm² (see hearth-geometry.h).
 * 1 sq ft = 0.09290304 m² exactly = 92903.04 mm², so 100 sq ft = 9290304 mm².
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HEARTH_MM2_PER_100_SQFT G_GINT64_CONSTANT (9290304)

/* area >= sqft square feet, exactly. */
gboolean  hearth_area2_at_least_sqft   (gint64 area2,
                                        gint64 sqft);
/* area >= mm2 square millimetres, exactly (6.51 m² is 6510000). */
gboolean  hearth_area2_at_least_mm2    (gint64 area2,
                                        gint64 mm2);

double    hearth_area2_to_m2           (gint64 area2);
double    hearth_area2_to_sqft         (gint64 area2);

/* Displayed areas are truncated, never rounded up, so that a room just under
 * a threshold never reads as meeting it ("69.96 sq ft", not "70.0 sq ft"). */
char     *hearth_format_m2             (gint64 area2);   /* "6.50 m²" */
char     *hearth_format_sqft           (gint64 area2);   /* "69.96 sq ft" */
char     *hearth_format_area           (gint64 area2);   /* "6.50 m² (69.96 sq ft)" */
/* A length in mm as metres: "2.15 m" (truncated to the centimetre). */
char     *hearth_format_length         (double mm);

G_END_DECLS
