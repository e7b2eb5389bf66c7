/* hearth-file.h: reading and writing .hearth assessment files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-assessment.h"

G_BEGIN_DECLS

#define HEARTH_FILE_NAMESPACE "urn:hearth:assessment:1"
#define HEARTH_FILE_VERSION 1
/* Larger files are refused before parsing. A 2,000-room plan is about 1 MB. */
#define HEARTH_FILE_MAX_SIZE ((gsize) 32 * 1024 * 1024)

#define HEARTH_FILE_ERROR (hearth_file_error_quark ())

typedef enum {
  HEARTH_FILE_ERROR_TOO_LARGE,
  HEARTH_FILE_ERROR_NOT_UTF8,
  HEARTH_FILE_ERROR_MALFORMED,      /* not well-formed XML */
  HEARTH_FILE_ERROR_FORBIDDEN,      /* a DTD, entity or other construct Hearth never reads */
  HEARTH_FILE_ERROR_NOT_ASSESSMENT, /* some other kind of XML */
  HEARTH_FILE_ERROR_FUTURE_VERSION,
  HEARTH_FILE_ERROR_INVALID,        /* does not match the schema */
  HEARTH_FILE_ERROR_DUPLICATE_ID,
  HEARTH_FILE_ERROR_DANGLING_REFERENCE,
  HEARTH_FILE_ERROR_BAD_GEOMETRY,
  HEARTH_FILE_ERROR_BAD_VALUE,
} HearthFileError;

GQuark            hearth_file_error_quark  (void);

/* Parses and checks @data. Every error message starts with "line N: " when
 * the problem has a place in the file. Never fetches anything. */
HearthAssessment *hearth_assessment_load_from_data (const char        *data,
                                                    gsize              length,
                                                    GError           **error);
HearthAssessment *hearth_assessment_load_from_file (GFile             *file,
                                                    GCancellable      *cancellable,
                                                    GError           **error);

/* The file's bytes, UTF-8 XML ending in a newline. */
GBytes           *hearth_assessment_to_bytes       (HearthAssessment  *assessment);
/* Writes atomically (temporary file in the same folder, flushed, renamed
 * over the old one), readable and writable by the owner only. Refuses, with
 * the reason and the old file untouched, to write bytes that Hearth could
 * not load again (an assessment with no visit date, a self-crossing room):
 * the caller keeps the assessment in memory and can fix it. */
gboolean          hearth_assessment_save_to_file   (HearthAssessment  *assessment,
                                                    GFile             *file,
                                                    GCancellable      *cancellable,
                                                    GError           **error);

G_END_DECLS
