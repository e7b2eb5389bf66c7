/* hearth-export.h: exporting the review-meeting document as a PDF, and
 * printing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-document.h"

G_BEGIN_DECLS

/* Asks which version (full, for the family, or for one holder of parental
 * responsibility; initials only or not), then where to save it, and
 * writes it. A version that must not be made is refused with the reason,
 * and nothing is written. */
void hearth_export_pdf_run   (GtkWindow      *parent,
                              HearthDocument *document);

/* Prints the full version, A4 portrait, at its stated scale. */
void hearth_export_print_run (GtkWindow      *parent,
                              HearthDocument *document);

G_END_DECLS
