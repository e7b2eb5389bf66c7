/* test-hazards.c: the findings panel (with the referral to Housing) and
 * the HHSRS hazards panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under a display (xvfb-run -a). Each test loads the example
 * household and drives a panel as a caseworker would, through its combo
 * rows, entry rows and buttons, then checks the document.
 *
 * Every score below is worked out by hand from
 *   score = (10000 × I + 1000 × II + 300 × III + 10 × IV) / L
 * with the spread in per cent and the likelihood as 1 in L. The example's
 * hazard 11 is 1 in 100 with 10.0 / 10.0 / 31.6 / 48.4:
 *   (100000 + 10000 + 9480 + 484) / 100 = 119964 / 100 = 1199.64,
 * band C (1000–1999), category 1 (bands A–C).
 */

#include "config.h"

#include <string.h>

#include "hearth-document.h"
#include "hearth-edit.h"
#include "hearth-file.h"
#include "hearth-findings-panel.h"
#include "hearth-gui-test-utils.h"
#include "hearth-hazards-panel.h"
#include "hearth-hhsrs.h"
#include "hearth-rules.h"

/* Helpers */

static GtkWindow *
show_in_window (GtkWidget *widget)
{
  return show_in_window_sized (widget, 420, 900);
}

static GtkButton *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root))
    {
      const char *text = gtk_button_get_label (GTK_BUTTON (root));

      if (text != NULL && strstr (text, label) != NULL)
        return GTK_BUTTON (root);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *button = find_button (child, label);

      if (button != NULL)
        return button;
    }

  return NULL;
}

/* The value of a read-only row: its label styled "numeric". */
static const char *
get_value (AdwActionRow *row)
{
  GtkWidget *widget = GTK_WIDGET (row);

  while (widget != NULL)
    {
      if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "numeric"))
        return gtk_label_get_text (GTK_LABEL (widget));

      /* Depth first through the row */
      if (gtk_widget_get_first_child (widget) != NULL)
        {
          widget = gtk_widget_get_first_child (widget);
          continue;
        }
      while (widget != NULL && widget != GTK_WIDGET (row) &&
             gtk_widget_get_next_sibling (widget) == NULL)
        widget = gtk_widget_get_parent (widget);
      if (widget == NULL || widget == GTK_WIDGET (row))
        break;
      widget = gtk_widget_get_next_sibling (widget);
    }

  g_assert_not_reached ();
}

static void
type (GtkWidget  *form,
      const char *title,
      const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (get_row (form, ADW_TYPE_ENTRY_ROW, title)), text);
}

static GtkCheckButton *
find_check (GtkWidget  *root,
            const char *label)
{
  if (GTK_IS_CHECK_BUTTON (root))
    {
      const char *text = gtk_check_button_get_label (GTK_CHECK_BUTTON (root));

      if (g_strcmp0 (text, label) == 0)
        return GTK_CHECK_BUTTON (root);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *check = find_check (child, label);

      if (check != NULL)
        return check;
    }

  return NULL;
}

static GtkTextView *
find_text_view (GtkWidget *root)
{
  if (GTK_IS_TEXT_VIEW (root))
    return GTK_TEXT_VIEW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *view = find_text_view (child);

      if (view != NULL)
        return view;
    }

  return NULL;
}

static const char *
get_subtitle (GtkWidget  *root,
              const char *title)
{
  return adw_action_row_get_subtitle (get_row (root, ADW_TYPE_ACTION_ROW, title));
}

static void
click (GtkWidget  *root,
       const char *label)
{
  GtkButton *button = find_button (root, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

/* A table row: a test name and the text typed. */
typedef struct {
  const char *name;
  const char *text;
} TextCase;

/* Findings panel */

static void
test_findings_count (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_findings_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  g_autoptr(GPtrArray) findings = hearth_check (get_assessment (document), NULL);
  guint n_small = 0;

  g_assert_cmpuint (findings->len, >, 0);
  g_assert_cmpuint (hearth_findings_panel_get_n_findings (HEARTH_FINDINGS_PANEL (panel)), ==,
                    findings->len);

  /* The box room is 2400 × 2600 mm with a 400 mm bulkhead strip under
   * 1.5 m: 2400 × 2200 = 5.28 m² = 56.8 sq ft counts, under 70 sq ft. */
  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (finding->rule, "small-bedroom"))
        n_small++;
    }
  g_assert_cmpuint (n_small, ==, 1);
  g_assert_true (shows_text (panel, hearth_rule_get_title ("small-bedroom")));
  g_assert_true (shows_text (panel, "Bedroom under 70 sq ft"));
  g_assert_false (shows_text (panel, "No findings"));

  destroy_window_and_document (window, document);
}

static void
test_findings_follow_edits (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_findings_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  HearthPerson *amy = hearth_assessment_find_person (get_assessment (document), "amy");
  guint before = hearth_findings_panel_get_n_findings (HEARTH_FINDINGS_PANEL (panel));
  g_autoptr(GPtrArray) findings = NULL;

  /* Amy moves out of the box room: it is no longer a bedroom in use. */
  hearth_document_push (document, hearth_edit_set_sleeps_in (get_assessment (document), amy, "bed2"));
  findings = hearth_check (get_assessment (document), NULL);
  g_assert_cmpuint (hearth_findings_panel_get_n_findings (HEARTH_FINDINGS_PANEL (panel)), ==,
                    findings->len);

  undo (document);
  g_assert_cmpuint (hearth_findings_panel_get_n_findings (HEARTH_FINDINGS_PANEL (panel)), ==,
                    before);

  destroy_window_and_document (window, document);
}

static void
test_findings_none (void)
{
  HearthDocument *document = hearth_document_new ();
  GtkWidget *panel = hearth_findings_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  g_autoptr(GPtrArray) findings = hearth_check (get_assessment (document), NULL);
  g_autoptr(HearthReferral) referral = hearth_referral_new ();

  g_assert_cmpuint (hearth_findings_panel_get_n_findings (HEARTH_FINDINGS_PANEL (panel)), ==,
                    findings->len);
  if (findings->len == 0)
    g_assert_true (shows_text (panel, "No findings"));

  /* No crowding and nothing recorded: no referral group. */
  g_assert_false (shows_text (panel, "Referral to Housing"));

  /* A referral recorded earlier stays in view. */
  referral->status = HEARTH_REFERRAL_NOT_MADE;
  referral->note = g_strdup ("Family moving next month");
  hearth_document_push (document, hearth_edit_set_referral (get_assessment (document), referral));
  run_main_loop_for (20);
  g_assert_true (shows_text (panel, "Referral to Housing"));
  g_assert_true (shows_text (panel, "recorded earlier"));

  destroy_window_and_document (window, document);
}

static void
test_findings_referral_group (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_findings_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwComboRow *status;

  /* The example has crowding findings (the box room, Bedroom 1). */
  g_assert_true (shows_text (panel, "Referral to Housing"));
  g_assert_true (shows_text (panel, "Crowding was found"));

  status = get_row (panel, ADW_TYPE_COMBO_ROW, "Referral");
  g_assert_cmpuint (adw_combo_row_get_selected (status), ==, HEARTH_REFERRAL_NOT_CONSIDERED);
  /* The dates mean nothing before a referral is made. */
  g_assert_false (gtk_widget_get_visible (get_row (panel, ADW_TYPE_ENTRY_ROW, "Made On")));

  destroy_window_and_document (window, document);
}

static void
test_findings_referral_made (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_findings_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwComboRow *status = get_row (panel, ADW_TYPE_COMBO_ROW, "Referral");
  AdwEntryRow *made_on = get_row (panel, ADW_TYPE_ENTRY_ROW, "Made On");
  AdwEntryRow *made_to = get_row (panel, ADW_TYPE_ENTRY_ROW, "Made To");
  const HearthReferral *referral;
  guint depth = undo_depth (document);

  /* The status: one step */
  adw_combo_row_set_selected (status, HEARTH_REFERRAL_MADE);
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);
  referral = hearth_assessment_get_referral (get_assessment (document));
  g_assert_cmpint (referral->status, ==, HEARTH_REFERRAL_MADE);
  g_assert_false (g_date_valid (&referral->made_on));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (made_on)));

  /* The date, typed the English way: one step */
  type_and_enter (made_on, "20/11/2026");
  g_assert_cmpuint (undo_depth (document), ==, depth + 2);
  referral = hearth_assessment_get_referral (get_assessment (document));
  g_assert_cmpint (referral->status, ==, HEARTH_REFERRAL_MADE);
  g_assert_true (g_date_valid (&referral->made_on));
  g_assert_cmpuint (g_date_get_day (&referral->made_on), ==, 20);
  g_assert_cmpuint (g_date_get_month (&referral->made_on), ==, G_DATE_NOVEMBER);
  g_assert_cmpuint (g_date_get_year (&referral->made_on), ==, 2026);

  /* Who to, with the date typed as in the file: both in one step */
  gtk_editable_set_text (GTK_EDITABLE (made_on), "2026-11-21");
  type_and_enter (made_to, "  Northtown Private Sector Housing  ");
  g_assert_cmpuint (undo_depth (document), ==, depth + 3);
  referral = hearth_assessment_get_referral (get_assessment (document));
  g_assert_cmpstr (referral->made_to, ==, "Northtown Private Sector Housing");
  g_assert_cmpuint (g_date_get_day (&referral->made_on), ==, 21);
  /* Read back the English way */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (made_on)), ==, "21/11/2026");

  /* Enter again with nothing new: no step */
  type_and_enter (made_to, "Northtown Private Sector Housing");
  g_assert_cmpuint (undo_depth (document), ==, depth + 3);

  /* Each undo takes back one step */
  undo (document);
  referral = hearth_assessment_get_referral (get_assessment (document));
  g_assert_null (referral->made_to);
  g_assert_cmpuint (g_date_get_day (&referral->made_on), ==, 20);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (made_to)), ==, "");
  undo (document);
  referral = hearth_assessment_get_referral (get_assessment (document));
  g_assert_false (g_date_valid (&referral->made_on));
  g_assert_cmpint (referral->status, ==, HEARTH_REFERRAL_MADE);
  undo (document);
  referral = hearth_assessment_get_referral (get_assessment (document));
  g_assert_cmpint (referral->status, ==, HEARTH_REFERRAL_NOT_CONSIDERED);
  g_assert_cmpuint (adw_combo_row_get_selected (status), ==, HEARTH_REFERRAL_NOT_CONSIDERED);

  destroy_window_and_document (window, document);
}

static const TextCase bad_dates[] = {
  { "month-13", "2026-13-01" },
  { "february-30", "30/2/2026" },
  { "one-digit-iso-month", "2026-1-05" },
  { "two-digit-year", "20/11/26" },
  { "mixed-separators", "20/11-2026" },
  { "words", "20 November 2026" },
  { "trailing", "20/11/2026x" },
};

static void
test_findings_referral_bad_date (gconstpointer data)
{
  const char *text = ((const TextCase *) data)->text;
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_findings_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwComboRow *status = get_row (panel, ADW_TYPE_COMBO_ROW, "Referral");
  AdwEntryRow *made_on = get_row (panel, ADW_TYPE_ENTRY_ROW, "Made On");
  const HearthReferral *referral;
  guint depth;

  adw_combo_row_set_selected (status, HEARTH_REFERRAL_MADE);
  run_main_loop_for (20);
  depth = undo_depth (document);

  type_and_enter (made_on, text);
  run_main_loop_for (20);

  /* Nothing recorded, the error shown, the text kept to be fixed */
  g_assert_cmpuint (undo_depth (document), ==, depth);
  referral = hearth_assessment_get_referral (get_assessment (document));
  g_assert_false (g_date_valid (&referral->made_on));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (made_on), "error"));
  g_assert_true (shows_text (panel, "Type a real date"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (made_on)), ==, text);

  /* Fixed: recorded, the error gone */
  type_and_enter (made_on, "1/12/2026");
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);
  referral = hearth_assessment_get_referral (get_assessment (document));
  g_assert_cmpuint (g_date_get_day (&referral->made_on), ==, 1);
  g_assert_cmpuint (g_date_get_month (&referral->made_on), ==, G_DATE_DECEMBER);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (made_on), "error"));
  run_main_loop_for (20);
  g_assert_false (shows_text (panel, "Type a real date"));

  destroy_window_and_document (window, document);
}

static void
test_findings_referral_reply_before_made (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_findings_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  guint depth;

  adw_combo_row_set_selected (get_row (panel, ADW_TYPE_COMBO_ROW, "Referral"), HEARTH_REFERRAL_MADE);
  type_and_enter (get_row (panel, ADW_TYPE_ENTRY_ROW, "Made On"), "20/11/2026");
  depth = undo_depth (document);

  type_and_enter (get_row (panel, ADW_TYPE_ENTRY_ROW, "Reply On"), "19/11/2026");
  g_assert_cmpuint (undo_depth (document), ==, depth);
  g_assert_false (g_date_valid (&hearth_assessment_get_referral (get_assessment (document))->reply_on));
  run_main_loop_for (20);
  g_assert_true (shows_text (panel, "cannot come before"));

  destroy_window_and_document (window, document);
}

static void
test_findings_referral_not_made (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_findings_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwEntryRow *note;
  guint depth = undo_depth (document);

  adw_combo_row_set_selected (get_row (panel, ADW_TYPE_COMBO_ROW, "Referral"),
                              HEARTH_REFERRAL_NOT_MADE);
  run_main_loop_for (20);
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);
  g_assert_true (shows_text (panel, "Say why"));

  note = get_row (panel, ADW_TYPE_ENTRY_ROW, "Why Not");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (note), "warning"));
  type_and_enter (note, "Family moving to a larger council home on 1 December");
  run_main_loop_for (20);
  g_assert_cmpuint (undo_depth (document), ==, depth + 2);
  g_assert_cmpstr (hearth_assessment_get_referral (get_assessment (document))->note, ==,
                   "Family moving to a larger council home on 1 December");
  g_assert_false (shows_text (panel, "Say why"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (note), "warning"));

  destroy_window_and_document (window, document);
}

static void
show_rooms_cb (HearthFindingsPanel  *panel,
               GStrv                 rooms,
               GStrv                *out)
{
  g_strfreev (*out);
  *out = g_strdupv (rooms);
}

static void
test_findings_show_rooms (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_findings_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  g_auto(GStrv) rooms = NULL;
  GtkWidget *row;

  g_signal_connect (panel, "show-rooms", G_CALLBACK (show_rooms_cb), &rooms);

  row = get_row (panel, ADW_TYPE_PREFERENCES_ROW, "Bedroom under 70 sq ft");
  click (row, "Show on");

  g_assert_nonnull (rooms);
  g_assert_cmpuint (g_strv_length (rooms), ==, 1);
  g_assert_cmpstr (rooms[0], ==, "box");

  destroy_window_and_document (window, document);
}

/* Hazards panel */

static AdwExpanderRow *
open_record_form (GtkWidget *panel)
{
  AdwExpanderRow *form = get_row (panel, ADW_TYPE_EXPANDER_ROW, "Record a Hazard");

  adw_expander_row_set_expanded (form, TRUE);
  run_main_loop_for (20);
  return form;
}

static guint
likelihood_position (int point)
{
  for (guint i = 0; i < hearth_hhsrs_get_n_likelihood_points (); i++)
    if (hearth_hhsrs_get_likelihood_point (i) == point)
      return i;

  g_assert_not_reached ();
}

static void
test_hazards_lists_recorded (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_hazards_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwExpanderRow *row = get_row (panel, ADW_TYPE_EXPANDER_ROW, "11 Crowding and space");
  AdwComboRow *likelihood = get_row (GTK_WIDGET (row), ADW_TYPE_COMBO_ROW, "Likelihood");

  /* 1199.64: band C, category 1 (see the top of the file) */
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "Score 1199.6, band C, category 1");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "category-1"));

  /* The form shows what is recorded */
  g_assert_cmpuint (adw_combo_row_get_selected (likelihood), ==, likelihood_position (100));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_row (GTK_WIDGET (row), ADW_TYPE_ENTRY_ROW, "Class III,"))),
                   ==, "31.6");
  g_assert_cmpstr (get_value (get_row (GTK_WIDGET (row), ADW_TYPE_ACTION_ROW, "Total")), ==, "100.0\u00a0%");
  g_assert_cmpstr (get_value (get_row (GTK_WIDGET (row), ADW_TYPE_ACTION_ROW, "Score")), ==, "1199.6");
  g_assert_cmpstr (get_subtitle (GTK_WIDGET (row), "Score"), ==,
                   "Band C, category 1: the council has a duty to act");
  /* The rooms recorded are ticked, named in the order of the plan */
  g_assert_cmpstr (get_subtitle (GTK_WIDGET (row), "Rooms"), ==, "Bedroom 1, Box room");
  g_assert_true (gtk_check_button_get_active (find_check (GTK_WIDGET (row), "Box room")));
  g_assert_false (gtk_check_button_get_active (find_check (GTK_WIDGET (row), "Bedroom 2")));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (find_text_view (GTK_WIDGET (row)));
    GtkTextIter start, end;
    g_autofree char *notes = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (notes, ==, "Four people share Bedroom 1; Amy's room is under 70 sq ft once the bulkhead is left out.");
  }

  destroy_window_and_document (window, document);
}

static void
test_hazards_record (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_hazards_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  GtkWidget *form = GTK_WIDGET (open_record_form (panel));
  GPtrArray *hazards = hearth_assessment_get_hazards (get_assessment (document));
  const HearthHazard *hazard;
  AdwExpanderRow *recorded;
  guint depth = undo_depth (document);

  adw_combo_row_set_selected (get_row (form, ADW_TYPE_COMBO_ROW, "Hazard"), 1 - 1);
  adw_combo_row_set_selected (get_row (form, ADW_TYPE_COMBO_ROW, "Likelihood"),
                              likelihood_position (1000));
  gtk_check_button_set_active (find_check (form, "Bathroom"), TRUE);
  type (form, "Class I,", "0");
  type (form, "Class II,", "0");
  type (form, "Class III,", "10");
  type (form, "Class IV,", "90");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (find_text_view (form)),
                            "Black mould on the bathroom ceiling", -1);
  g_assert_cmpstr (get_subtitle (form, "Rooms"), ==, "Bathroom");

  /* (0 + 0 + 300 × 10 + 10 × 90) / 1000 = 3900 / 1000 = 3.9: band J
   * (under 10), category 2 */
  g_assert_cmpstr (get_value (get_row (form, ADW_TYPE_ACTION_ROW, "Total")), ==, "100.0\u00a0%");
  g_assert_cmpstr (get_value (get_row (form, ADW_TYPE_ACTION_ROW, "Score")), ==, "3.9");
  g_assert_cmpstr (get_subtitle (form, "Score"), ==, "Band J, category 2: the council may act");
  g_assert_cmpuint (undo_depth (document), ==, depth);

  click (form, "Record Hazard");
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);
  g_assert_cmpuint (hazards->len, ==, 2);
  hazard = g_ptr_array_index (hazards, 1);
  g_assert_cmpint (hazard->number, ==, 1);
  g_assert_cmpint (hazard->likelihood_milli, ==, 1000000);
  g_assert_cmpint (hazard->spread_tenths[0], ==, 0);
  g_assert_cmpint (hazard->spread_tenths[1], ==, 0);
  g_assert_cmpint (hazard->spread_tenths[2], ==, 100);
  g_assert_cmpint (hazard->spread_tenths[3], ==, 900);
  g_assert_cmpuint (g_strv_length (hazard->rooms), ==, 1);
  g_assert_cmpstr (hazard->rooms[0], ==, "bath");
  g_assert_cmpstr (hazard->notes, ==, "Black mould on the bathroom ceiling");
  g_assert_cmpint (hearth_hazard_get_band (hazard), ==, HEARTH_HHSRS_BAND_J);
  g_assert_cmpint (hearth_hazard_get_category (hazard), ==, 2);

  /* It is listed; the form is empty again for the next one */
  recorded = get_row (panel, ADW_TYPE_EXPANDER_ROW, "1 Damp and mould growth");
  g_assert_cmpstr (adw_expander_row_get_subtitle (recorded), ==, "Score 3.9, band J, category 2");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (recorded), "category-1"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_row (form, ADW_TYPE_ENTRY_ROW, "Class IV,"))),
                   ==, "");

  undo (document);
  g_assert_cmpuint (hazards->len, ==, 1);
  g_assert_null (find_row (panel, ADW_TYPE_EXPANDER_ROW, "1 Damp and mould growth"));

  destroy_window_and_document (window, document);
}

static void
test_hazards_spread_not_100 (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_hazards_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  GtkWidget *form = GTK_WIDGET (open_record_form (panel));
  GPtrArray *hazards = hearth_assessment_get_hazards (get_assessment (document));
  guint depth = undo_depth (document);

  adw_combo_row_set_selected (get_row (form, ADW_TYPE_COMBO_ROW, "Likelihood"),
                              likelihood_position (100));
  /* 10.0 + 10.0 + 31.6 + 48.3 = 99.9 */
  type (form, "Class I,", "10");
  type (form, "Class II,", "10.0");
  type (form, "Class III,", "31.6");
  type (form, "Class IV,", "48.3");
  g_assert_cmpstr (get_value (get_row (form, ADW_TYPE_ACTION_ROW, "Total")), ==, "99.9\u00a0%");
  g_assert_cmpstr (get_value (get_row (form, ADW_TYPE_ACTION_ROW, "Score")), ==, "—");

  click (form, "Record Hazard");
  run_main_loop_for (20);
  g_assert_cmpuint (undo_depth (document), ==, depth);
  g_assert_cmpuint (hazards->len, ==, 1);
  g_assert_true (shows_text (form, "add up to 99.9 %"));

  /* 48.4 makes 100.0: recorded */
  type (form, "Class IV,", "48.4 %");
  g_assert_cmpstr (get_value (get_row (form, ADW_TYPE_ACTION_ROW, "Total")), ==, "100.0\u00a0%");
  click (form, "Record Hazard");
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);
  g_assert_cmpuint (hazards->len, ==, 2);

  destroy_window_and_document (window, document);
}

static const TextCase bad_spreads[] = {
  { "two-decimals", "31.66" },
  { "negative", "-1" },
  { "over-100", "100.1" },
  { "comma", "31,6" },
  { "words", "ten" },
  { "dot-only", "." },
};

static void
test_hazards_bad_spread (gconstpointer data)
{
  const char *text = ((const TextCase *) data)->text;
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_hazards_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  GtkWidget *form = GTK_WIDGET (open_record_form (panel));
  AdwEntryRow *class_iii;
  guint depth = undo_depth (document);

  adw_combo_row_set_selected (get_row (form, ADW_TYPE_COMBO_ROW, "Likelihood"),
                              likelihood_position (100));
  type (form, "Class IV,", "100");
  type (form, "Class III,", text);
  class_iii = get_row (form, ADW_TYPE_ENTRY_ROW, "Class III,");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (class_iii), "error"));

  click (form, "Record Hazard");
  g_assert_cmpuint (undo_depth (document), ==, depth);

  destroy_window_and_document (window, document);
}

static void
test_hazards_other_likelihood (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_hazards_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  GtkWidget *form = GTK_WIDGET (open_record_form (panel));
  GPtrArray *hazards = hearth_assessment_get_hazards (get_assessment (document));
  AdwEntryRow *other = get_row (form, ADW_TYPE_ENTRY_ROW, "Other Likelihood");
  const HearthHazard *hazard;
  guint depth = undo_depth (document);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (other)));
  adw_combo_row_set_selected (get_row (form, ADW_TYPE_COMBO_ROW, "Likelihood"),
                              hearth_hhsrs_get_n_likelihood_points ());
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (other)));

  /* 1 in 7.5, all class IV: 10 × 100 / 7.5 = 133.33: band F (100–199) */
  gtk_editable_set_text (GTK_EDITABLE (other), "7.5");
  type (form, "Class IV,", "100");
  g_assert_cmpstr (get_value (get_row (form, ADW_TYPE_ACTION_ROW, "Score")), ==, "133.3");
  g_assert_cmpstr (get_subtitle (form, "Score"), ==, "Band F, category 2: the council may act");

  click (form, "Record Hazard");
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);
  hazard = g_ptr_array_index (hazards, 1);
  g_assert_cmpint (hazard->likelihood_milli, ==, 7500);
  g_assert_cmpint (hazard->number, ==, 11);

  /* The recorded one shows "Other…" with 7.5 again */
  {
    AdwExpanderRow *rows[2] = { NULL, NULL };
    guint n = 0;

    for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_parent (GTK_WIDGET (get_row (panel, ADW_TYPE_EXPANDER_ROW, "11 Crowding"))));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (ADW_IS_EXPANDER_ROW (child) && n < 2)
        rows[n++] = ADW_EXPANDER_ROW (child);

    g_assert_cmpuint (n, ==, 2);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_row (GTK_WIDGET (rows[1]), ADW_TYPE_ENTRY_ROW, "Other Likelihood"))),
                     ==, "7.5");
  }

  destroy_window_and_document (window, document);
}

/* The likelihood is read exactly: 1 in 100.9 with 10 % in class I and 90 %
 * in class IV scores (100000 + 900) / 100.9 = 100900 / 100.9 = 1000.0
 * exactly, the bottom of band C; 1 in 100.901 scores 999.99, band D. */
typedef struct {
  const char      *name;
  const char      *likelihood;
  gint64           milli;
  HearthHhsrsBand  band;
  int              category;
} EdgeCase;

static const EdgeCase edge_cases[] = {
  { "at-1000", "100.9", 100900, HEARTH_HHSRS_BAND_C, 1 },
  { "under-1000", "100.901", 100901, HEARTH_HHSRS_BAND_D, 2 },
  { "leading-space", " 100.9 ", 100900, HEARTH_HHSRS_BAND_C, 1 },
};

static void
test_hazards_likelihood_exact (gconstpointer data)
{
  const EdgeCase *edge = data;
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_hazards_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  GtkWidget *form = GTK_WIDGET (open_record_form (panel));
  GPtrArray *hazards = hearth_assessment_get_hazards (get_assessment (document));
  const HearthHazard *hazard;
  g_autofree char *expected = NULL;

  adw_combo_row_set_selected (get_row (form, ADW_TYPE_COMBO_ROW, "Likelihood"),
                              hearth_hhsrs_get_n_likelihood_points ());
  type (form, "Other Likelihood", edge->likelihood);
  type (form, "Class I,", "10");
  type (form, "Class IV,", "90");

  expected = g_strdup_printf ("Band %c, category %d:", 'A' + edge->band, edge->category);
  g_assert_true (g_str_has_prefix (get_subtitle (form, "Score"), expected));

  click (form, "Record Hazard");
  hazard = g_ptr_array_index (hazards, 1);
  g_assert_cmpint (hazard->likelihood_milli, ==, edge->milli);
  g_assert_cmpint (hearth_hazard_get_band (hazard), ==, edge->band);

  destroy_window_and_document (window, document);
}

static const TextCase bad_likelihoods[] = {
  { "under-1", "0.5" },
  { "zero", "0" },
  { "four-decimals", "7.5001" },
  { "empty", "" },
  { "fraction", "1/8" },
};

static void
test_hazards_bad_likelihood (gconstpointer data)
{
  const char *text = ((const TextCase *) data)->text;
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_hazards_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  GtkWidget *form = GTK_WIDGET (open_record_form (panel));
  guint depth = undo_depth (document);

  adw_combo_row_set_selected (get_row (form, ADW_TYPE_COMBO_ROW, "Likelihood"),
                              hearth_hhsrs_get_n_likelihood_points ());
  type (form, "Other Likelihood", text);
  type (form, "Class IV,", "100");
  g_assert_cmpstr (get_value (get_row (form, ADW_TYPE_ACTION_ROW, "Score")), ==, "—");

  click (form, "Record Hazard");
  g_assert_cmpuint (undo_depth (document), ==, depth);
  run_main_loop_for (20);
  g_assert_true (shows_text (form, "Type the likelihood"));

  destroy_window_and_document (window, document);
}

static void
test_hazards_update_and_remove (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_hazards_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwExpanderRow *row = get_row (panel, ADW_TYPE_EXPANDER_ROW, "11 Crowding and space");
  GPtrArray *hazards = hearth_assessment_get_hazards (get_assessment (document));
  const HearthHazard *hazard;
  guint depth = undo_depth (document);

  adw_expander_row_set_expanded (row, TRUE);
  run_main_loop_for (20);

  /* Saving what is recorded changes nothing */
  click (GTK_WIDGET (row), "Save Changes");
  g_assert_cmpuint (undo_depth (document), ==, depth);

  /* 1 in 10: 119964 / 10 = 11996.4, band A (5000 or more) */
  adw_combo_row_set_selected (get_row (GTK_WIDGET (row), ADW_TYPE_COMBO_ROW, "Likelihood"),
                              likelihood_position (10));
  click (GTK_WIDGET (row), "Save Changes");
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);
  hazard = g_ptr_array_index (hazards, 0);
  g_assert_cmpint (hazard->likelihood_milli, ==, 10000);
  g_assert_cmpint (hearth_hazard_get_band (hazard), ==, HEARTH_HHSRS_BAND_A);
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "Score 11996.4, band A, category 1");

  undo (document);
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "Score 1199.6, band C, category 1");
  g_assert_cmpuint (adw_combo_row_get_selected (get_row (GTK_WIDGET (row), ADW_TYPE_COMBO_ROW, "Likelihood")),
                    ==, likelihood_position (100));

  click (GTK_WIDGET (row), "Remove Hazard");
  g_assert_cmpuint (undo_depth (document), ==, depth + 1);
  g_assert_cmpuint (hazards->len, ==, 0);
  run_main_loop_for (20);
  g_assert_true (shows_text (panel, "No hazards recorded yet"));

  undo (document);
  g_assert_cmpuint (hazards->len, ==, 1);
  g_assert_nonnull (find_row (panel, ADW_TYPE_EXPANDER_ROW, "11 Crowding and space"));

  destroy_window_and_document (window, document);
}

/* The evidence rows under @form, opened; checks there are ten, (a) to (j). */
static void
open_evidence (GtkWidget *form)
{
  AdwActionRow *evidence = get_row (form, ADW_TYPE_ACTION_ROW, "Evidence from the Plan");

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (evidence)));
  g_assert_false (gtk_widget_get_visible (get_row (form, ADW_TYPE_ACTION_ROW, "(a) ")));
  g_signal_emit_by_name (evidence, "activated");

  for (char letter = 'a'; letter <= 'j'; letter++)
    {
      g_autofree char *prefix = g_strdup_printf ("(%c) ", letter);

      g_assert_true (gtk_widget_get_visible (get_row (form, ADW_TYPE_ACTION_ROW, prefix)));
    }
}

static void
test_hazards_evidence (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_hazards_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  GtkWidget *row = get_row (panel, ADW_TYPE_EXPANDER_ROW, "11 Crowding and space");
  GtkWidget *form = GTK_WIDGET (open_record_form (panel));

  /* The box room is a bedroom: its size is evidence for (h) */
  open_evidence (row);
  g_assert_nonnull (strstr (get_subtitle (row, "(h) Bedroom size"), "Box room"));

  /* A new hazard starts as Crowding and space, with its evidence; another
   * hazard has none. */
  open_evidence (form);
  g_assert_nonnull (strstr (get_subtitle (form, "(h) Bedroom size"), "Box room"));
  adw_combo_row_set_selected (get_row (form, ADW_TYPE_COMBO_ROW, "Hazard"), 1 - 1);
  g_assert_false (gtk_widget_get_visible (get_row (form, ADW_TYPE_ACTION_ROW, "Evidence from the Plan")));
  g_assert_false (gtk_widget_get_visible (get_row (form, ADW_TYPE_ACTION_ROW, "(h) Bedroom size")));

  destroy_window_and_document (window, document);
}

static void
test_hazards_rooms_follow_plan (void)
{
  HearthDocument *document = load_example ();
  GtkWidget *panel = hearth_hazards_panel_new (document);
  GtkWindow *window = show_in_window (panel);
  AdwExpanderRow *row = get_row (panel, ADW_TYPE_EXPANDER_ROW, "11 Crowding and space");
  HearthRoom *box = hearth_assessment_find_room (get_assessment (document), "box", NULL);

  hearth_document_push (document, hearth_edit_set_room_name (get_assessment (document), box, "Small bedroom"));
  g_assert_true (gtk_check_button_get_active (find_check (GTK_WIDGET (row), "Small bedroom")));
  g_assert_null (find_check (GTK_WIDGET (row), "Box room"));
  g_assert_cmpstr (get_subtitle (GTK_WIDGET (row), "Rooms"), ==, "Bedroom 1, Small bedroom");

  destroy_window_and_document (window, document);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/findings/count", test_findings_count);
  g_test_add_func ("/findings/follow-edits", test_findings_follow_edits);
  g_test_add_func ("/findings/none", test_findings_none);
  g_test_add_func ("/findings/referral-group", test_findings_referral_group);
  g_test_add_func ("/findings/referral-made", test_findings_referral_made);
  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_autofree char *path = g_strdup_printf ("/findings/referral-bad-date/%s", bad_dates[i].name);
      g_test_add_data_func (path, &bad_dates[i], test_findings_referral_bad_date);
    }
  g_test_add_func ("/findings/referral-reply-before-made", test_findings_referral_reply_before_made);
  g_test_add_func ("/findings/referral-not-made", test_findings_referral_not_made);
  g_test_add_func ("/findings/show-rooms", test_findings_show_rooms);

  g_test_add_func ("/hazards/lists-recorded", test_hazards_lists_recorded);
  g_test_add_func ("/hazards/record", test_hazards_record);
  g_test_add_func ("/hazards/spread-not-100", test_hazards_spread_not_100);
  for (guint i = 0; i < G_N_ELEMENTS (bad_spreads); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hazards/bad-spread/%s", bad_spreads[i].name);
      g_test_add_data_func (path, &bad_spreads[i], test_hazards_bad_spread);
    }
  g_test_add_func ("/hazards/other-likelihood", test_hazards_other_likelihood);
  for (guint i = 0; i < G_N_ELEMENTS (edge_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hazards/likelihood-exact/%s", edge_cases[i].name);
      g_test_add_data_func (path, &edge_cases[i], test_hazards_likelihood_exact);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_likelihoods); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hazards/bad-likelihood/%s", bad_likelihoods[i].name);
      g_test_add_data_func (path, &bad_likelihoods[i], test_hazards_bad_likelihood);
    }
  g_test_add_func ("/hazards/update-and-remove", test_hazards_update_and_remove);
  g_test_add_func ("/hazards/evidence", test_hazards_evidence);
  g_test_add_func ("/hazards/rooms-follow-plan", test_hazards_rooms_follow_plan);

  return g_test_run ();
}
