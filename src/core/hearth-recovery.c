/* hearth-recovery.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "hearth-file.h"
#include "hearth-recovery.h"

#define RECOVERY_GROUP      "Recovery"
#define KEY_VERSION         "Version"
#define KEY_SESSION         "Session"
#define KEY_ORIGINAL        "Original"
#define KEY_WRITTEN         "Written"
#define KEY_PID             "Pid"
#define KEY_PROCESS_START   "ProcessStart"
#define KEY_BOOT_ID         "BootId"
#define SIDECAR_VERSION     1

#define COPY_SUFFIX         ".hearth"
#define SIDECAR_SUFFIX      ".recovery"

struct _HearthRecoveryEntry
{
  gatomicrefcount  ref_count;

  char            *session_id;
  GFile           *original;   /* or NULL */
  GDateTime       *written;
  GFile           *file;
  GFile           *sidecar;
  GPid             pid;
};

G_DEFINE_BOXED_TYPE (HearthRecoveryEntry, hearth_recovery_entry,
                     hearth_recovery_entry_ref, hearth_recovery_entry_unref)

G_DEFINE_QUARK (hearth-recovery-error-quark, hearth_recovery_error)

/* Helpers */

static char *
get_folder_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "hearth", "recovery", NULL);
}

static gboolean
check_session_id (const char  *session_id,
                  GError     **error)
{
  /* Only ids Hearth made: a session id becomes a file name. */
  if (session_id == NULL || !g_uuid_string_is_valid (session_id))
    {
      g_set_error (error, HEARTH_RECOVERY_ERROR, HEARTH_RECOVERY_ERROR_BAD_SESSION,
                   "Not a recovery session id: %s", session_id ? session_id : "(null)");
      return FALSE;
    }

  return TRUE;
}

static char *
build_path (const char *folder,
            const char *session_id,
            const char *suffix)
{
  g_autofree char *name = g_strconcat (session_id, suffix, NULL);

  return g_build_filename (folder, name, NULL);
}

/* The boot id changes at every start of the machine: a copy written
 * before a restart is an orphan whatever its pid. NULL where unknown. */
static char *
dup_boot_id (void)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &contents, NULL, NULL))
    return NULL;

  return g_strstrip (g_steal_pointer (&contents));
}

/* When @pid started, in clock ticks since boot (field 22 of
 * /proc/PID/stat), or 0 where unknown. With the pid it names a process
 * uniquely, so a pid reused by a later process is not taken for the
 * writer. */
static guint64
get_process_start (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *contents = NULL;
  g_auto(GStrv) fields = NULL;
  const char *end_of_name;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return 0;

  /* The name, in parentheses, may hold spaces and parentheses itself. */
  end_of_name = strrchr (contents, ')');
  if (end_of_name == NULL || end_of_name[1] != ' ')
    return 0;

  /* Fields from 3 (state) on: starttime, field 22, is the 20th. */
  fields = g_strsplit (end_of_name + 2, " ", 21);
  if (g_strv_length (fields) < 20)
    return 0;

  return g_ascii_strtoull (fields[19], NULL, 10);
}

/* Whether the process that wrote @key_file is still running: it may be
 * about to write or remove its copy, which then is not an orphan. */
static gboolean
writer_is_running (GKeyFile *key_file)
{
  g_autofree char *boot_id = dup_boot_id ();
  g_autofree char *writer_boot_id = NULL;
  g_autoptr(GError) error = NULL;
  guint64 writer_start;
  guint64 start;
  gint64 pid;

  writer_boot_id = g_key_file_get_string (key_file, RECOVERY_GROUP, KEY_BOOT_ID, NULL);
  if (boot_id != NULL && writer_boot_id != NULL && !g_str_equal (boot_id, writer_boot_id))
    return FALSE;

  pid = g_key_file_get_int64 (key_file, RECOVERY_GROUP, KEY_PID, &error);
  if (error != NULL || pid <= 0 || pid > G_MAXINT)
    return FALSE;

  if ((pid_t) pid != getpid ())
    {
      /* ESRCH: no such process. EPERM: a process of another user, so
       * not the Hearth that wrote into this user's folder. */
      if (kill ((pid_t) pid, 0) == -1 && (errno == ESRCH || errno == EPERM))
        return FALSE;
    }

  writer_start = g_key_file_get_uint64 (key_file, RECOVERY_GROUP, KEY_PROCESS_START, NULL);
  start = get_process_start ((GPid) pid);
  if (writer_start != 0 && start != 0 && writer_start != start)
    return FALSE;

  return TRUE;
}

static gboolean
write_sidecar (const char  *path,
               const char  *session_id,
               GFile       *original,
               GDateTime   *written,
               GError     **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *boot_id = dup_boot_id ();
  g_autofree char *written_text = NULL;
  g_autofree char *data = NULL;
  guint64 start;
  gsize length;

  g_key_file_set_integer (key_file, RECOVERY_GROUP, KEY_VERSION, SIDECAR_VERSION);
  g_key_file_set_string (key_file, RECOVERY_GROUP, KEY_SESSION, session_id);
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);

      g_key_file_set_string (key_file, RECOVERY_GROUP, KEY_ORIGINAL, uri);
    }

  written_text = g_date_time_format_iso8601 (written);
  g_key_file_set_string (key_file, RECOVERY_GROUP, KEY_WRITTEN, written_text);
  g_key_file_set_int64 (key_file, RECOVERY_GROUP, KEY_PID, getpid ());

  start = get_process_start (getpid ());
  if (start != 0)
    g_key_file_set_uint64 (key_file, RECOVERY_GROUP, KEY_PROCESS_START, start);
  if (boot_id != NULL)
    g_key_file_set_string (key_file, RECOVERY_GROUP, KEY_BOOT_ID, boot_id);

  data = g_key_file_to_data (key_file, &length, NULL);

  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT,
                                   0600, error);
}

static HearthRecoveryEntry *
entry_new_from_key_file (const char *folder,
                         const char *session_id,
                         GKeyFile   *key_file)
{
  HearthRecoveryEntry *entry;
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;
  g_autofree char *copy_path = build_path (folder, session_id, COPY_SUFFIX);
  g_autofree char *sidecar_path = build_path (folder, session_id, SIDECAR_SUFFIX);
  g_autoptr(GDateTime) written_utc = NULL;

  entry = g_new0 (HearthRecoveryEntry, 1);
  g_atomic_ref_count_init (&entry->ref_count);
  entry->session_id = g_strdup (session_id);
  entry->file = g_file_new_for_path (copy_path);
  entry->sidecar = g_file_new_for_path (sidecar_path);
  entry->pid = (GPid) g_key_file_get_int64 (key_file, RECOVERY_GROUP, KEY_PID, NULL);

  original = g_key_file_get_string (key_file, RECOVERY_GROUP, KEY_ORIGINAL, NULL);
  if (original != NULL && *original != '\0')
    entry->original = g_file_new_for_uri (original);

  written = g_key_file_get_string (key_file, RECOVERY_GROUP, KEY_WRITTEN, NULL);
  if (written != NULL)
    written_utc = g_date_time_new_from_iso8601 (written, NULL);

  if (written_utc != NULL)
    entry->written = g_date_time_to_local (written_utc);
  else
    {
      /* An unreadable time: the copy's own modification time. */
      g_autoptr(GFileInfo) info = g_file_query_info (entry->file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);

      if (info != NULL)
        {
          g_autoptr(GDateTime) modified = g_file_info_get_modification_date_time (info);

          if (modified != NULL)
            entry->written = g_date_time_to_local (modified);
        }

      if (entry->written == NULL)
        entry->written = g_date_time_new_now_local ();
    }

  return entry;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const HearthRecoveryEntry *entry_a = *(HearthRecoveryEntry **) a;
  const HearthRecoveryEntry *entry_b = *(HearthRecoveryEntry **) b;

  return g_date_time_compare (entry_b->written, entry_a->written);
}

static void
remove_files (const char *copy_path,
              const char *sidecar_path)
{
  /* The copy first: a key file left alone names no work and is skipped. */
  if (g_unlink (copy_path) != 0 && errno != ENOENT)
    g_debug ("Could not remove %s: %s", copy_path, g_strerror (errno));
  if (g_unlink (sidecar_path) != 0 && errno != ENOENT)
    g_debug ("Could not remove %s: %s", sidecar_path, g_strerror (errno));
}

/* Public API: entries */

HearthRecoveryEntry *
hearth_recovery_entry_ref (HearthRecoveryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  g_atomic_ref_count_inc (&entry->ref_count);
  return entry;
}

void
hearth_recovery_entry_unref (HearthRecoveryEntry *entry)
{
  g_return_if_fail (entry != NULL);

  if (!g_atomic_ref_count_dec (&entry->ref_count))
    return;

  g_free (entry->session_id);
  g_clear_object (&entry->original);
  g_clear_pointer (&entry->written, g_date_time_unref);
  g_clear_object (&entry->file);
  g_clear_object (&entry->sidecar);
  g_free (entry);
}

const char *
hearth_recovery_entry_get_session_id (HearthRecoveryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  return entry->session_id;
}

GFile *
hearth_recovery_entry_get_original (HearthRecoveryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  return entry->original;
}

GDateTime *
hearth_recovery_entry_get_written (HearthRecoveryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  return entry->written;
}

GFile *
hearth_recovery_entry_get_file (HearthRecoveryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  return entry->file;
}

GFile *
hearth_recovery_entry_get_sidecar (HearthRecoveryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  return entry->sidecar;
}

GPid
hearth_recovery_entry_get_pid (HearthRecoveryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, 0);
  return entry->pid;
}

/* Public API */

GFile *
hearth_recovery_get_folder (GError **error)
{
  g_autofree char *path = get_folder_path ();

  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Could not create %s: %s", path, g_strerror (saved_errno));
      return NULL;
    }

  /* Unsaved visits are for this user's eyes only, even if the folder was
   * made by someone else first. */
  if (g_chmod (path, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Could not protect %s: %s", path, g_strerror (saved_errno));
      return NULL;
    }

  return g_file_new_for_path (path);
}

char *
hearth_recovery_new_session_id (void)
{
  return g_uuid_string_random ();
}

gboolean
hearth_recovery_write (HearthAssessment  *assessment,
                       GFile             *original,
                       const char        *session_id,
                       GError           **error)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *folder_path = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *sidecar_path = NULL;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (original == NULL || G_IS_FILE (original), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_session_id (session_id, error))
    return FALSE;

  folder = hearth_recovery_get_folder (error);
  if (folder == NULL)
    return FALSE;

  folder_path = g_file_get_path (folder);
  copy_path = build_path (folder_path, session_id, COPY_SUFFIX);
  sidecar_path = build_path (folder_path, session_id, SIDECAR_SUFFIX);
  now = g_date_time_new_now_utc ();

  /* A copy never exists without its key file, which says whose it is:
   * the first time, the key file goes first. */
  if (!g_file_test (sidecar_path, G_FILE_TEST_EXISTS) &&
      !write_sidecar (sidecar_path, session_id, original, now, error))
    return FALSE;

  /* Atomic and 0600, and refused if it would not load again; then the
   * copy written before stays. */
  copy = g_file_new_for_path (copy_path);
  if (!hearth_assessment_save_to_file (assessment, copy, NULL, error))
    return FALSE;

  return write_sidecar (sidecar_path, session_id, original, now, error);
}

void
hearth_recovery_remove (const char *session_id)
{
  g_autofree char *folder = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *sidecar_path = NULL;

  if (!check_session_id (session_id, NULL))
    return;

  folder = get_folder_path ();
  copy_path = build_path (folder, session_id, COPY_SUFFIX);
  sidecar_path = build_path (folder, session_id, SIDECAR_SUFFIX);
  remove_files (copy_path, sidecar_path);
}

GPtrArray *
hearth_recovery_list_orphans (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_recovery_entry_unref);
  g_autofree char *folder = get_folder_path ();
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (folder, 0, NULL);
  if (dir == NULL)
    return g_steal_pointer (&entries);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GKeyFile) key_file = NULL;
      g_autofree char *session_id = NULL;
      g_autofree char *sidecar_path = NULL;
      g_autofree char *copy_path = NULL;

      if (!g_str_has_suffix (name, SIDECAR_SUFFIX))
        continue;

      session_id = g_strndup (name, strlen (name) - strlen (SIDECAR_SUFFIX));
      if (!check_session_id (session_id, NULL))
        continue;

      copy_path = build_path (folder, session_id, COPY_SUFFIX);
      if (!g_file_test (copy_path, G_FILE_TEST_IS_REGULAR))
        continue;

      sidecar_path = g_build_filename (folder, name, NULL);
      key_file = g_key_file_new ();
      if (!g_key_file_load_from_file (key_file, sidecar_path, G_KEY_FILE_NONE, NULL) ||
          !g_key_file_has_group (key_file, RECOVERY_GROUP))
        {
          /* The work is there even if who wrote it is not: offer it. */
          g_clear_pointer (&key_file, g_key_file_unref);
          key_file = g_key_file_new ();
        }
      else if (writer_is_running (key_file))
        continue;

      g_ptr_array_add (entries, entry_new_from_key_file (folder, session_id, key_file));
    }

  g_ptr_array_sort (entries, compare_newest_first);

  return g_steal_pointer (&entries);
}

HearthAssessment *
hearth_recovery_load (HearthRecoveryEntry  *entry,
                      GError              **error)
{
  g_return_val_if_fail (entry != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return hearth_assessment_load_from_file (entry->file, NULL, error);
}

gboolean
hearth_recovery_claim (HearthRecoveryEntry  *entry,
                       GError              **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) written_utc = NULL;

  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (entry->sidecar);
  written_utc = g_date_time_to_utc (entry->written);

  if (!write_sidecar (path, entry->session_id, entry->original, written_utc, error))
    return FALSE;

  entry->pid = getpid ();
  return TRUE;
}

void
hearth_recovery_discard (HearthRecoveryEntry *entry)
{
  g_autofree char *copy_path = NULL;
  g_autofree char *sidecar_path = NULL;

  g_return_if_fail (entry != NULL);

  copy_path = g_file_get_path (entry->file);
  sidecar_path = g_file_get_path (entry->sidecar);
  remove_files (copy_path, sidecar_path);
}
