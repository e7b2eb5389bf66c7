/* hearth-window.h: a window showing one assessment, read-only for now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-application.h"
#include "hearth-assessment.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_WINDOW (hearth_window_get_type ())
G_DECLARE_FINAL_TYPE (HearthWindow, hearth_window, HEARTH, WINDOW, AdwApplicationWindow)

HearthWindow     *hearth_window_new               (HearthApplication *app);

/* Loads @file synchronously (files are bounded at HEARTH_FILE_MAX_SIZE).
 * On failure the window shows the reason: on its error page when it shows
 * nothing yet, in a toast over the assessment it already shows otherwise. */
void              hearth_window_open_file         (HearthWindow      *self,
                                                   GFile             *file);
/* Shows @assessment, which was not read from a file. */
void              hearth_window_set_assessment    (HearthWindow      *self,
                                                   HearthAssessment  *assessment);
HearthAssessment *hearth_window_get_assessment    (HearthWindow      *self);

/* For tests. */
GtkWidget        *hearth_window_get_rooms_list    (HearthWindow      *self);
GtkWidget        *hearth_window_get_findings_box  (HearthWindow      *self);
/* "empty", "error" or "assessment". */
const char       *hearth_window_get_visible_page  (HearthWindow      *self);
/* The error message last shown (page or toast), or NULL. */
const char       *hearth_window_get_error_message (HearthWindow      *self);

G_END_DECLS
