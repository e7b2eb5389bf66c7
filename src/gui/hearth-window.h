/* hearth-window.h: a window editing one assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window holds a HearthDocument. Its actions (widget actions):
 *   win.new         Ctrl+N        a new assessment (in this window if it
 *                                 shows nothing, else in a new one)
 *   win.open        Ctrl+O        choose a file (see hearth_window_present_file())
 *   win.open-recent "s" (a URI)   open a recently used file
 *   win.save        Ctrl+S        save; Save As when there is no file yet
 *   win.save-as     Ctrl+Shift+S  save under another name
 *   win.undo        Ctrl+Z        enabled while there is something to undo
 *   win.redo        Ctrl+Shift+Z
 *   win.dismiss-error Escape      hide the error banner
 * Dropping files on the window opens them.
 *
 * Unsaved work is never only in memory for long: after
 * "autosave-interval" seconds of unsaved editing a recovery copy is
 * written (see hearth-recovery.h); it is removed once the work is saved or
 * the caseworker chooses to discard it. Closing a window with unsaved
 * changes asks first.
 */
#pragma once

#include <adwaita.h>

#include "hearth-application.h"
#include "hearth-assessment.h"
#include "hearth-document.h"
#include "hearth-recovery.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_WINDOW (hearth_window_get_type ())
G_DECLARE_FINAL_TYPE (HearthWindow, hearth_window, HEARTH, WINDOW, AdwApplicationWindow)

/* A window showing nothing yet (its "empty" page). */
HearthWindow     *hearth_window_new                (HearthApplication   *app);
HearthWindow     *hearth_window_new_for_document   (HearthApplication   *app,
                                                    HearthDocument      *document);

/* Loads @file synchronously (files are bounded at HEARTH_FILE_MAX_SIZE)
 * and shows it in this window, replacing what it showed. On failure the
 * window shows the reason and keeps what it showed: on its error page when
 * it shows nothing yet, in a banner over the assessment otherwise. */
void              hearth_window_open_file          (HearthWindow        *self,
                                                    GFile               *file);
/* Opens @file the way the user expects: presents the window that already
 * shows it; else loads it here if this window is blank (see
 * hearth_window_is_blank()), or in a new window. If it cannot be loaded,
 * this window shows why and keeps what it showed. Adds it to the recently
 * used files. Returns (transfer none) the window that shows @file, or
 * @self when it failed. */
HearthWindow     *hearth_window_present_file       (HearthWindow        *self,
                                                    GFile               *file);
/* Whether the window holds nothing worth keeping: no document, or a new
 * one never edited. */
gboolean          hearth_window_is_blank           (HearthWindow        *self);

/* Shows @document (takes a reference), replacing what was shown. */
void              hearth_window_set_document       (HearthWindow        *self,
                                                    HearthDocument      *document);
HearthDocument   *hearth_window_get_document       (HearthWindow        *self);
/* Shows @assessment, which was not read from a file, as a new document. */
void              hearth_window_set_assessment     (HearthWindow        *self,
                                                    HearthAssessment    *assessment);
HearthAssessment *hearth_window_get_assessment     (HearthWindow        *self);

/* Unsaved changes: the document is modified, or holds restored work not
 * yet saved. */
gboolean          hearth_window_get_modified       (HearthWindow        *self);

/* Shows the work in @entry as unsaved changes to its original file (or a
 * new assessment), carrying on its recovery copy. The copy is left in
 * place if it cannot be loaded. */
gboolean          hearth_window_restore            (HearthWindow        *self,
                                                    HearthRecoveryEntry *entry,
                                                    GError             **error);

/* Saves to @file, or to the document's file when @file is NULL (which
 * must then exist). On failure the error banner shows the reason too. */
gboolean          hearth_window_save               (HearthWindow        *self,
                                                    GFile               *file,
                                                    GError             **error);

/* Shows @message: in the banner over the assessment, or on the error
 * page when there is none. */
void              hearth_window_show_error         (HearthWindow        *self,
                                                    const char          *message);
/* For the canvas's refusals and the like. */
void              hearth_window_add_toast          (HearthWindow        *self,
                                                    AdwToast            *toast);

/* Closes the window, first asking to save unsaved changes (Cancel,
 * Discard, Save). The result says whether it closed. */
void              hearth_window_close_async        (HearthWindow        *self,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean          hearth_window_close_finish       (HearthWindow        *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* For tests. */
GtkWidget        *hearth_window_get_rooms_list     (HearthWindow        *self);
GtkWidget        *hearth_window_get_canvas       (HearthWindow      *self);
GtkWidget        *hearth_window_get_findings_box   (HearthWindow        *self);
/* "empty", "error" or "assessment". */
const char       *hearth_window_get_visible_page   (HearthWindow        *self);
/* The error message last shown (page or banner), or NULL. */
const char       *hearth_window_get_error_message  (HearthWindow        *self);
/* The id of the window's recovery copy (see hearth-recovery.h), or NULL
 * while it shows no document. */
const char       *hearth_window_get_session_id     (HearthWindow        *self);
/* The "Save Changes?" dialog while it is shown, or NULL. */
AdwMessageDialog *hearth_window_get_save_changes_dialog (HearthWindow   *self);

G_END_DECLS
