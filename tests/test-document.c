/* test-document.c: the document keeps the view on things that exist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hearth-document.h"
#include "hearth-edit.h"
#include "hearth-file.h"

#include <glib/gstdio.h>

static HearthDocument *
load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("HEARTH_SOURCE_ROOT"), "data", "examples",
                                            "carter-household.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAssessment) a = hearth_assessment_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return hearth_document_new_for_assessment (a, file);
}

static void
test_new_document (void)
{
  g_autoptr(HearthDocument) doc = hearth_document_new ();
  HearthAssessment *a = hearth_document_get_assessment (doc);

  g_assert_cmpstr (hearth_document_get_title (doc), ==, "New Assessment");
  g_assert_false (hearth_document_get_modified (doc));
  g_assert_null (hearth_document_get_file (doc));
  /* one floor, shown; a visit date, so ages can be worked out */
  g_assert_cmpuint (hearth_assessment_get_floors (a)->len, ==, 1);
  g_assert_true (hearth_document_get_floor (doc) == g_ptr_array_index (hearth_assessment_get_floors (a), 0));
  g_assert_true (g_date_valid (hearth_assessment_get_visit_date (a)));
}

static void
test_selection_follows_floor (void)
{
  g_autoptr(HearthDocument) doc = load_example ();
  HearthAssessment *a = hearth_document_get_assessment (doc);
  HearthFloor *first_floor = NULL;
  HearthRoom *box = hearth_assessment_find_room (a, "box", &first_floor);
  HearthRoom *kitchen = hearth_assessment_find_room (a, "kitchen", NULL);

  g_assert_cmpstr (hearth_document_get_title (doc), ==, "carter-household.hearth");
  g_assert_cmpstr (hearth_floor_get_id (hearth_document_get_floor (doc)), ==, "ground");

  /* selecting a room upstairs shows its floor */
  hearth_document_set_selected_room (doc, box);
  g_assert_true (hearth_document_get_floor (doc) == first_floor);
  g_assert_true (hearth_document_get_selected_room (doc) == box);

  /* showing another floor drops a selection that is not on it */
  hearth_document_set_floor (doc, g_ptr_array_index (hearth_assessment_get_floors (a), 0));
  g_assert_null (hearth_document_get_selected_room (doc));

  hearth_document_set_selected_room (doc, kitchen);
  g_assert_cmpstr (hearth_floor_get_id (hearth_document_get_floor (doc)), ==, "ground");
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
test_removed_room_is_deselected (void)
{
  g_autoptr(HearthDocument) doc = load_example ();
  HearthAssessment *a = hearth_document_get_assessment (doc);
  HearthRoom *box = hearth_assessment_find_room (a, "box", NULL);
  HearthUndoStack *stack = hearth_document_get_undo_stack (doc);
  guint changed = 0;

  g_signal_connect (doc, "changed", G_CALLBACK (count_cb), &changed);

  hearth_document_set_selected_room (doc, box);
  hearth_document_push (doc, hearth_edit_remove_room (a, box));
  g_assert_null (hearth_assessment_find_room (a, "box", NULL));
  g_assert_null (hearth_document_get_selected_room (doc));
  g_assert_true (hearth_document_get_modified (doc));
  g_assert_cmpstr (hearth_document_get_title (doc), ==, "carter-household.hearth");
  g_assert_cmpuint (changed, ==, 1);

  /* undo brings the room back, and the document is as saved again */
  g_assert_true (hearth_undo_stack_undo (stack));
  g_assert_nonnull (hearth_assessment_find_room (a, "box", NULL));
  g_assert_false (hearth_document_get_modified (doc));
  g_assert_cmpuint (changed, ==, 2);
}

static void
test_save_marks_saved (void)
{
  g_autoptr(HearthDocument) doc = load_example ();
  HearthAssessment *a = hearth_document_get_assessment (doc);
  HearthRoom *box = hearth_assessment_find_room (a, "box", NULL);
  g_autofree char *dir = g_dir_make_tmp ("hearth-doc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAssessment) reloaded = NULL;

  hearth_document_push (doc, hearth_edit_set_room_name (a, box, "Amy's room"));
  g_assert_true (hearth_document_get_modified (doc));

  g_assert_true (hearth_document_save (doc, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (hearth_document_get_modified (doc));
  g_assert_cmpstr (hearth_document_get_title (doc), ==, "saved.hearth");

  reloaded = hearth_assessment_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_room_get_name (hearth_assessment_find_room (reloaded, "box", NULL)), ==, "Amy's room");

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/new", test_new_document);
  g_test_add_func ("/document/selection-follows-floor", test_selection_follows_floor);
  g_test_add_func ("/document/removed-room-deselected", test_removed_room_is_deselected);
  g_test_add_func ("/document/save", test_save_marks_saved);

  return g_test_run ();
}
