/* test-recovery.c: copies of unsaved work, and finding them after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs with XDG_DATA_HOME pointing at a fresh temporary folder.
 */

#include "config.h"

#include <errno.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "hearth-file.h"
#include "hearth-recovery.h"

static char *data_home;

/* Helpers */

static GFile *
get_example_file (void)
{
  const char *root = g_getenv ("HEARTH_SOURCE_ROOT");
  g_autofree char *path = NULL;

  if (root != NULL)
    path = g_build_filename (root, "data", "examples", "carter-household.hearth", NULL);
  else
    path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                  "carter-household.hearth", NULL);

  return g_file_new_for_path (path);
}

static HearthAssessment *
load_example (void)
{
  g_autoptr(GFile) file = get_example_file ();
  g_autoptr(GError) error = NULL;
  HearthAssessment *assessment;

  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (assessment);

  return assessment;
}

static char *
get_folder_path (void)
{
  return g_build_filename (data_home, "hearth", "recovery", NULL);
}

static char *
get_copy_path (const char *session_id)
{
  g_autofree char *folder = get_folder_path ();
  g_autofree char *name = g_strconcat (session_id, ".hearth", NULL);

  return g_build_filename (folder, name, NULL);
}

static char *
get_sidecar_path (const char *session_id)
{
  g_autofree char *folder = get_folder_path ();
  g_autofree char *name = g_strconcat (session_id, ".recovery", NULL);

  return g_build_filename (folder, name, NULL);
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, mode);
}

/* A pid that no process has: one of a child that has exited and been
 * reaped. */
static GPid
get_dead_pid (void)
{
  const char *argv[] = { "true", NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int status;

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);

  g_assert_cmpint (kill (pid, 0), ==, -1);
  g_assert_cmpint (errno, ==, ESRCH);

  return pid;
}

/* Rewrites one key of @session_id's key file, as a writer in another
 * situation would have written it. */
static void
set_sidecar_key (const char *session_id,
                 const char *key,
                 const char *value)
{
  g_autofree char *path = get_sidecar_path (session_id);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_file (key_file, path, G_KEY_FILE_KEEP_COMMENTS, &error);
  g_assert_no_error (error);
  g_assert_true (g_key_file_has_key (key_file, "Recovery", "Pid", NULL));
  g_key_file_set_value (key_file, "Recovery", key, value);
  g_key_file_save_to_file (key_file, path, &error);
  g_assert_no_error (error);
}

static void
make_writer_dead (const char *session_id)
{
  g_autofree char *pid = g_strdup_printf ("%d", (int) get_dead_pid ());

  set_sidecar_key (session_id, "Pid", pid);
}

static HearthRecoveryEntry *
find_orphan (GPtrArray  *orphans,
             const char *session_id)
{
  for (guint i = 0; i < orphans->len; i++)
    {
      HearthRecoveryEntry *entry = g_ptr_array_index (orphans, i);

      if (g_str_equal (hearth_recovery_entry_get_session_id (entry), session_id))
        return entry;
    }

  return NULL;
}

static gboolean
is_orphan (const char *session_id)
{
  g_autoptr(GPtrArray) orphans = hearth_recovery_list_orphans ();

  return find_orphan (orphans, session_id) != NULL;
}

static HearthRoom *
find_room (HearthAssessment *assessment,
           const char       *id)
{
  HearthRoom *room = hearth_assessment_find_room (assessment, id, NULL);

  g_assert_nonnull (room);
  return room;
}

/* Tests */

static void
test_recovery_round_trip (void)
{
  g_autoptr(HearthAssessment) assessment = load_example ();
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(HearthPolygon) moved = NULL;
  g_autoptr(GFile) original = get_example_file ();
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = hearth_recovery_new_session_id ();
  g_autofree char *copy_path = get_copy_path (session_id);
  g_autofree char *sidecar_path = get_sidecar_path (session_id);
  g_autofree char *folder = get_folder_path ();
  HearthRecoveryEntry *entry;
  GDateTime *written;
  HearthRoom *room;

  /* Unsaved work: a renamed room, a reshaped room, a new reference. */
  hearth_room_set_name (find_room (assessment, "box"), "Amy’s room");
  moved = hearth_polygon_new_rectangle (3600, 0, 3000, 2800);
  hearth_room_set_polygon (find_room (assessment, "bed2"), hearth_polygon_copy (moved));
  hearth_assessment_set_reference (assessment, "CIN-2026-0418");

  hearth_recovery_write (assessment, original, session_id, &error);
  g_assert_no_error (error);

  /* Private: only the user can list or read the folder and the files. */
  assert_mode (folder, 0700);
  assert_mode (copy_path, 0600);
  assert_mode (sidecar_path, 0600);

  /* Written again: replaced, still private. */
  hearth_recovery_write (assessment, original, session_id, &error);
  g_assert_no_error (error);
  assert_mode (copy_path, 0600);
  assert_mode (sidecar_path, 0600);

  /* This process is alive and may still save or remove it. */
  g_assert_false (is_orphan (session_id));

  /* Its writer is gone. */
  make_writer_dead (session_id);
  orphans = hearth_recovery_list_orphans ();
  entry = find_orphan (orphans, session_id);
  g_assert_nonnull (entry);

  g_assert_nonnull (hearth_recovery_entry_get_original (entry));
  g_assert_true (g_file_equal (hearth_recovery_entry_get_original (entry), original));
  copy = g_file_new_for_path (copy_path);
  g_assert_true (g_file_equal (hearth_recovery_entry_get_file (entry), copy));

  /* The time it was written, to the second. */
  after = g_date_time_new_now_local ();
  written = hearth_recovery_entry_get_written (entry);
  g_assert_nonnull (written);
  g_assert_cmpint (g_date_time_to_unix (written), >=, g_date_time_to_unix (before));
  g_assert_cmpint (g_date_time_to_unix (written), <=, g_date_time_to_unix (after));

  /* What was written, not what is in the original file. */
  loaded = hearth_recovery_load (entry, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpstr (hearth_assessment_get_reference (loaded), ==, "CIN-2026-0418");
  g_assert_cmpstr (hearth_assessment_get_address (loaded), ==,
                   hearth_assessment_get_address (assessment));
  g_assert_cmpint (g_date_compare (hearth_assessment_get_visit_date (loaded),
                                   hearth_assessment_get_visit_date (assessment)), ==, 0);
  g_assert_cmpuint (hearth_assessment_get_n_rooms (loaded), ==,
                    hearth_assessment_get_n_rooms (assessment));
  g_assert_cmpuint (hearth_assessment_get_persons (loaded)->len, ==,
                    hearth_assessment_get_persons (assessment)->len);
  g_assert_cmpstr (hearth_room_get_name (find_room (loaded, "box")), ==, "Amy’s room");
  room = find_room (loaded, "bed2");
  g_assert_true (hearth_polygon_equal (hearth_room_get_polygon (room), moved));

  /* Nothing is deleted until asked… */
  g_assert_true (g_file_test (copy_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (sidecar_path, G_FILE_TEST_EXISTS));

  /* …then both files go. */
  hearth_recovery_discard (entry);
  g_assert_false (g_file_test (copy_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (sidecar_path, G_FILE_TEST_EXISTS));
  g_assert_false (is_orphan (session_id));
}

static void
test_recovery_new_assessment (void)
{
  g_autoptr(HearthAssessment) assessment = load_example ();
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = hearth_recovery_new_session_id ();
  HearthRecoveryEntry *entry;

  /* Never saved: no original file. */
  hearth_recovery_write (assessment, NULL, session_id, &error);
  g_assert_no_error (error);
  make_writer_dead (session_id);

  orphans = hearth_recovery_list_orphans ();
  entry = find_orphan (orphans, session_id);
  g_assert_nonnull (entry);
  g_assert_null (hearth_recovery_entry_get_original (entry));

  hearth_recovery_discard (entry);
}

static void
test_recovery_remove (void)
{
  g_autoptr(HearthAssessment) assessment = load_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = hearth_recovery_new_session_id ();
  g_autofree char *copy_path = get_copy_path (session_id);
  g_autofree char *sidecar_path = get_sidecar_path (session_id);

  hearth_recovery_write (assessment, NULL, session_id, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (copy_path, G_FILE_TEST_EXISTS));

  /* Saved or discarded: the copy goes. */
  hearth_recovery_remove (session_id);
  g_assert_false (g_file_test (copy_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (sidecar_path, G_FILE_TEST_EXISTS));

  /* Removing again, or something never written, is harmless. */
  hearth_recovery_remove (session_id);
}

/* A restart ends every process: a copy from before it is an orphan even
 * if its pid is in use again. */
static void
test_recovery_other_boot (void)
{
  g_autoptr(HearthAssessment) assessment = load_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = hearth_recovery_new_session_id ();

  if (!g_file_test ("/proc/sys/kernel/random/boot_id", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no boot id on this system");
      return;
    }

  hearth_recovery_write (assessment, NULL, session_id, &error);
  g_assert_no_error (error);
  g_assert_false (is_orphan (session_id));

  set_sidecar_key (session_id, "BootId", "00000000-0000-4000-8000-000000000000");
  g_assert_true (is_orphan (session_id));

  hearth_recovery_remove (session_id);
}

/* A pid reused by a later process does not keep a copy from being found. */
static void
test_recovery_reused_pid (void)
{
  g_autoptr(HearthAssessment) assessment = load_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = hearth_recovery_new_session_id ();

  if (!g_file_test ("/proc/self/stat", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /proc on this system");
      return;
    }

  hearth_recovery_write (assessment, NULL, session_id, &error);
  g_assert_no_error (error);
  g_assert_false (is_orphan (session_id));

  /* Our pid, but a process that started at another time. */
  set_sidecar_key (session_id, "ProcessStart", "1");
  g_assert_true (is_orphan (session_id));

  hearth_recovery_remove (session_id);
}

static void
test_recovery_claim (void)
{
  g_autoptr(HearthAssessment) assessment = load_example ();
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = hearth_recovery_new_session_id ();
  HearthRecoveryEntry *entry;

  hearth_recovery_write (assessment, NULL, session_id, &error);
  g_assert_no_error (error);
  make_writer_dead (session_id);

  orphans = hearth_recovery_list_orphans ();
  entry = find_orphan (orphans, session_id);
  g_assert_nonnull (entry);

  /* Restored into a window of this process: no longer an orphan. */
  hearth_recovery_claim (entry, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_recovery_entry_get_pid (entry), ==, getpid ());
  g_assert_false (is_orphan (session_id));

  hearth_recovery_remove (session_id);
}

/* A copy that could not be opened again is refused; the copy written
 * before is kept. */
static void
test_recovery_refuses_unloadable (void)
{
  g_autoptr(HearthAssessment) assessment = load_example ();
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = hearth_recovery_new_session_id ();
  GDate no_date;

  hearth_recovery_write (assessment, NULL, session_id, &error);
  g_assert_no_error (error);

  g_date_clear (&no_date, 1);
  hearth_assessment_set_visit_date (assessment, &no_date);
  g_assert_false (hearth_recovery_write (assessment, NULL, session_id, &error));
  g_assert_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_INVALID);

  make_writer_dead (session_id);
  orphans = hearth_recovery_list_orphans ();
  g_assert_nonnull (find_orphan (orphans, session_id));
  g_clear_error (&error);
  loaded = hearth_recovery_load (find_orphan (orphans, session_id), &error);
  g_assert_no_error (error);
  g_assert_true (g_date_valid (hearth_assessment_get_visit_date (loaded)));

  hearth_recovery_discard (find_orphan (orphans, session_id));
}

/* Session ids become file names: nothing else is accepted. */
static void
test_recovery_bad_session_id (void)
{
  g_autoptr(HearthAssessment) assessment = load_example ();
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_recovery_write (assessment, NULL, "../../escape", &error));
  g_assert_error (error, HEARTH_RECOVERY_ERROR, HEARTH_RECOVERY_ERROR_BAD_SESSION);

  /* Harmless. */
  hearth_recovery_remove ("../../escape");
}

static void
test_recovery_empty_folder (void)
{
  g_autoptr(GPtrArray) orphans = hearth_recovery_list_orphans ();

  g_assert_nonnull (orphans);
  g_assert_cmpuint (orphans->len, ==, 0);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        remove_tree (child);
      }

  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  data_home = g_dir_make_tmp ("test-recovery-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recovery/empty-folder", test_recovery_empty_folder);
  g_test_add_func ("/recovery/round-trip", test_recovery_round_trip);
  g_test_add_func ("/recovery/new-assessment", test_recovery_new_assessment);
  g_test_add_func ("/recovery/remove", test_recovery_remove);
  g_test_add_func ("/recovery/other-boot", test_recovery_other_boot);
  g_test_add_func ("/recovery/reused-pid", test_recovery_reused_pid);
  g_test_add_func ("/recovery/claim", test_recovery_claim);
  g_test_add_func ("/recovery/refuses-unloadable", test_recovery_refuses_unloadable);
  g_test_add_func ("/recovery/bad-session-id", test_recovery_bad_session_id);

  ret = g_test_run ();

  remove_tree (data_home);
  g_free (data_home);

  return ret;
}
