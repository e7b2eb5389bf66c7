/* test-hostile.c: damaged, malicious and foreign files are refused, each
 * with the right error and a message that says what is wrong and where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/hostile/EXPECTED has one line per file:
 *   FILENAME <TAB> ERROR_CODE_NAME <TAB> text the message must contain
 * (case-insensitive). Every .hearth file in that folder must have a line.
 */

#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "hearth-file.h"

static const struct {
  const char      *name;
  HearthFileError  code;
} error_codes[] = {
  { "TOO_LARGE", HEARTH_FILE_ERROR_TOO_LARGE },
  { "NOT_UTF8", HEARTH_FILE_ERROR_NOT_UTF8 },
  { "MALFORMED", HEARTH_FILE_ERROR_MALFORMED },
  { "FORBIDDEN", HEARTH_FILE_ERROR_FORBIDDEN },
  { "NOT_ASSESSMENT", HEARTH_FILE_ERROR_NOT_ASSESSMENT },
  { "FUTURE_VERSION", HEARTH_FILE_ERROR_FUTURE_VERSION },
  { "INVALID", HEARTH_FILE_ERROR_INVALID },
  { "DUPLICATE_ID", HEARTH_FILE_ERROR_DUPLICATE_ID },
  { "DANGLING_REFERENCE", HEARTH_FILE_ERROR_DANGLING_REFERENCE },
  { "BAD_GEOMETRY", HEARTH_FILE_ERROR_BAD_GEOMETRY },
  { "BAD_VALUE", HEARTH_FILE_ERROR_BAD_VALUE },
};

typedef struct
{
  char            *file_name;
  HearthFileError  code;
  char            *code_name;
  char            *needle;
} Expectation;

static void
expectation_free (gpointer data)
{
  Expectation *e = data;

  g_free (e->file_name);
  g_free (e->code_name);
  g_free (e->needle);
  g_free (e);
}

static char *
hostile_path (const char *file_name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "hostile", file_name, NULL);
}

static void
assert_message_contains (const GError *error,
                         const char   *needle)
{
  g_autofree char *message = g_utf8_casefold (error->message, -1);
  g_autofree char *wanted = g_utf8_casefold (needle, -1);

  if (strstr (message, wanted) == NULL)
    g_error ("“%s” is not in the message “%s”", needle, error->message);
}

/* The loader's error must be exactly @code, and its message must contain
 * @needle, ignoring case. */
static void
assert_refused (HearthAssessment *assessment,
                const GError     *error,
                HearthFileError   code,
                const char       *needle)
{
  g_assert_null (assessment);
  g_assert_nonnull (error);
  g_test_message ("message: %s", error->message);
  g_assert_error (error, HEARTH_FILE_ERROR, (int) code);
  assert_message_contains (error, needle);
}

static void
test_hostile_file (gconstpointer data)
{
  const Expectation *e = data;
  g_autofree char *path = hostile_path (e->file_name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) data_error = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(HearthAssessment) from_data = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  assert_refused (assessment, error, e->code, e->needle);

  /* Bytes from memory (a document opened some other way) get the same
   * answer, word for word. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  from_data = hearth_assessment_load_from_data (contents, length, &data_error);
  assert_refused (from_data, data_error, e->code, e->needle);
  g_assert_cmpstr (data_error->message, ==, error->message);
}

/* Reads EXPECTED; aborts on a line that is not three fields or names an
 * unknown error, so that a typo cannot silently drop a case. */
static GPtrArray *
read_expectations (void)
{
  g_autofree char *path = hostile_path ("EXPECTED");
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *expectations = g_ptr_array_new_with_free_func (expectation_free);

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("Cannot read %s: %s", path, error->message);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      Expectation *e;
      gboolean known = FALSE;

      if (*lines[i] == '\0' || *lines[i] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 3 || *fields[0] == '\0' || *fields[2] == '\0')
        g_error ("EXPECTED line %u is not FILE<TAB>CODE<TAB>TEXT: “%s”", i + 1, lines[i]);

      e = g_new0 (Expectation, 1);
      e->file_name = g_strdup (fields[0]);
      e->code_name = g_strdup (fields[1]);
      e->needle = g_strdup (fields[2]);
      for (guint c = 0; c < G_N_ELEMENTS (error_codes); c++)
        if (g_str_equal (error_codes[c].name, fields[1]))
          {
            e->code = error_codes[c].code;
            known = TRUE;
          }
      if (!known)
        g_error ("EXPECTED line %u: unknown error code “%s”", i + 1, fields[1]);

      g_ptr_array_add (expectations, e);
    }

  return expectations;
}

static GPtrArray *expectations;

/* A fixture without an expectation would never be tested; an expectation
 * without a fixture is a typo. */
static void
test_every_file_listed (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);

  for (guint i = 0; i < expectations->len; i++)
    {
      const Expectation *e = g_ptr_array_index (expectations, i);
      g_autofree char *path = hostile_path (e->file_name);

      if (!g_hash_table_add (listed, e->file_name))
        g_error ("EXPECTED lists %s twice", e->file_name);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("EXPECTED lists %s, which is not in the folder", e->file_name);
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_suffix (name, ".hearth"))
        continue;
      n_files++;
      if (!g_hash_table_contains (listed, name))
        g_error ("%s has no line in EXPECTED", name);
    }

  g_assert_cmpuint (n_files, ==, expectations->len);
}

/* libxml2 writes to stderr by default; a GUI would leak that into the
 * journal and the CLI onto the terminal. Load every file in a child process
 * and check it printed nothing. */
static void
test_quiet (void)
{
  if (g_test_subprocess ())
    {
      for (guint i = 0; i < expectations->len; i++)
        {
          const Expectation *e = g_ptr_array_index (expectations, i);
          g_autofree char *path = hostile_path (e->file_name);
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(GError) error = NULL;
          g_autoptr(HearthAssessment) assessment = NULL;

          assessment = hearth_assessment_load_from_file (file, NULL, &error);
          g_assert_null (assessment);
        }
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("");
  g_test_trap_assert_stderr ("");
}

/* Size: generated at run time, not kept in the repository. */

/* A well-formed minimal assessment padded with a comment to exactly @size
 * bytes: the size is the only thing wrong with it. */
static char *
padded_assessment (gsize size)
{
  static const char head[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<hearth-assessment xmlns=\"urn:hearth:assessment:1\" version=\"1\">\n"
    "  <case visit-date=\"2026-11-16\"/>\n"
    "<!--";
  static const char tail[] = "-->\n</hearth-assessment>\n";
  char *data = g_malloc (size + 1);
  gsize head_len = strlen (head);
  gsize tail_len = strlen (tail);

  g_assert_cmpuint (size, >, head_len + tail_len);
  memcpy (data, head, head_len);
  memset (data + head_len, 'x', size - head_len - tail_len);
  memcpy (data + size - tail_len, tail, tail_len);
  data[size] = '\0';
  return data;
}

static void
test_too_large_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hearth-hostile-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "huge.hearth", NULL);
  data = padded_assessment (HEARTH_FILE_MAX_SIZE + 1);
  g_assert_true (g_file_set_contents (path, data, HEARTH_FILE_MAX_SIZE + 1, &error));
  g_assert_no_error (error);

  file = g_file_new_for_path (path);
  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  g_assert_null (assessment);
  g_assert_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_TOO_LARGE);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_too_large_data (void)
{
  g_autofree char *data = padded_assessment (HEARTH_FILE_MAX_SIZE + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;

  assessment = hearth_assessment_load_from_data (data, HEARTH_FILE_MAX_SIZE + 1, &error);
  g_assert_null (assessment);
  g_assert_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_TOO_LARGE);
}

/* The limit itself is allowed: exactly HEARTH_FILE_MAX_SIZE bytes is not
 * refused for its size (this one fails later, on its 32 MB comment). */
static void
test_limit_is_inclusive (void)
{
  g_autofree char *data = padded_assessment (HEARTH_FILE_MAX_SIZE);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;

  assessment = hearth_assessment_load_from_data (data, HEARTH_FILE_MAX_SIZE, &error);
  if (assessment == NULL)
    {
      g_assert_true (error->domain == HEARTH_FILE_ERROR);
      g_assert_cmpint (error->code, !=, HEARTH_FILE_ERROR_TOO_LARGE);
    }
}

/* Places: line numbers past 65,535, which libxml2 keeps in 16 bits. */

typedef struct
{
  const char      *name;
  const char      *household;  /* lines 70004 onwards */
  HearthFileError  code;
  const char      *needles[3];
} LongFileCase;

#define PERSON(id, extra) \
  "    <person id=\"" id "\" name=\"Someone\"" extra "/>\n"

static const LongFileCase long_file_cases[] = {
  { "duplicate-id",
    "  <household>\n"                  /* 70004 */
    PERSON ("ann01", "")               /* 70005 */
    PERSON ("ann01", "")               /* 70006 */
    "  </household>\n",
    HEARTH_FILE_ERROR_DUPLICATE_ID, { "line 70006:", "first on line 70005", "ann01" } },
  { "schema",
    "  <household>\n"                  /* 70004 */
    PERSON ("ann01", "")               /* 70005 */
    PERSON ("ben01", " sex=\"other\"") /* 70006 */
    "  </household>\n",
    HEARTH_FILE_ERROR_INVALID, { "line 70006:", "ben01", NULL } },
  { "missing-attribute",
    "  <household>\n"                  /* 70004 */
    PERSON ("ann01", "")               /* 70005 */
    "    <person id=\"ben01\"/>\n"     /* 70006 */
    "  </household>\n",
    HEARTH_FILE_ERROR_INVALID, { "line 70006:", "name", NULL } },
  { "dangling",
    "  <household>\n"                  /* 70004 */
    PERSON ("ann01", "")               /* 70005 */
    PERSON ("ben01", " sleeps-in=\"attic\"") /* 70006 */
    "  </household>\n",
    HEARTH_FILE_ERROR_DANGLING_REFERENCE, { "line 70006:", "ben01", "attic" } },
  { "malformed",
    "  <household>\n"                  /* 70004 */
    "    <person id=\"ann01\" name=\"Someone\">\n" /* 70005: never closed */
    "  </household>\n",                /* 70006: the mismatch */
    HEARTH_FILE_ERROR_MALFORMED, { "line 70006:", NULL, NULL } },
};

static void
test_long_file (gconstpointer data)
{
  const LongFileCase *c = data;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;

  g_string_append (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"         /* 1 */
                         "<hearth-assessment xmlns=\"urn:hearth:assessment:1\" version=\"1\">\n" /* 2 */
                         "  <case visit-date=\"2026-11-16\"/>\n");              /* 3 */
  /* 70,000 empty lines: 4 to 70003. */
  for (guint i = 0; i < 70000; i++)
    g_string_append_c (text, '\n');
  g_string_append (text, c->household);
  g_string_append (text, "</hearth-assessment>\n");

  assessment = hearth_assessment_load_from_data (text->str, text->len, &error);
  assert_refused (assessment, error, c->code, c->needles[0]);
  for (guint i = 1; i < G_N_ELEMENTS (c->needles) && c->needles[i] != NULL; i++)
    assert_message_contains (error, c->needles[i]);
}

/* Paths that are not assessment files at all. */

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hearth-hostile-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "no-such.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthAssessment) assessment = NULL;

  g_assert_no_error (error);
  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  g_assert_null (assessment);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hearth-hostile-XXXXXX.hearth", &error);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(HearthAssessment) assessment = NULL;

  g_assert_no_error (error);
  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  g_assert_null (assessment);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* /dev/zero never ends and has no size: read naively, it would fill memory. */
static void
test_device (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero here");
      return;
    }

  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  g_assert_null (assessment);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  expectations = read_expectations ();
  for (guint i = 0; i < expectations->len; i++)
    {
      const Expectation *e = g_ptr_array_index (expectations, i);
      g_autofree char *test_path = g_strdup_printf ("/hostile/file/%s", e->file_name);

      g_test_add_data_func (test_path, e, test_hostile_file);
    }
  g_test_add_func ("/hostile/every-file-listed", test_every_file_listed);
  g_test_add_func ("/hostile/quiet", test_quiet);

  g_test_add_func ("/hostile/size/file", test_too_large_file);
  g_test_add_func ("/hostile/size/data", test_too_large_data);
  g_test_add_func ("/hostile/size/limit-inclusive", test_limit_is_inclusive);

  for (guint i = 0; i < G_N_ELEMENTS (long_file_cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/hostile/long-file/%s", long_file_cases[i].name);

      g_test_add_data_func (test_path, &long_file_cases[i], test_long_file);
    }

  g_test_add_func ("/hostile/path/missing", test_missing_file);
  g_test_add_func ("/hostile/path/directory", test_directory);
  g_test_add_func ("/hostile/path/device", test_device);

  status = g_test_run ();
  g_ptr_array_unref (expectations);
  return status;
}
