/* test-household.c: the household panel, and dropping a person on the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under a display (xvfb-run -a). Each test loads the example
 * household (data/examples/carter-household.hearth) and drives the panel
 * as a caseworker would, through its entry rows, combo rows, switches and
 * buttons, then checks the document. Expected values are worked out by
 * hand from the example, whose visit was on 16 November 2026:
 *
 *   joanne  Joanne Carter  F  1988-05-21  38  resident, PR   Bedroom 1
 *   mark    Mark Hughes    M  1985-09-02  41  resident       Bedroom 1
 *   daniel  Daniel Carter  M  1984-01-30  42  elsewhere, PR
 *   leo     Leo Carter     M  2013-07-14  13  resident       Bedroom 2
 *   amy     Amy Carter     F  2015-02-08  11  resident       Box room
 *   sam     Sam Hughes     M  2017-03-02   9  resident       Bedroom 2
 *   rosie   Rosie Hughes   F  2022-06-19   4  resident       Bedroom 1
 *   finn    Finn Hughes    M  2026-03-10   0  resident       Bedroom 1
 *   couple: joanne and mark
 *
 * Rooms, in plan order (the Sleeps In combo's positions 1 to 8): Living
 * room, Kitchen, Hall (ground floor); Bedroom 1, Bedroom 2, Box room,
 * Bathroom, Landing (first floor). The box room is x 0–2400, y 3200–5800
 * mm with a strip 400 mm deep under 1.5 m along y = 5800: 2400 × 2200 mm
 * = 5.28 m² = 56.83 sq ft counts, under 70 sq ft.
 */

#include "config.h"

#include <string.h>

#include "hearth-canvas.h"
#include "hearth-document.h"
#include "hearth-edit.h"
#include "hearth-file.h"
#include "hearth-gui-test-utils.h"
#include "hearth-household-panel.h"
#include "hearth-rules.h"

#define BOX_ROOM_POSITION 6

/* Helpers */

static HearthPerson *
find_person (HearthDocument *document,
             const char     *id)
{
  return hearth_assessment_find_person (get_assessment (document), id);
}

static guint
n_persons (HearthDocument *document)
{
  return hearth_assessment_get_persons (get_assessment (document))->len;
}

/* Shows @widget in a window of its own. */
static GtkWindow *
show_in_window (GtkWidget *widget)
{
  return show_in_window_sized (widget, 380, 900);
}

static guint
count_of_type (GtkWidget *root,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_of_type (child, type);

  return n;
}

/* The first widget of @type under @root (itself included) that
 * @predicate accepts, breadth first. */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             gboolean  (*predicate) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  g_autoptr(GQueue) queue = g_queue_new ();

  g_queue_push_tail (queue, root);
  while (!g_queue_is_empty (queue))
    {
      GtkWidget *widget = g_queue_pop_head (queue);

      if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && predicate (widget, data))
        return widget;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_queue_push_tail (queue, child);
    }

  return NULL;
}

static gboolean
group_has_title (GtkWidget     *widget,
                 gconstpointer  title)
{
  return g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

/* The group's own list of rows stays hidden while it has none. */
static gboolean
is_boxed_list (GtkWidget     *widget,
               gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, "boxed-list") && gtk_widget_get_visible (widget);
}

/* The list of people under the group titled @title. */
static GtkWidget *
get_group_list (GtkWidget  *panel,
                const char *title)
{
  GtkWidget *group = find_widget (panel, ADW_TYPE_PREFERENCES_GROUP, group_has_title, title);

  g_assert_nonnull (group);
  return find_widget (group, GTK_TYPE_LIST_BOX, is_boxed_list, NULL);
}

static AdwExpanderRow *
get_person_row (GtkWidget  *panel,
                const char *name)
{
  AdwExpanderRow *row = find_row (panel, ADW_TYPE_EXPANDER_ROW, name);

  g_assert_nonnull (row);
  return row;
}

static gpointer
get_field (AdwExpanderRow *row,
           GType           type,
           const char     *title)
{
  gpointer field = find_row (GTK_WIDGET (row), type, title);

  g_assert_nonnull (field);
  return field;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = find_button (child, label);

      if (button != NULL)
        return button;
    }

  return NULL;
}

static const char *
combo_string (AdwComboRow *row,
              guint        position)
{
  GListModel *model = adw_combo_row_get_model (row);

  return gtk_string_list_get_string (GTK_STRING_LIST (model), position);
}

/* The string a person row's drag source offers for a drag starting at
 * (@x, @y) in the row, or NULL. */
static char *
drag_string (AdwExpanderRow *row,
             double          x,
             double          y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (row));
  g_autoptr(GdkContentProvider) provider = NULL;
  GtkDragSource *source = NULL;
  GValue value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  char *result;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && source == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller))
        source = GTK_DRAG_SOURCE (controller);
    }
  g_assert_nonnull (source);

  g_signal_emit_by_name (source, "prepare", x, y, &provider);
  if (provider == NULL)
    return NULL;

  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (provider, &value, &error));
  g_assert_no_error (error);
  result = g_value_dup_string (&value);
  g_value_unset (&value);

  return result;
}

static gboolean
strv_has (GStrv       strv,
          const char *str)
{
  return strv != NULL && g_strv_contains ((const char * const *) strv, str);
}

/* Tests */

static void
test_lists_people (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_household_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwExpanderRow *amy;
  const char *subtitle;

  /* Eight people: seven who live here, Daniel elsewhere. */
  g_assert_cmpuint (count_of_type (panel, ADW_TYPE_EXPANDER_ROW), ==, 8);
  g_assert_cmpuint (count_rows (get_group_list (panel, "Lives Here")), ==, 7);
  g_assert_cmpuint (count_rows (get_group_list (panel, "Lives Elsewhere")), ==, 1);
  g_assert_nonnull (find_row (get_group_list (panel, "Lives Elsewhere"),
                              ADW_TYPE_EXPANDER_ROW, "Daniel Carter"));

  /* Born 8 February 2015: 11 on 16 November 2026. */
  amy = get_person_row (panel, "Amy Carter");
  subtitle = adw_expander_row_get_subtitle (amy);
  g_assert_nonnull (strstr (subtitle, "11"));
  g_assert_nonnull (strstr (subtitle, "Box room"));
  g_assert_cmpstr (subtitle, ==, "11 · Female · sleeps in Box room");

  /* 21 May 1988: 38. */
  g_assert_cmpstr (adw_expander_row_get_subtitle (get_person_row (panel, "Joanne Carter")), ==,
                   "38 · Female · sleeps in Bedroom 1 · parental responsibility");
  /* 30 January 1984: 42; no room, as he lives elsewhere. */
  g_assert_cmpstr (adw_expander_row_get_subtitle (get_person_row (panel, "Daniel Carter")), ==,
                   "42 · Male · parental responsibility");
  /* 10 March 2026: not a year old. */
  g_assert_cmpstr (adw_expander_row_get_subtitle (get_person_row (panel, "Finn Hughes")), ==,
                   "0 · Male · sleeps in Bedroom 1");

  /* Every room on every floor, named with its floor. */
  {
    AdwComboRow *rooms = get_field (amy, ADW_TYPE_COMBO_ROW, "Sleeps In");

    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (rooms)), ==, 9);
    g_assert_cmpstr (combo_string (rooms, 0), ==, "Not recorded");
    g_assert_cmpstr (combo_string (rooms, 1), ==, "Living room (Ground floor)");
    g_assert_cmpstr (combo_string (rooms, 5), ==, "Bedroom 2 (First floor)");
    g_assert_cmpstr (combo_string (rooms, BOX_ROOM_POSITION), ==, "Box room (First floor)");
    g_assert_cmpuint (adw_combo_row_get_selected (rooms), ==, BOX_ROOM_POSITION);
    g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (rooms)));
  }

  /* Daniel lives elsewhere: no room to choose. */
  g_assert_false (gtk_widget_get_sensitive (get_field (get_person_row (panel, "Daniel Carter"),
                                                       ADW_TYPE_COMBO_ROW, "Sleeps In")));

  /* Joanne's partner is Mark; the list is everyone else, after "None". */
  {
    AdwComboRow *partner = get_field (get_person_row (panel, "Joanne Carter"),
                                      ADW_TYPE_COMBO_ROW, "Partner");
    guint selected = adw_combo_row_get_selected (partner);

    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (partner)), ==, 8);
    g_assert_cmpstr (combo_string (partner, 0), ==, "None");
    g_assert_cmpstr (combo_string (partner, selected), ==, "Mark Hughes");
  }

  g_assert_cmpuint (undo_depth (document), ==, 0);

  /* A room renamed on the plan: the summary and the choices follow, as
   * text, not markup. */
  hearth_document_push (document,
                        hearth_edit_set_room_name (get_assessment (document),
                                                   hearth_assessment_find_room (get_assessment (document),
                                                                                "box", NULL),
                                                   "Box <room> & stairs"));
  run_main_loop_for (20);
  g_assert_cmpstr (adw_expander_row_get_subtitle (amy), ==, "11 · Female · sleeps in Box <room> & stairs");
  g_assert_cmpstr (combo_string (get_field (amy, ADW_TYPE_COMBO_ROW, "Sleeps In"), BOX_ROOM_POSITION), ==,
                   "Box <room> & stairs (First floor)");

  destroy_window_and_document (window, document);
}

static void
test_subtitle_unknowns (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_household_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  HearthPerson *rosie = find_person (document, "rosie");
  g_autoptr(HearthPerson) values = hearth_person_copy (rosie);

  /* Neither date of birth nor age, and no room. */
  hearth_person_set_born (values, NULL);
  hearth_person_set_stated_age (values, HEARTH_AGE_UNKNOWN);
  hearth_person_set_sleeps_in (values, NULL);
  hearth_person_set_sex (values, HEARTH_SEX_NOT_RECORDED);
  hearth_document_push (document, hearth_edit_update_person (get_assessment (document), rosie, values));

  g_assert_cmpstr (adw_expander_row_get_subtitle (get_person_row (panel, "Rosie Hughes")), ==,
                   "age not known · sex not recorded · sleeps in: not recorded");

  /* The age row asks for an age now there is no date of birth. */
  {
    AdwExpanderRow *row = get_person_row (panel, "Rosie Hughes");
    AdwEntryRow *age = get_field (row, ADW_TYPE_ENTRY_ROW, "Age in Years");
    guint depth = undo_depth (document);

    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (age)));

    type_and_enter (age, "131");
    g_assert_cmpuint (undo_depth (document), ==, depth);
    g_assert_cmpint (hearth_person_get_stated_age (rosie), ==, HEARTH_AGE_UNKNOWN);
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (age), "error"));

    type_and_enter (age, "4");
    g_assert_cmpuint (undo_depth (document), ==, depth + 1);
    g_assert_cmpint (hearth_person_get_stated_age (rosie), ==, 4);
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (age), "error"));
    g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==,
                     "4 · sex not recorded · sleeps in: not recorded");
  }

  destroy_window_and_document (window, document);
}

static void
test_rename (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_household_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwExpanderRow *amy = get_person_row (panel, "Amy Carter");
  AdwEntryRow *name = get_field (amy, ADW_TYPE_ENTRY_ROW, "Name");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Amy Carter");

  type_and_enter (name, "Amy Jane Carter");
  g_assert_cmpstr (hearth_person_get_name (find_person (document, "amy")), ==, "Amy Jane Carter");
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (amy)), ==, "Amy Jane Carter");

  /* Enter again with nothing changed: no second step. */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (name)), "activate");
  g_assert_cmpuint (undo_depth (document), ==, 1);

  /* Emptied: the name stays. */
  type_and_enter (name, "  ");
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Amy Jane Carter");

  /* Names are text, not markup. */
  type_and_enter (name, "Amy <b>&amp; Carter");
  g_assert_cmpuint (undo_depth (document), ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (amy)), ==, "Amy <b>&amp; Carter");
  run_main_loop_for (20);
  undo (document);

  undo (document);
  g_assert_cmpstr (hearth_person_get_name (find_person (document, "amy")), ==, "Amy Carter");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Amy Carter");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (amy)), ==, "Amy Carter");

  destroy_window_and_document (window, document);
}

/* Whether any finding of @rule (or an upcoming one for @rule) names @id. */
static HearthFinding *
find_finding (GPtrArray  *findings,
              const char *rule,
              const char *upcoming_rule,
              const char *id)
{
  for (guint i = 0; i < findings->len; i++)
    {
      HearthFinding *f = g_ptr_array_index (findings, i);

      if (g_str_equal (f->rule, rule) &&
          (upcoming_rule == NULL || g_strcmp0 (f->upcoming_rule, upcoming_rule) == 0) &&
          strv_has (f->persons, id))
        return f;
    }

  return NULL;
}

static void
test_sleeps_in (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_household_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  HearthPerson *sam = find_person (document, "sam");
  AdwExpanderRow *row = get_person_row (panel, "Sam Hughes");
  AdwComboRow *rooms = get_field (row, ADW_TYPE_COMBO_ROW, "Sleeps In");
  g_autoptr(GPtrArray) before = hearth_check (get_assessment (document), NULL);
  g_autoptr(GPtrArray) after = NULL;
  HearthFinding *f;
  GDate effective;

  g_assert_cmpstr (hearth_person_get_sleeps_in (sam), ==, "bed2");
  g_assert_cmpuint (adw_combo_row_get_selected (rooms), ==, 5);
  g_assert_null (find_finding (before, "small-bedroom", NULL, "sam"));
  g_assert_null (find_finding (before, "upcoming-change", "small-bedroom", "sam"));

  adw_combo_row_set_selected (rooms, BOX_ROOM_POSITION);
  g_assert_cmpstr (hearth_person_get_sleeps_in (sam), ==, "box");
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "9 · Male · sleeps in Box room");

  /* The box room's 56.83 sq ft is under 70 for someone aged 10 or over.
   * Sam is 9 on the visit date, so today's finding names Amy alone; he
   * turns 10 on 2 March 2027, within the year, and the upcoming change
   * names him (and Amy) with that date. */
  after = hearth_check (get_assessment (document), NULL);
  f = find_finding (after, "small-bedroom", NULL, "amy");
  g_assert_nonnull (f);
  g_assert_false (strv_has (f->persons, "sam"));
  f = find_finding (after, "upcoming-change", "small-bedroom", "sam");
  g_assert_nonnull (f);
  g_assert_true (strv_has (f->persons, "amy"));
  g_assert_true (strv_has (f->rooms, "box"));
  g_date_clear (&effective, 1);
  g_date_set_dmy (&effective, 2, G_DATE_MARCH, 2027);
  g_assert_cmpint (g_date_compare (&f->effective, &effective), ==, 0);

  /* "Not recorded" clears the room. */
  adw_combo_row_set_selected (rooms, 0);
  g_assert_null (hearth_person_get_sleeps_in (sam));
  g_assert_cmpuint (undo_depth (document), ==, 2);
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "9 · Male · sleeps in: not recorded");

  undo (document);
  undo (document);
  g_assert_cmpstr (hearth_person_get_sleeps_in (sam), ==, "bed2");
  g_assert_cmpuint (adw_combo_row_get_selected (rooms), ==, 5);
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "9 · Male · sleeps in Bedroom 2");

  destroy_window_and_document (window, document);
}

static void
test_sex (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_household_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  HearthPerson *leo = find_person (document, "leo");
  AdwExpanderRow *row = get_person_row (panel, "Leo Carter");
  AdwComboRow *sex = get_field (row, ADW_TYPE_COMBO_ROW, "Sex");

  /* Female, Male, Not recorded. */
  g_assert_cmpuint (adw_combo_row_get_selected (sex), ==, 1);
  g_assert_cmpstr (combo_string (sex, 0), ==, "Female");
  g_assert_cmpstr (combo_string (sex, 2), ==, "Not recorded");

  adw_combo_row_set_selected (sex, 2);
  g_assert_cmpint (hearth_person_get_sex (leo), ==, HEARTH_SEX_NOT_RECORDED);
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "13 · sex not recorded · sleeps in Bedroom 2");

  undo (document);
  g_assert_cmpint (hearth_person_get_sex (leo), ==, HEARTH_SEX_MALE);
  g_assert_cmpuint (adw_combo_row_get_selected (sex), ==, 1);

  destroy_window_and_document (window, document);
}

static void
test_bad_date (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_household_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  HearthPerson *amy = find_person (document, "amy");
  AdwExpanderRow *row = get_person_row (panel, "Amy Carter");
  AdwEntryRow *born = get_field (row, ADW_TYPE_ENTRY_ROW, "Date of Birth");
  const char *refused[] = {
    "31/02/2015",  /* no such day */
    "17/11/2026",  /* the day after the visit */
    "2015-2-8",    /* ISO dates have two-digit months and days */
    "8/2/15",      /* the year in full */
    "8.2.2015",
    "2015-02-08x",
  };
  GDate expected;

  adw_expander_row_set_expanded (row, TRUE);
  run_main_loop_for (300);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (born)), ==, "8/2/2015");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (born), "error"));

  type_and_enter (born, "31/02/2015");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (born), "error"));
  g_assert_true (shows_text (GTK_WIDGET (row), "There is no such day as 31/02/2015"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (born)), ==, "31/02/2015");
  g_assert_cmpuint (undo_depth (document), ==, 0);
  g_assert_cmpuint (g_date_get_day (hearth_person_get_born (amy)), ==, 8);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      type_and_enter (born, refused[i]);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (born), "error"));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (born)), ==, refused[i]);
      g_assert_cmpuint (undo_depth (document), ==, 0);
    }

  type_and_enter (born, "17/11/2026");
  g_assert_true (shows_text (GTK_WIDGET (row), "after the visit on 16/11/2026"));
  g_assert_cmpuint (undo_depth (document), ==, 0);

  /* A good date clears the error and is one step. */
  type_and_enter (born, "2015-02-09");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (born), "error"));
  g_assert_false (shows_text (GTK_WIDGET (row), "after the visit"));
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_date_clear (&expected, 1);
  g_date_set_dmy (&expected, 9, G_DATE_FEBRUARY, 2015);
  g_assert_cmpint (g_date_compare (hearth_person_get_born (amy), &expected), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (born)), ==, "9/2/2015");

  /* The visit day itself is allowed: 0 years old. */
  type_and_enter (born, "16/11/2026");
  g_assert_cmpuint (undo_depth (document), ==, 2);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (row), "0 · Female"));

  undo (document);
  undo (document);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (born)), ==, "8/2/2015");

  destroy_window_and_document (window, document);
}

static void
test_add_person (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_household_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  HearthPerson *person;
  AdwExpanderRow *row;
  AdwEntryRow *name;
  GtkWidget *focus;

  g_signal_emit_by_name (find_button (panel, "_Add Person…"), "clicked");

  g_assert_cmpuint (n_persons (document), ==, 9);
  g_assert_cmpuint (undo_depth (document), ==, 1);
  person = g_ptr_array_index (hearth_assessment_get_persons (get_assessment (document)), 8);
  g_assert_cmpstr (hearth_person_get_name (person), ==, "New person");
  g_assert_true (g_str_has_prefix (hearth_person_get_id (person), "person"));
  g_assert_true (hearth_person_get_resident (person));
  g_assert_false (hearth_person_get_parental_responsibility (person));
  g_assert_cmpint (hearth_person_get_sex (person), ==, HEARTH_SEX_NOT_RECORDED);
  g_assert_null (hearth_person_get_born (person));
  g_assert_null (hearth_person_get_sleeps_in (person));

  g_assert_cmpuint (count_rows (get_group_list (panel, "Lives Here")), ==, 8);
  row = get_person_row (panel, "New person");
  g_assert_true (adw_expander_row_get_expanded (row));
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==,
                   "age not known · sex not recorded · sleeps in: not recorded");

  /* The name is ready to be typed over. */
  name = get_field (row, ADW_TYPE_ENTRY_ROW, "Name");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (name) || gtk_widget_is_ancestor (focus, GTK_WIDGET (name)));

  type_and_enter (name, "Grace Hughes");
  g_assert_cmpstr (hearth_person_get_name (person), ==, "Grace Hughes");
  g_assert_cmpuint (undo_depth (document), ==, 2);

  undo (document);
  undo (document);
  g_assert_cmpuint (n_persons (document), ==, 8);
  g_assert_cmpuint (count_of_type (panel, ADW_TYPE_EXPANDER_ROW), ==, 8);

  destroy_window_and_document (window, document);
}

static void
test_add_parent_elsewhere (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_household_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  HearthPerson *person;
  AdwExpanderRow *row;

  g_signal_emit_by_name (find_button (panel, "Add _Parent Living Elsewhere…"), "clicked");

  g_assert_cmpuint (n_persons (document), ==, 9);
  g_assert_cmpuint (undo_depth (document), ==, 1);
  person = g_ptr_array_index (hearth_assessment_get_persons (get_assessment (document)), 8);
  g_assert_cmpstr (hearth_person_get_name (person), ==, "New person");
  g_assert_false (hearth_person_get_resident (person));
  g_assert_true (hearth_person_get_parental_responsibility (person));
  g_assert_cmpint (hearth_person_get_sex (person), ==, HEARTH_SEX_NOT_RECORDED);

  g_assert_cmpuint (count_rows (get_group_list (panel, "Lives Here")), ==, 7);
  g_assert_cmpuint (count_rows (get_group_list (panel, "Lives Elsewhere")), ==, 2);
  row = find_row (get_group_list (panel, "Lives Elsewhere"), ADW_TYPE_EXPANDER_ROW, "New person");
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (row));
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==,
                   "age not known · sex not recorded · parental responsibility");
  g_assert_false (gtk_widget_get_sensitive (get_field (row, ADW_TYPE_COMBO_ROW, "Sleeps In")));

  /* Someone living elsewhere cannot be dragged onto a room. */
  g_assert_null (drag_string (row, 10, 10));

  destroy_window_and_document (window, document);
}

static void
record_name_cb (GtkWidget  *panel,
                const char *name,
                char      **out)
{
  g_free (*out);
  *out = g_strdup (name);
}

static void
test_remove_person (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_household_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  HearthAssessment *assessment = get_assessment (document);
  g_autofree char *removed = NULL;
  HearthCouple *couple;
  AdwComboRow *partner;
  GtkWidget *button;

  g_signal_connect (panel, "person-removed", G_CALLBACK (record_name_cb), &removed);

  couple = hearth_assessment_find_couple (assessment, "joanne", NULL);
  g_assert_nonnull (couple);
  g_assert_cmpuint (hearth_assessment_get_couples (assessment)->len, ==, 1);

  button = find_button (GTK_WIDGET (get_person_row (panel, "Mark Hughes")), "_Remove Person");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");

  g_assert_cmpstr (removed, ==, "Mark Hughes");
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_cmpuint (n_persons (document), ==, 7);
  g_assert_null (find_person (document, "mark"));
  g_assert_null (hearth_assessment_find_couple (assessment, "joanne", NULL));
  g_assert_cmpuint (hearth_assessment_get_couples (assessment)->len, ==, 0);
  g_assert_null (find_row (panel, ADW_TYPE_EXPANDER_ROW, "Mark Hughes"));
  g_assert_cmpuint (count_rows (get_group_list (panel, "Lives Here")), ==, 6);

  partner = get_field (get_person_row (panel, "Joanne Carter"), ADW_TYPE_COMBO_ROW, "Partner");
  g_assert_cmpuint (adw_combo_row_get_selected (partner), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (partner)), ==, 7);

  undo (document);
  g_assert_cmpuint (n_persons (document), ==, 8);
  g_assert_nonnull (find_person (document, "mark"));
  couple = hearth_assessment_find_couple (assessment, "joanne", NULL);
  g_assert_nonnull (couple);
  g_assert_true ((g_str_equal (couple->first, "joanne") && g_str_equal (couple->second, "mark")) ||
                 (g_str_equal (couple->first, "mark") && g_str_equal (couple->second, "joanne")));
  g_assert_cmpuint (count_rows (get_group_list (panel, "Lives Here")), ==, 7);
  g_assert_cmpstr (combo_string (partner, adw_combo_row_get_selected (partner)), ==, "Mark Hughes");

  destroy_window_and_document (window, document);
}

static void
test_partner (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_household_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  HearthAssessment *assessment = get_assessment (document);
  AdwComboRow *partner = get_field (get_person_row (panel, "Joanne Carter"),
                                    ADW_TYPE_COMBO_ROW, "Partner");
  AdwComboRow *mark_partner = get_field (get_person_row (panel, "Mark Hughes"),
                                         ADW_TYPE_COMBO_ROW, "Partner");

  adw_combo_row_set_selected (partner, 0);
  g_assert_null (hearth_assessment_find_couple (assessment, "joanne", NULL));
  g_assert_null (hearth_assessment_find_couple (assessment, "mark", NULL));
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (mark_partner), ==, 0);

  undo (document);
  g_assert_nonnull (hearth_assessment_find_couple (assessment, "joanne", NULL));
  g_assert_cmpstr (combo_string (mark_partner, adw_combo_row_get_selected (mark_partner)), ==,
                   "Joanne Carter");

  destroy_window_and_document (window, document);
}

static void
test_switches (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_household_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  HearthPerson *daniel = find_person (document, "daniel");
  AdwExpanderRow *row = get_person_row (panel, "Daniel Carter");
  AdwActionRow *resident_row = get_field (row, ADW_TYPE_ACTION_ROW, "Lives Here");
  AdwActionRow *pr_row = get_field (row, ADW_TYPE_ACTION_ROW, "Has Parental Responsibility");
  GtkSwitch *resident = GTK_SWITCH (adw_action_row_get_activatable_widget (resident_row));
  GtkSwitch *pr = GTK_SWITCH (adw_action_row_get_activatable_widget (pr_row));

  g_assert_false (gtk_switch_get_active (resident));
  g_assert_true (gtk_switch_get_active (pr));

  gtk_switch_set_active (pr, FALSE);
  g_assert_false (hearth_person_get_parental_responsibility (daniel));
  g_assert_cmpuint (undo_depth (document), ==, 1);

  /* Moving in: the row moves to those who live here, and is kept. */
  gtk_switch_set_active (resident, TRUE);
  g_assert_true (hearth_person_get_resident (daniel));
  g_assert_cmpuint (undo_depth (document), ==, 2);
  g_assert_cmpuint (count_rows (get_group_list (panel, "Lives Here")), ==, 8);
  g_assert_cmpuint (count_rows (get_group_list (panel, "Lives Elsewhere")), ==, 0);
  g_assert_true (get_person_row (panel, "Daniel Carter") == row);
  g_assert_true (gtk_widget_get_sensitive (get_field (row, ADW_TYPE_COMBO_ROW, "Sleeps In")));

  undo (document);
  undo (document);
  g_assert_false (hearth_person_get_resident (daniel));
  g_assert_true (hearth_person_get_parental_responsibility (daniel));
  g_assert_true (gtk_switch_get_active (pr));
  g_assert_cmpuint (count_rows (get_group_list (panel, "Lives Elsewhere")), ==, 1);

  destroy_window_and_document (window, document);
}

static void
test_drag_source (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_household_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwExpanderRow *row = get_person_row (panel, "Leo Carter");
  g_autofree char *leo = drag_string (row, 10, 10);
  graphene_point_t field_point;

  g_assert_cmpstr (leo, ==, HEARTH_PERSON_DRAG_PREFIX "leo");
  g_assert_cmpstr (leo, ==, "hearth-person:leo");
  g_assert_null (drag_string (get_person_row (panel, "Daniel Carter"), 10, 10));

  /* An open row drags from its header only, not from its fields. */
  adw_expander_row_set_expanded (row, TRUE);
  run_main_loop_for (400);
  g_assert_true (gtk_widget_compute_point (get_field (row, ADW_TYPE_COMBO_ROW, "Sex"),
                                           GTK_WIDGET (row),
                                           &GRAPHENE_POINT_INIT (20, 20), &field_point));
  g_assert_null (drag_string (row, field_point.x, field_point.y));
  g_free (leo);
  leo = drag_string (row, 10, 10);
  g_assert_cmpstr (leo, ==, "hearth-person:leo");

  destroy_window_and_document (window, document);
}

static void
test_drop_on_room (void)
{
  HearthDocument *document = load_example ();
  HearthAssessment *assessment = get_assessment (document);
  GtkWidget *canvas = g_object_ref_sink (hearth_canvas_new (document));
  HearthPerson *leo = find_person (document, "leo");
  HearthFloor *first = NULL;

  g_assert_nonnull (hearth_assessment_find_room (assessment, "box", &first));

  /* (1200, 4000) is outside every room on the ground floor, whose rooms
   * end at y = 3800. */
  hearth_document_set_floor (document, g_ptr_array_index (hearth_assessment_get_floors (assessment), 0));
  g_assert_false (hearth_canvas_drop_person (HEARTH_CANVAS (canvas), "leo", 1200, 4000));
  g_assert_cmpstr (hearth_person_get_sleeps_in (leo), ==, "bed2");

  /* On the first floor it is inside the box room (x 0–2400, y 3200–5800). */
  hearth_document_set_floor (document, first);
  g_assert_true (hearth_canvas_drop_person (HEARTH_CANVAS (canvas), "leo", 1200, 4000));
  g_assert_cmpstr (hearth_person_get_sleeps_in (leo), ==, "box");
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_null (hearth_document_get_selected_room (document));
  g_assert_true (hearth_document_get_floor (document) == first);

  /* Outside the house: refused, nothing changes. */
  g_assert_false (hearth_canvas_drop_person (HEARTH_CANVAS (canvas), "leo", 7000, 1000));
  g_assert_false (hearth_canvas_drop_person (HEARTH_CANVAS (canvas), "leo", -100, -100));
  /* Nobody with that id. */
  g_assert_false (hearth_canvas_drop_person (HEARTH_CANVAS (canvas), "nobody", 1200, 4000));
  g_assert_cmpstr (hearth_person_get_sleeps_in (leo), ==, "box");
  g_assert_cmpuint (undo_depth (document), ==, 1);

  /* Into Bedroom 2 (x 3600–6600, y 0–2900) again. */
  g_assert_true (hearth_canvas_drop_person (HEARTH_CANVAS (canvas), "leo", 5000, 1000));
  g_assert_cmpstr (hearth_person_get_sleeps_in (leo), ==, "bed2");
  g_assert_cmpuint (undo_depth (document), ==, 2);

  undo (document);
  undo (document);
  g_assert_cmpstr (hearth_person_get_sleeps_in (leo), ==, "bed2");

  g_object_unref (canvas);
  g_assert_finalize_object (document);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/household/lists-people", test_lists_people);
  g_test_add_func ("/household/subtitle-unknowns", test_subtitle_unknowns);
  g_test_add_func ("/household/rename", test_rename);
  g_test_add_func ("/household/sleeps-in", test_sleeps_in);
  g_test_add_func ("/household/sex", test_sex);
  g_test_add_func ("/household/bad-date", test_bad_date);
  g_test_add_func ("/household/add-person", test_add_person);
  g_test_add_func ("/household/add-parent-elsewhere", test_add_parent_elsewhere);
  g_test_add_func ("/household/remove-person", test_remove_person);
  g_test_add_func ("/household/partner", test_partner);
  g_test_add_func ("/household/switches", test_switches);
  g_test_add_func ("/household/drag-source", test_drag_source);
  g_test_add_func ("/household/drop-on-room", test_drop_on_room);

  return g_test_run ();
}
