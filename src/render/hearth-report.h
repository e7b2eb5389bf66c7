/* hearth-report.h: the review-meeting document, as PDF or printed pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A4 portrait, drawn with cairo and Pango (searchable text, fonts
 * embedded by cairo), floor plans drawn by hearth_plan_render at a stated
 * standard scale. The same page drawing serves the PDF file and printing.
 */
#pragma once

#include <cairo.h>

#include "hearth-assessment.h"
#include "hearth-rules.h"

G_BEGIN_DECLS

#define HEARTH_REPORT_ERROR (hearth_report_error_quark ())

typedef enum {
  HEARTH_REPORT_ERROR_NOT_SAFE,        /* sharing with the recipient is recorded as not safe */
  HEARTH_REPORT_ERROR_NOT_ASSESSED,    /* … or has not been assessed yet */
  HEARTH_REPORT_ERROR_NOT_A_RECIPIENT, /* no such person, or no parental responsibility */
  HEARTH_REPORT_ERROR_WRITE,           /* the file could not be written */
} HearthReportError;

typedef enum {
  HEARTH_REPORT_FULL,        /* for the review meeting */
  HEARTH_REPORT_RECIPIENT,   /* for one holder of parental responsibility */
  HEARTH_REPORT_FAMILY,      /* plain language; no statute numbers on page 1 */
} HearthReportKind;

typedef struct {
  HearthReportKind         kind;
  const char              *recipient;  /* person id, for HEARTH_REPORT_RECIPIENT */
  gboolean                 initials;   /* household shown by initials only */
  const HearthRuleOptions *rules;      /* NULL: defaults */
} HearthReportOptions;

void           hearth_report_options_init (HearthReportOptions *options);

/* A4 in points */
#define HEARTH_REPORT_PAGE_WIDTH  595.276
#define HEARTH_REPORT_PAGE_HEIGHT 841.890

typedef struct _HearthReport HearthReport;

GQuark         hearth_report_error_quark (void);

/* Lays the document out. Fails, saying why, when the version asked for
 * must not be made: a recipient with whom sharing is recorded as not safe
 * (the reason is in the message) or not assessed yet. What is withheld
 * from a recipient (the address, other residents' details, named
 * findings) is left out of the layout entirely, so it cannot reach the
 * file. */
HearthReport  *hearth_report_new         (HearthAssessment          *assessment,
                                          const HearthReportOptions *options,
                                          GError                   **error);
void           hearth_report_free        (HearthReport              *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthReport, hearth_report_free)

guint          hearth_report_get_n_pages (HearthReport              *report);
/* Draws page @index (0-based) in points, origin top-left, on @cr sized
 * HEARTH_REPORT_PAGE_WIDTH × HEARTH_REPORT_PAGE_HEIGHT. */
void           hearth_report_draw_page   (HearthReport              *report,
                                          cairo_t                   *cr,
                                          guint                      index);
/* The PDF title (never the address) and author for the metadata. */
const char    *hearth_report_get_title   (HearthReport              *report);
const char    *hearth_report_get_author  (HearthReport              *report);

/* Lays out and writes a PDF to @path (atomically, mode 0600), with title,
 * author and creation date metadata. */
gboolean       hearth_report_write_pdf   (HearthAssessment          *assessment,
                                          const HearthReportOptions *options,
                                          const char                *path,
                                          GError                   **error);

G_END_DECLS
