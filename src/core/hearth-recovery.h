/* hearth-recovery.h: copies of unsaved work, kept so that a crash, a flat
 * battery or a killed session never loses a visit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK-free. While a document has unsaved changes, its window writes a copy
 * into the recovery folder, $XDG_DATA_HOME/hearth/recovery (0700). Each
 * copy is two files named after a session id, both 0600:
 *
 *   <session>.hearth    the assessment, written atomically
 *   <session>.recovery  a key file: the original file (if any), when the
 *                       copy was written, and who wrote it (pid, process
 *                       start time, boot id)
 *
 * A window removes its copy once the work is saved or deliberately thrown
 * away. A copy whose writer is no longer running is an orphan: work that
 * was never saved, offered back at the next start. Nothing is deleted
 * until the user chooses.
 */
#pragma once

#include <gio/gio.h>

#include "hearth-assessment.h"

G_BEGIN_DECLS

#define HEARTH_RECOVERY_ERROR (hearth_recovery_error_quark ())

typedef enum {
  HEARTH_RECOVERY_ERROR_BAD_SESSION,   /* not a session id Hearth made */
  HEARTH_RECOVERY_ERROR_BAD_SIDECAR,   /* the key file is missing or unreadable */
} HearthRecoveryError;

GQuark       hearth_recovery_error_quark (void);

/* An orphaned copy, as found by hearth_recovery_list_orphans(). */
typedef struct _HearthRecoveryEntry HearthRecoveryEntry;

#define HEARTH_TYPE_RECOVERY_ENTRY (hearth_recovery_entry_get_type ())
GType                hearth_recovery_entry_get_type        (void) G_GNUC_CONST;
HearthRecoveryEntry *hearth_recovery_entry_ref             (HearthRecoveryEntry *entry);
void                 hearth_recovery_entry_unref           (HearthRecoveryEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthRecoveryEntry, hearth_recovery_entry_unref)

const char          *hearth_recovery_entry_get_session_id  (HearthRecoveryEntry *entry);
/* The file the work belongs to, or NULL for a new assessment never saved. */
GFile               *hearth_recovery_entry_get_original    (HearthRecoveryEntry *entry);
/* When the copy was written (local time). */
GDateTime           *hearth_recovery_entry_get_written     (HearthRecoveryEntry *entry);
/* The copy itself (<session>.hearth) and its key file. */
GFile               *hearth_recovery_entry_get_file        (HearthRecoveryEntry *entry);
GFile               *hearth_recovery_entry_get_sidecar     (HearthRecoveryEntry *entry);
/* The process that wrote it. */
GPid                 hearth_recovery_entry_get_pid         (HearthRecoveryEntry *entry);

/* $XDG_DATA_HOME/hearth/recovery, created (0700) if missing. */
GFile               *hearth_recovery_get_folder            (GError             **error);
/* A new session id: a random UUID. */
char                *hearth_recovery_new_session_id        (void);

/* Writes (replacing) the copy for @session_id: the assessment atomically,
 * then the key file, both 0600. @original is the file the work belongs
 * to, or NULL. Refuses, keeping the copy written before, to write an
 * assessment that could not be opened again (see
 * hearth_assessment_save_to_file()). */
gboolean             hearth_recovery_write                 (HearthAssessment    *assessment,
                                                            GFile               *original,
                                                            const char          *session_id,
                                                            GError             **error);
/* Removes the copy for @session_id, if there is one: the work was saved
 * or deliberately discarded. */
void                 hearth_recovery_remove                (const char          *session_id);

/* Copies whose writer is no longer running (the pid is gone, belongs to a
 * process started later, or the machine has restarted since), newest
 * first. A copy written by this process, or by another Hearth still
 * running, is never listed. */
GPtrArray           *hearth_recovery_list_orphans          (void); /* HearthRecoveryEntry */

HearthAssessment    *hearth_recovery_load                  (HearthRecoveryEntry *entry,
                                                            GError             **error);
/* Makes @entry's copy this process's own, for a window that carries the
 * restored work on: its key file now names this process, so the copy is
 * no longer an orphan, and hearth_recovery_remove() with its session id
 * removes it. */
gboolean             hearth_recovery_claim                 (HearthRecoveryEntry *entry,
                                                            GError             **error);
/* Deletes both files. */
void                 hearth_recovery_discard               (HearthRecoveryEntry *entry);

G_END_DECLS
