/* test-sharing-panel.c: the sharing checklist and the case details panels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under a display (xvfb-run -a). Each test loads the example
 * household (data/examples/carter-household.hearth) and drives a panel as
 * a caseworker would, through its rows, then checks the document. Every
 * expected value is worked out by hand from the example: Joanne Carter
 * (resident) and Daniel Carter (lives elsewhere) hold parental
 * responsibility; Joanne's row says the findings were shared in person on
 * 16 November 2026, Daniel's is still "not assessed". The visit was on
 * 16 November 2026; Sam Hughes was born on 2 March 2017.
 */

#include "config.h"

#include <string.h>

#include "hearth-case-panel.h"
#include "hearth-document.h"
#include "hearth-edit.h"
#include "hearth-file.h"
#include "hearth-gui-test-utils.h"
#include "hearth-sharing-panel.h"
#include "hearth-sharing.h"

/* Helpers */

static HearthRecipient *
find_recipient (HearthDocument *document,
                const char     *person)
{
  return hearth_assessment_find_recipient (get_assessment (document), person, NULL);
}

static GtkWindow *
show_in_window (GtkWidget *widget)
{
  return show_in_window_sized (widget, 480, 900);
}

static void
collect_of_type (GtkWidget *root,
                 GType      type,
                 GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (out, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_of_type (child, type, out);
}

/* The check button under @root labelled exactly @label. */
static GtkCheckButton *
get_check (GtkWidget  *root,
           const char *label)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();

  collect_of_type (root, GTK_TYPE_CHECK_BUTTON, checks);
  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);

      if (g_strcmp0 (gtk_check_button_get_label (check), label) == 0)
        return check;
    }

  g_assert_not_reached ();
}

/* The switch of the action row under @root whose title contains @title. */
static GtkSwitch *
get_switch (GtkWidget  *root,
            const char *title)
{
  AdwActionRow *row = get_row (root, ADW_TYPE_ACTION_ROW, title);
  g_autoptr(GPtrArray) switches = g_ptr_array_new ();

  collect_of_type (GTK_WIDGET (row), GTK_TYPE_SWITCH, switches);
  g_assert_cmpuint (switches->len, ==, 1);
  return g_ptr_array_index (switches, 0);
}

/* The holder's expander row, expanded so that its rows are mapped. */
static AdwExpanderRow *
open_holder (GtkWidget  *panel,
             const char *name)
{
  AdwExpanderRow *expander = get_row (panel, ADW_TYPE_EXPANDER_ROW, name);

  adw_expander_row_set_expanded (expander, TRUE);
  run_main_loop_for (20);
  return expander;
}

static guint
count_problems (HearthDocument           *document,
                HearthSharingProblemKind  kind,
                const char               *person)
{
  g_autoptr(GPtrArray) problems = hearth_sharing_check (get_assessment (document));
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    {
      HearthSharingProblem *problem = g_ptr_array_index (problems, i);

      if (problem->kind == kind && g_strcmp0 (problem->person, person) == 0)
        n++;
    }

  return n;
}

static void
assert_date (const GDate *date,
             guint        day,
             guint        month,
             guint        year)
{
  g_assert_nonnull (date);
  g_assert_true (g_date_valid (date));
  g_assert_cmpuint (g_date_get_day (date), ==, day);
  g_assert_cmpuint (g_date_get_month (date), ==, month);
  g_assert_cmpuint (g_date_get_year (date), ==, year);
}

/* Sharing panel */

static void
test_sharing_glance (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_sharing_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  g_autoptr(GPtrArray) expanders = g_ptr_array_new ();
  AdwActionRow *not_considered;

  /* Daniel's row is still "not assessed": he has not been considered. */
  not_considered = get_row (panel, ADW_TYPE_ACTION_ROW, "Not considered yet");
  g_assert_cmpstr (adw_action_row_get_subtitle (not_considered), ==, "Daniel Carter");
  g_assert_false (shows_text (panel, "Everyone with parental responsibility has been considered"));

  /* Two holders of parental responsibility, in household order; Mark
   * Hughes, who lives there without it, has no row. */
  collect_of_type (panel, ADW_TYPE_EXPANDER_ROW, expanders);
  g_assert_cmpuint (expanders->len, ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (expanders, 0)), ==, "Joanne Carter");
  g_assert_cmpstr (adw_expander_row_get_subtitle (g_ptr_array_index (expanders, 0)), ==,
                   "Shared in person on 16 November 2026");
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (expanders, 1)), ==, "Daniel Carter");
  g_assert_cmpstr (adw_expander_row_get_subtitle (g_ptr_array_index (expanders, 1)), ==,
                   "Lives elsewhere · Not assessed yet");
  g_assert_null (find_row (panel, ADW_TYPE_EXPANDER_ROW, "Mark Hughes"));

  /* Activating the row at the top opens Daniel's. */
  g_signal_emit_by_name (not_considered, "activate");
  run_main_loop_for (20);
  g_assert_true (adw_expander_row_get_expanded (g_ptr_array_index (expanders, 1)));

  destroy_window_and_document (window, document);
}

static void
test_sharing_no_reason (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_sharing_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwExpanderRow *daniel = open_holder (panel, "Daniel Carter");
  AdwComboRow *safe_row = get_row (GTK_WIDGET (daniel), ADW_TYPE_COMBO_ROW, "Safe to Share");
  AdwComboRow *reason_row = get_row (GTK_WIDGET (daniel), ADW_TYPE_COMBO_ROW, "Reason");
  g_autoptr(GPtrArray) problems = NULL;
  const char *message = NULL;
  AdwActionRow *problem_row;

  g_assert_cmpuint (undo_depth (document), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (reason_row)));

  /* "No", without a reason yet: one step, and the reason is asked for. */
  adw_combo_row_set_selected (safe_row, HEARTH_SAFE_TO_SHARE_NO);
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_cmpint (find_recipient (document, "daniel")->safe_to_share, ==, HEARTH_SAFE_TO_SHARE_NO);
  g_assert_cmpint (find_recipient (document, "daniel")->withheld_reason, ==, HEARTH_WITHHELD_REASON_NONE);
  g_assert_cmpuint (count_problems (document, HEARTH_SHARING_NO_REASON, "daniel"), ==, 1);

  run_main_loop_for (20);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (reason_row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (reason_row)), ==, "Say why");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (reason_row), "error"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (daniel), ==,
                   "Lives elsewhere · Not shared: reason not given");

  /* Everyone has been considered now, but the problem shows at the top. */
  g_assert_true (shows_text (panel, "Everyone with parental responsibility has been considered"));
  g_assert_null (find_row (panel, ADW_TYPE_ACTION_ROW, "Not considered yet"));
  problems = hearth_sharing_check (get_assessment (document));
  for (guint i = 0; i < problems->len; i++)
    {
      HearthSharingProblem *problem = g_ptr_array_index (problems, i);

      if (problem->kind == HEARTH_SHARING_NO_REASON)
        message = problem->message;
    }
  g_assert_nonnull (message);
  g_assert_true (shows_text (panel, message));
  problem_row = get_row (panel, ADW_TYPE_ACTION_ROW, "Daniel Carter");
  g_assert_cmpstr (adw_action_row_get_subtitle (problem_row), ==, message);

  /* "Risk to the child": one more step, and the problem is gone. */
  adw_combo_row_set_selected (reason_row, 0);
  g_assert_cmpuint (undo_depth (document), ==, 2);
  g_assert_cmpint (find_recipient (document, "daniel")->withheld_reason, ==,
                   HEARTH_WITHHELD_REASON_RISK_TO_CHILD);
  g_assert_cmpuint (count_problems (document, HEARTH_SHARING_NO_REASON, "daniel"), ==, 0);
  run_main_loop_for (20);
  g_assert_false (shows_text (panel, message));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (reason_row), "error"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (daniel), ==,
                   "Lives elsewhere · Not shared: risk to the child");

  /* Each step undoes on its own. */
  undo (document);
  g_assert_cmpint (find_recipient (document, "daniel")->withheld_reason, ==, HEARTH_WITHHELD_REASON_NONE);
  g_assert_cmpuint (adw_combo_row_get_selected (reason_row), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (reason_row)), ==, "Say why");
  undo (document);
  g_assert_cmpint (find_recipient (document, "daniel")->safe_to_share, ==,
                   HEARTH_SAFE_TO_SHARE_NOT_ASSESSED);
  g_assert_cmpuint (adw_combo_row_get_selected (safe_row), ==, HEARTH_SAFE_TO_SHARE_NOT_ASSESSED);
  g_assert_true (shows_text (panel, "Not considered yet"));

  destroy_window_and_document (window, document);
}

static void
test_sharing_other_reason_needs_note (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_sharing_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwExpanderRow *daniel = open_holder (panel, "Daniel Carter");
  AdwEntryRow *note_row;

  adw_combo_row_set_selected (get_row (GTK_WIDGET (daniel), ADW_TYPE_COMBO_ROW, "Safe to Share"),
                              HEARTH_SAFE_TO_SHARE_NO);
  /* "Other reason" is the third. */
  adw_combo_row_set_selected (get_row (GTK_WIDGET (daniel), ADW_TYPE_COMBO_ROW, "Reason"), 2);
  g_assert_cmpint (find_recipient (document, "daniel")->withheld_reason, ==, HEARTH_WITHHELD_REASON_OTHER);
  g_assert_cmpuint (count_problems (document, HEARTH_SHARING_NO_NOTE, "daniel"), ==, 1);

  run_main_loop_for (20);
  note_row = get_row (GTK_WIDGET (daniel), ADW_TYPE_ENTRY_ROW, "Note");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (note_row)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (note_row), "error"));

  type_and_activate (GTK_EDITABLE (note_row), "  Court order prevents contact.  ");
  g_assert_cmpuint (undo_depth (document), ==, 3);
  g_assert_cmpstr (find_recipient (document, "daniel")->withheld_note, ==, "Court order prevents contact.");
  g_assert_cmpuint (count_problems (document, HEARTH_SHARING_NO_NOTE, "daniel"), ==, 0);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (note_row), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (note_row)), ==, "Court order prevents contact.");

  /* Enter again on the same text records nothing more. */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (note_row)), "activate");
  g_assert_cmpuint (undo_depth (document), ==, 3);

  destroy_window_and_document (window, document);
}

static void
test_sharing_shared_on (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_sharing_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwExpanderRow *daniel = open_holder (panel, "Daniel Carter");
  AdwEntryRow *date_row = get_row (GTK_WIDGET (daniel), ADW_TYPE_ENTRY_ROW, "Shared On");
  AdwComboRow *method_row = get_row (GTK_WIDGET (daniel), ADW_TYPE_COMBO_ROW, "How");

  /* When and how show once it is safe to share. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (date_row)));
  adw_combo_row_set_selected (get_row (GTK_WIDGET (daniel), ADW_TYPE_COMBO_ROW, "Safe to Share"),
                              HEARTH_SAFE_TO_SHARE_YES);
  g_assert_cmpuint (undo_depth (document), ==, 1);
  run_main_loop_for (20);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (date_row)));
  g_assert_cmpstr (adw_expander_row_get_subtitle (daniel), ==,
                   "Lives elsewhere · Safe to share, not shared yet");

  /* 31 November does not exist; "16-11-2026" is neither form: nothing is
   * recorded, the text stays and the error says why. */
  type_and_activate (GTK_EDITABLE (date_row), "31/11/2026");
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_false (g_date_valid (&find_recipient (document, "daniel")->shared_on));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "31/11/2026");
  run_main_loop_for (20);
  g_assert_true (shows_text (GTK_WIDGET (daniel), "There is no such day as “31/11/2026”"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));

  type_and_activate (GTK_EDITABLE (date_row), "16-11-2026");
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_false (g_date_valid (&find_recipient (document, "daniel")->shared_on));
  run_main_loop_for (20);
  g_assert_true (shows_text (GTK_WIDGET (daniel), "“16-11-2026” is not a date"));

  /* A real day: one step, shown the same way every time. */
  type_and_activate (GTK_EDITABLE (date_row), "3/12/2026");
  g_assert_cmpuint (undo_depth (document), ==, 2);
  assert_date (&find_recipient (document, "daniel")->shared_on, 3, 12, 2026);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "03/12/2026");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  run_main_loop_for (20);
  g_assert_false (shows_text (GTK_WIDGET (daniel), "is not a date"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (daniel), ==,
                   "Lives elsewhere · Shared on 3 December 2026");
  g_assert_cmpuint (count_problems (document, HEARTH_SHARING_NOT_SHARED_YET, "daniel"), ==, 1);

  adw_combo_row_set_selected (method_row, HEARTH_SHARE_METHOD_LETTER);
  g_assert_cmpuint (undo_depth (document), ==, 3);
  g_assert_cmpint (find_recipient (document, "daniel")->method, ==, HEARTH_SHARE_METHOD_LETTER);
  g_assert_cmpstr (adw_expander_row_get_subtitle (daniel), ==,
                   "Lives elsewhere · Shared by letter on 3 December 2026");
  g_assert_cmpuint (count_problems (document, HEARTH_SHARING_NOT_SHARED_YET, "daniel"), ==, 0);

  /* Emptying the field: not shared after all. */
  type_and_activate (GTK_EDITABLE (date_row), "");
  g_assert_cmpuint (undo_depth (document), ==, 4);
  g_assert_false (g_date_valid (&find_recipient (document, "daniel")->shared_on));

  undo (document);
  assert_date (&find_recipient (document, "daniel")->shared_on, 3, 12, 2026);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "03/12/2026");

  destroy_window_and_document (window, document);
}

static void
test_sharing_withhold (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_sharing_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwExpanderRow *joanne = open_holder (panel, "Joanne Carter");
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  HearthRecipient *recipient;

  /* The home address, the other residents, and one per rule found in the
   * example (ndss-bedroom is found twice, listed once): small-bedroom,
   * hhsrs-category-1, ndss-bedroom, hmo-room-size, bedroom-standard,
   * upcoming-change. */
  collect_of_type (GTK_WIDGET (joanne), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 8);
  g_assert_cmpstr (gtk_check_button_get_label (g_ptr_array_index (checks, 0)), ==, "Home address");
  g_assert_cmpstr (gtk_check_button_get_label (g_ptr_array_index (checks, 1)), ==, "Other residents’ details");
  g_assert_cmpstr (gtk_check_button_get_label (g_ptr_array_index (checks, 2)), ==, "Bedroom under 70 sq ft");

  gtk_check_button_set_active (get_check (GTK_WIDGET (joanne), "Home address"), TRUE);
  g_assert_cmpuint (undo_depth (document), ==, 1);
  recipient = find_recipient (document, "joanne");
  g_assert_true (recipient->withhold_address);
  g_assert_false (recipient->withhold_residents);
  /* The rest of the row is copied as it was. */
  g_assert_cmpint (recipient->safe_to_share, ==, HEARTH_SAFE_TO_SHARE_YES);
  g_assert_cmpint (recipient->method, ==, HEARTH_SHARE_METHOD_IN_PERSON);
  assert_date (&recipient->shared_on, 16, 11, 2026);
  g_assert_true (recipient->in_plan);
  g_assert_true (recipient->review_invite);
  g_assert_cmpstr (adw_expander_row_get_subtitle (joanne), ==,
                   "Shared in person on 16 November 2026 · Some details withheld");

  gtk_check_button_set_active (get_check (GTK_WIDGET (joanne), "Bedroom under 70 sq ft"), TRUE);
  g_assert_cmpuint (undo_depth (document), ==, 2);
  recipient = find_recipient (document, "joanne");
  g_assert_nonnull (recipient->withhold_findings);
  g_assert_cmpuint (g_strv_length (recipient->withhold_findings), ==, 1);
  g_assert_cmpstr (recipient->withhold_findings[0], ==, "small-bedroom");

  undo (document);
  recipient = find_recipient (document, "joanne");
  g_assert_true (recipient->withhold_findings == NULL || recipient->withhold_findings[0] == NULL);
  g_assert_false (gtk_check_button_get_active (get_check (GTK_WIDGET (joanne), "Bedroom under 70 sq ft")));
  undo (document);
  g_assert_false (find_recipient (document, "joanne")->withhold_address);
  g_assert_false (gtk_check_button_get_active (get_check (GTK_WIDGET (joanne), "Home address")));

  destroy_window_and_document (window, document);
}

static void
test_sharing_switches (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_sharing_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwExpanderRow *daniel = open_holder (panel, "Daniel Carter");
  GtkSwitch *details = get_switch (GTK_WIDGET (daniel), "Contact Details Known");
  GtkSwitch *in_plan = get_switch (GTK_WIDGET (daniel), "Included in the Plan Documents");
  GtkSwitch *invite = get_switch (GTK_WIDGET (daniel), "Invited to the Review Meeting");

  /* Daniel's row: details known, not in the plan, not invited. */
  g_assert_true (gtk_switch_get_active (details));
  g_assert_false (gtk_switch_get_active (in_plan));
  g_assert_false (gtk_switch_get_active (invite));

  gtk_switch_set_active (in_plan, TRUE);
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_true (find_recipient (document, "daniel")->in_plan);
  g_assert_false (find_recipient (document, "daniel")->review_invite);

  gtk_switch_set_active (invite, TRUE);
  g_assert_cmpuint (undo_depth (document), ==, 2);
  g_assert_true (find_recipient (document, "daniel")->review_invite);

  gtk_switch_set_active (details, FALSE);
  g_assert_cmpuint (undo_depth (document), ==, 3);
  g_assert_false (find_recipient (document, "daniel")->details_known);

  undo (document);
  g_assert_true (find_recipient (document, "daniel")->details_known);
  g_assert_true (gtk_switch_get_active (details));

  destroy_window_and_document (window, document);
}

/* A holder with no row yet shows the defaults; the first change creates
 * the row, and undoing it takes the row away again. */
static void
test_sharing_first_change_creates_row (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_sharing_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  HearthPerson *mark = hearth_assessment_find_person (get_assessment (document), "mark");
  AdwExpanderRow *row;
  AdwActionRow *not_considered;
  GtkSwitch *details;

  /* Mark Hughes gains parental responsibility (say by a PR agreement):
   * set on the model, outside the undo history. */
  hearth_person_set_parental_responsibility (mark, TRUE);
  hearth_assessment_changed (get_assessment (document));
  run_main_loop_for (20);

  row = open_holder (panel, "Mark Hughes");
  g_assert_null (find_recipient (document, "mark"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "Not assessed yet");
  not_considered = get_row (panel, ADW_TYPE_ACTION_ROW, "Not considered yet");
  g_assert_cmpstr (adw_action_row_get_subtitle (not_considered), ==, "Mark Hughes, Daniel Carter");

  details = get_switch (GTK_WIDGET (row), "Contact Details Known");
  g_assert_false (gtk_switch_get_active (details));
  gtk_switch_set_active (details, TRUE);
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_nonnull (find_recipient (document, "mark"));
  g_assert_true (find_recipient (document, "mark")->details_known);
  g_assert_cmpint (find_recipient (document, "mark")->safe_to_share, ==,
                   HEARTH_SAFE_TO_SHARE_NOT_ASSESSED);

  undo (document);
  g_assert_null (find_recipient (document, "mark"));
  g_assert_false (gtk_switch_get_active (details));

  destroy_window_and_document (window, document);
}

/* Case panel */

static int
sam_age (HearthDocument *document)
{
  HearthAssessment *assessment = get_assessment (document);

  return hearth_person_get_age_on (hearth_assessment_find_person (assessment, "sam"),
                                   hearth_assessment_get_visit_date (assessment));
}

static GtkEntry *
get_date_entry (GtkWidget  *panel,
                const char *title)
{
  AdwActionRow *row = get_row (panel, ADW_TYPE_ACTION_ROW, title);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  collect_of_type (GTK_WIDGET (row), GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (entries->len, ==, 1);
  return g_ptr_array_index (entries, 0);
}

static void
test_case_shows_case (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_case_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwActionRow *visit_row = get_row (panel, ADW_TYPE_ACTION_ROW, "Visit Date");
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_assert_cmpstr (gtk_editable_get_text (get_row (panel, ADW_TYPE_ENTRY_ROW, "Case Reference")),
                   ==, "CIN-2026-0417");
  g_assert_cmpstr (gtk_editable_get_text (get_row (panel, ADW_TYPE_ENTRY_ROW, "Address")),
                   ==, "14 Larkspur Close, Northtown NT4 2QX");
  g_assert_cmpstr (gtk_editable_get_text (get_row (panel, ADW_TYPE_ENTRY_ROW, "Assessor")),
                   ==, "Priya Shah");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_date_entry (panel, "Visit Date"))),
                   ==, "16/11/2026");
  g_assert_cmpstr (adw_action_row_get_subtitle (visit_row), ==,
                   "Ages are worked out on 16 November 2026");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_date_entry (panel, "Next Review"))),
                   ==, "");
  g_assert_cmpuint (adw_combo_row_get_selected (get_row (panel, ADW_TYPE_COMBO_ROW, "Plan Type")),
                    ==, HEARTH_PLAN_TYPE_NONE);
  g_assert_true (shows_text (panel, "HMO room sizes become licence conditions"));

  collect_of_type (panel, GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  buffer = gtk_text_view_get_buffer (g_ptr_array_index (views, 0));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (notes, ==,
                   "Visit arranged with Joanne. Daniel lives in another town and sees the children at weekends.");

  destroy_window_and_document (window, document);
}

static void
test_case_visit_date (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_case_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  GtkEntry *entry = get_date_entry (panel, "Visit Date");
  AdwActionRow *visit_row = get_row (panel, ADW_TYPE_ACTION_ROW, "Visit Date");

  /* Sam, born 2 March 2017, is 9 on 16 November 2026 and 10 on his
   * birthday in 2027. */
  g_assert_cmpint (sam_age (document), ==, 9);

  type_and_activate (GTK_EDITABLE (entry), "2027-03-02");
  g_assert_cmpuint (undo_depth (document), ==, 1);
  assert_date (hearth_assessment_get_visit_date (get_assessment (document)), 2, 3, 2027);
  g_assert_cmpint (sam_age (document), ==, 10);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "02/03/2027");
  g_assert_cmpstr (adw_action_row_get_subtitle (visit_row), ==,
                   "Ages are worked out on 2 March 2027");

  /* The same date again is no change. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (undo_depth (document), ==, 1);

  undo (document);
  g_assert_cmpint (sam_age (document), ==, 9);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "16/11/2026");

  destroy_window_and_document (window, document);
}

static void
test_case_visit_date_refused (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_case_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  GtkEntry *entry = get_date_entry (panel, "Visit Date");

  /* February 2027 has 28 days. */
  type_and_activate (GTK_EDITABLE (entry), "30/02/2027");
  g_assert_cmpuint (undo_depth (document), ==, 0);
  assert_date (hearth_assessment_get_visit_date (get_assessment (document)), 16, 11, 2026);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "30/02/2027");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  run_main_loop_for (20);
  g_assert_true (shows_text (panel, "There is no such day as “30/02/2027”"));

  /* The visit date is required: emptying it is refused too. */
  type_and_activate (GTK_EDITABLE (entry), "");
  g_assert_cmpuint (undo_depth (document), ==, 0);
  assert_date (hearth_assessment_get_visit_date (get_assessment (document)), 16, 11, 2026);
  run_main_loop_for (20);
  g_assert_true (shows_text (panel, "Enter the visit date"));

  /* Correcting it clears the error. */
  type_and_activate (GTK_EDITABLE (entry), "17/11/2026");
  g_assert_cmpuint (undo_depth (document), ==, 1);
  assert_date (hearth_assessment_get_visit_date (get_assessment (document)), 17, 11, 2026);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  run_main_loop_for (20);
  g_assert_false (shows_text (panel, "Enter the visit date"));

  destroy_window_and_document (window, document);
}

static void
test_case_plan_and_review (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_case_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwComboRow *plan_row = get_row (panel, ADW_TYPE_COMBO_ROW, "Plan Type");
  GtkEntry *review = get_date_entry (panel, "Next Review");
  GtkSwitch *hmo = get_switch (panel, "Licensed HMO");

  adw_combo_row_set_selected (plan_row, HEARTH_PLAN_TYPE_CHILD_PROTECTION);
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_cmpint (hearth_assessment_get_plan_type (get_assessment (document)), ==,
                   HEARTH_PLAN_TYPE_CHILD_PROTECTION);
  /* The rest of the case is unchanged. */
  assert_date (hearth_assessment_get_visit_date (get_assessment (document)), 16, 11, 2026);
  g_assert_cmpstr (hearth_assessment_get_reference (get_assessment (document)), ==, "CIN-2026-0417");

  /* A first review conference within 3 months: 16 February 2027. */
  type_and_activate (GTK_EDITABLE (review), "16/2/2027");
  g_assert_cmpuint (undo_depth (document), ==, 2);
  assert_date (hearth_assessment_get_next_review (get_assessment (document)), 16, 2, 2027);
  g_assert_cmpint (hearth_assessment_get_plan_type (get_assessment (document)), ==,
                   HEARTH_PLAN_TYPE_CHILD_PROTECTION);

  type_and_activate (GTK_EDITABLE (review), "31/04/2027");
  g_assert_cmpuint (undo_depth (document), ==, 2);
  assert_date (hearth_assessment_get_next_review (get_assessment (document)), 16, 2, 2027);

  /* Empty: no review booked. */
  type_and_activate (GTK_EDITABLE (review), "");
  g_assert_cmpuint (undo_depth (document), ==, 3);
  g_assert_false (g_date_valid (hearth_assessment_get_next_review (get_assessment (document))));

  gtk_switch_set_active (hmo, TRUE);
  g_assert_cmpuint (undo_depth (document), ==, 4);
  g_assert_true (hearth_assessment_get_licensed_hmo (get_assessment (document)));

  /* Undo the switch and the emptying: the review date is back. */
  undo (document);
  undo (document);
  assert_date (hearth_assessment_get_next_review (get_assessment (document)), 16, 2, 2027);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (review)), ==, "16/02/2027");
  undo (document);
  undo (document);
  g_assert_cmpint (hearth_assessment_get_plan_type (get_assessment (document)), ==,
                   HEARTH_PLAN_TYPE_NONE);
  g_assert_cmpuint (adw_combo_row_get_selected (plan_row), ==, HEARTH_PLAN_TYPE_NONE);

  destroy_window_and_document (window, document);
}

static void
test_case_text_fields (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_case_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwEntryRow *assessor = get_row (panel, ADW_TYPE_ENTRY_ROW, "Assessor");

  type_and_activate (GTK_EDITABLE (assessor), " Tom Reid ");
  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_cmpstr (hearth_assessment_get_assessor (get_assessment (document)), ==, "Tom Reid");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (assessor)), ==, "Tom Reid");

  undo (document);
  g_assert_cmpstr (hearth_assessment_get_assessor (get_assessment (document)), ==, "Priya Shah");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (assessor)), ==, "Priya Shah");

  destroy_window_and_document (window, document);
}

static void
test_case_notes_on_focus_out (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_case_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  GtkTextView *view = NULL;
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  const char *notes = "Visit arranged with Joanne. Daniel lives in another town.";

  collect_of_type (panel, GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  view = g_ptr_array_index (views, 0);

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  run_main_loop_for (20);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), notes, -1);

  /* Typing records nothing until focus leaves. */
  g_assert_cmpuint (undo_depth (document), ==, 0);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (get_row (panel, ADW_TYPE_ENTRY_ROW, "Assessor"))));
  run_main_loop_for (20);

  g_assert_cmpuint (undo_depth (document), ==, 1);
  g_assert_cmpstr (hearth_assessment_get_notes (get_assessment (document)), ==, notes);

  undo (document);
  g_assert_cmpstr (hearth_assessment_get_notes (get_assessment (document)), ==,
                   "Visit arranged with Joanne. Daniel lives in another town and sees the children at weekends.");

  destroy_window_and_document (window, document);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* The example is read from the source tree. */
  g_assert_nonnull (g_getenv ("HEARTH_SOURCE_ROOT"));

  g_test_add_func ("/sharing-panel/glance", test_sharing_glance);
  g_test_add_func ("/sharing-panel/no-reason", test_sharing_no_reason);
  g_test_add_func ("/sharing-panel/other-reason-needs-note", test_sharing_other_reason_needs_note);
  g_test_add_func ("/sharing-panel/shared-on", test_sharing_shared_on);
  g_test_add_func ("/sharing-panel/withhold", test_sharing_withhold);
  g_test_add_func ("/sharing-panel/switches", test_sharing_switches);
  g_test_add_func ("/sharing-panel/first-change-creates-row", test_sharing_first_change_creates_row);
  g_test_add_func ("/case-panel/shows-case", test_case_shows_case);
  g_test_add_func ("/case-panel/visit-date", test_case_visit_date);
  g_test_add_func ("/case-panel/visit-date-refused", test_case_visit_date_refused);
  g_test_add_func ("/case-panel/plan-and-review", test_case_plan_and_review);
  g_test_add_func ("/case-panel/text-fields", test_case_text_fields);
  g_test_add_func ("/case-panel/notes-on-focus-out", test_case_notes_on_focus_out);

  return g_test_run ();
}
