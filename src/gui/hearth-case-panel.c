/* hearth-case-panel.c: the case details: reference, address, visit date,
 * assessor, HMO licence, plan and next review, and the assessment's notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change is one undoable edit pushed on the document: a copy of the
 * case details with one field changed (hearth_edit_set_case), or the notes
 * (hearth_edit_set_notes). Typed values apply on Enter or when focus leaves
 * the field, so that typing is one step, not one per key; choices apply at
 * once. A date that does not parse is never recorded: the field keeps what
 * was typed and says what is wrong, so that it can be corrected.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-field.h"
#include "hearth-case-panel.h"
#include "hearth-date.h"
#include "hearth-edit.h"
#include "hearth-gui-resources.h"

#define N_PLAN_TYPES (HEARTH_PLAN_TYPE_LOOKED_AFTER + 1)

struct _HearthCasePanel
{
  AdwBin               parent_instance;

  /* Template children */
  AdwEntryRow         *reference_row;
  AdwEntryRow         *address_row;
  AdwEntryRow         *assessor_row;
  AdwActionRow        *visit_row;
  GtkEntry            *visit_entry;
  GtkWidget           *visit_error_row;
  GtkLabel            *visit_error_label;
  GtkSwitch           *hmo_switch;
  AdwComboRow         *plan_row;
  GtkEntry            *review_entry;
  GtkWidget           *review_error_row;
  GtkLabel            *review_error_label;
  GtkTextView         *notes_view;

  /* State */
  HearthDocument      *document;
  /* What the panel last put in each typed field. A field whose text
   * differs is being edited, and a change made elsewhere (an undo, say)
   * leaves it alone. */
  char                *shown_reference;
  char                *shown_address;
  char                *shown_assessor;
  char                *shown_visit;
  char                *shown_review;
  char                *shown_notes;
  guint                updating;     /* > 0 while the panel sets its widgets */
};

G_DEFINE_FINAL_TYPE (HearthCasePanel, hearth_case_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum {
  TEXT_REFERENCE,
  TEXT_ADDRESS,
  TEXT_ASSESSOR,
} TextField;

typedef enum {
  DATE_VISIT,
  DATE_REVIEW,
} DateField;

/* Helpers */

static HearthAssessment *
get_assessment (HearthCasePanel *self)
{
  return hearth_document_get_assessment (self->document);
}

static gboolean
can_edit (HearthCasePanel *self)
{
  return self->document != NULL && self->updating == 0;
}

static const char *
empty_if_null (const char *text)
{
  return text != NULL ? text : "";
}

static char *
dup_notes_text (HearthCasePanel *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
sync_notes (HearthCasePanel *self,
            gboolean         force)
{
  const char *notes = empty_if_null (hearth_assessment_get_notes (get_assessment (self)));
  g_autofree char *current = dup_notes_text (self);

  if (!force && g_strcmp0 (current, empty_if_null (self->shown_notes)) != 0)
    return;

  if (g_strcmp0 (current, notes) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes, -1);

  g_free (self->shown_notes);
  self->shown_notes = g_strdup (notes);
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  gboolean a_valid = a != NULL && g_date_valid (a);
  gboolean b_valid = b != NULL && g_date_valid (b);

  if (!a_valid || !b_valid)
    return a_valid == b_valid;

  return g_date_compare (a, b) == 0;
}

static void
set_date_error (HearthCasePanel *self,
                DateField        field,
                const char      *message)
{
  if (field == DATE_VISIT)
    hearth_field_set_error (GTK_WIDGET (self->visit_entry), self->visit_error_row,
                            self->visit_error_label,
                            adw_action_row_get_subtitle (self->visit_row), message);
  else
    hearth_field_set_error (GTK_WIDGET (self->review_entry), self->review_error_row,
                            self->review_error_label,
                            /* Translators: the description a screen reader gives of
                             * the next review date field */
                            _("Day/month/year; leave empty when none is booked"), message);
}

/* The visit date row says what ages are worked out on, and repeats the
 * date in words so that a day typed the wrong way round shows. */
static void
update_visit_subtitle (HearthCasePanel *self)
{
  const GDate *visit = hearth_assessment_get_visit_date (get_assessment (self));
  g_autofree char *subtitle = NULL;

  if (visit != NULL && g_date_valid (visit))
    {
      g_autofree char *date = hearth_date_format_long (visit);

      /* Translators: under the visit date; %s is the date in words, e.g.
       * “Ages are worked out on 16 November 2026” */
      subtitle = g_strdup_printf (_("Ages are worked out on %s"), date);
    }
  else
    {
      subtitle = g_strdup (_("Ages are worked out on this date"));
    }

  adw_action_row_set_subtitle (self->visit_row, subtitle);
  if (!gtk_widget_get_visible (self->visit_error_row))
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->visit_entry),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                    -1);
}

static void
update (HearthCasePanel *self,
        gboolean         force)
{
  HearthAssessment *assessment;
  g_autofree char *visit = NULL;
  g_autofree char *review = NULL;

  if (self->document == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  assessment = get_assessment (self);
  visit = hearth_date_format_entry (hearth_assessment_get_visit_date (assessment));
  review = hearth_date_format_entry (hearth_assessment_get_next_review (assessment));

  self->updating++;

  hearth_field_sync_text (GTK_EDITABLE (self->reference_row), &self->shown_reference,
                          empty_if_null (hearth_assessment_get_reference (assessment)), force);
  hearth_field_sync_text (GTK_EDITABLE (self->address_row), &self->shown_address,
                          empty_if_null (hearth_assessment_get_address (assessment)), force);
  hearth_field_sync_text (GTK_EDITABLE (self->assessor_row), &self->shown_assessor,
                          empty_if_null (hearth_assessment_get_assessor (assessment)), force);
  hearth_field_sync_text (GTK_EDITABLE (self->visit_entry), &self->shown_visit, visit, force);
  hearth_field_sync_text (GTK_EDITABLE (self->review_entry), &self->shown_review, review, force);
  update_visit_subtitle (self);
  gtk_switch_set_active (self->hmo_switch, hearth_assessment_get_licensed_hmo (assessment));
  adw_combo_row_set_selected (self->plan_row, hearth_assessment_get_plan_type (assessment));
  sync_notes (self, force);

  self->updating--;
}

/* Applying typed values */

static void
push_case (HearthCasePanel   *self,
           HearthCaseDetails *details)
{
  hearth_document_push (self->document, hearth_edit_set_case (get_assessment (self), details));
}

static void
apply_text (HearthCasePanel *self,
            TextField        field)
{
  AdwEntryRow *row = NULL;
  char **shown = NULL;
  HearthCaseDetails details;
  char **value = NULL;
  g_autofree char *text = NULL;

  if (!can_edit (self))
    return;

  switch (field)
    {
    case TEXT_REFERENCE:
      row = self->reference_row;
      shown = &self->shown_reference;
      break;
    case TEXT_ADDRESS:
      row = self->address_row;
      shown = &self->shown_address;
      break;
    case TEXT_ASSESSOR:
    default:
      row = self->assessor_row;
      shown = &self->shown_assessor;
      break;
    }

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  hearth_case_details_init (&details, get_assessment (self));

  switch (field)
    {
    case TEXT_REFERENCE:
      value = &details.reference;
      break;
    case TEXT_ADDRESS:
      value = &details.address;
      break;
    case TEXT_ASSESSOR:
    default:
      value = &details.assessor;
      break;
    }

  /* Any of these may be left empty: not recorded. */
  if (g_strcmp0 (text, empty_if_null (*value)) != 0)
    {
      g_free (*value);
      *value = *text != '\0' ? g_strdup (text) : NULL;
      push_case (self, &details);
    }

  hearth_case_details_clear (&details);

  /* The field shows what was recorded, without the spaces around it. */
  self->updating++;
  switch (field)
    {
    case TEXT_REFERENCE:
      hearth_field_sync_text (GTK_EDITABLE (row), shown,
                              empty_if_null (hearth_assessment_get_reference (get_assessment (self))), TRUE);
      break;
    case TEXT_ADDRESS:
      hearth_field_sync_text (GTK_EDITABLE (row), shown,
                              empty_if_null (hearth_assessment_get_address (get_assessment (self))), TRUE);
      break;
    case TEXT_ASSESSOR:
    default:
      hearth_field_sync_text (GTK_EDITABLE (row), shown,
                              empty_if_null (hearth_assessment_get_assessor (get_assessment (self))), TRUE);
      break;
    }
  self->updating--;
}

static void
apply_date (HearthCasePanel *self,
            DateField        field)
{
  GtkEntry *entry = field == DATE_VISIT ? self->visit_entry : self->review_entry;
  char **shown = field == DATE_VISIT ? &self->shown_visit : &self->shown_review;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *formatted = NULL;
  HearthCaseDetails details;
  GDate *value;
  GDate date;

  if (!can_edit (self))
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*text == '\0' && field == DATE_REVIEW)
    {
      /* No review booked. */
      g_date_clear (&date, 1);
    }
  else if (*text == '\0')
    {
      set_date_error (self, field,
                      _("Enter the visit date, e.g. 16/11/2026: everyone’s age is worked out on it."));
      return;
    }
  else if (!hearth_date_parse_entry (text, &date, &error))
    {
      /* On error the text stays, so that it can be corrected. */
      set_date_error (self, field, error->message);
      return;
    }

  set_date_error (self, field, NULL);

  hearth_case_details_init (&details, get_assessment (self));
  value = field == DATE_VISIT ? &details.visit_date : &details.next_review;

  if (!dates_equal (&date, value))
    {
      *value = date;
      push_case (self, &details);
    }

  hearth_case_details_clear (&details);

  formatted = hearth_date_format_entry (field == DATE_VISIT
                                        ? hearth_assessment_get_visit_date (get_assessment (self))
                                        : hearth_assessment_get_next_review (get_assessment (self)));
  self->updating++;
  hearth_field_sync_text (GTK_EDITABLE (entry), shown, formatted, TRUE);
  self->updating--;
}

static void
apply_notes (HearthCasePanel *self)
{
  g_autofree char *notes = NULL;

  if (!can_edit (self))
    return;

  notes = dup_notes_text (self);

  if (g_strcmp0 (notes, empty_if_null (hearth_assessment_get_notes (get_assessment (self)))) != 0)
    hearth_document_push (self->document,
                          hearth_edit_set_notes (get_assessment (self), notes));

  self->updating++;
  sync_notes (self, TRUE);
  self->updating--;
}

/* What was typed goes to the document before the panel lets go of it.
 * Dates are left out: they may not be valid yet. */
static void
commit_pending (HearthCasePanel *self)
{
  apply_text (self, TEXT_REFERENCE);
  apply_text (self, TEXT_ADDRESS);
  apply_text (self, TEXT_ASSESSOR);
  apply_notes (self);
}

/* Callbacks */

static void
document_changed_cb (HearthCasePanel *self)
{
  update (self, FALSE);
}

static void
reference_row_activated_cb (HearthCasePanel *self)
{
  apply_text (self, TEXT_REFERENCE);
}

static void
reference_row_leave_cb (HearthCasePanel *self)
{
  apply_text (self, TEXT_REFERENCE);
}

static void
address_row_activated_cb (HearthCasePanel *self)
{
  apply_text (self, TEXT_ADDRESS);
}

static void
address_row_leave_cb (HearthCasePanel *self)
{
  apply_text (self, TEXT_ADDRESS);
}

static void
assessor_row_activated_cb (HearthCasePanel *self)
{
  apply_text (self, TEXT_ASSESSOR);
}

static void
assessor_row_leave_cb (HearthCasePanel *self)
{
  apply_text (self, TEXT_ASSESSOR);
}

static void
visit_entry_activated_cb (HearthCasePanel *self)
{
  apply_date (self, DATE_VISIT);
}

static void
visit_entry_leave_cb (HearthCasePanel *self)
{
  apply_date (self, DATE_VISIT);
}

static void
review_entry_activated_cb (HearthCasePanel *self)
{
  apply_date (self, DATE_REVIEW);
}

static void
review_entry_leave_cb (HearthCasePanel *self)
{
  apply_date (self, DATE_REVIEW);
}

static void
notes_view_leave_cb (HearthCasePanel *self)
{
  apply_notes (self);
}

static void
hmo_switch_active_cb (HearthCasePanel *self)
{
  gboolean active = gtk_switch_get_active (self->hmo_switch);
  HearthCaseDetails details;

  if (!can_edit (self) || active == hearth_assessment_get_licensed_hmo (get_assessment (self)))
    return;

  hearth_case_details_init (&details, get_assessment (self));
  details.licensed_hmo = active;
  push_case (self, &details);
  hearth_case_details_clear (&details);
}

static void
plan_row_selected_cb (HearthCasePanel *self)
{
  guint selected = adw_combo_row_get_selected (self->plan_row);
  HearthCaseDetails details;

  if (!can_edit (self) || selected >= N_PLAN_TYPES ||
      (HearthPlanType) selected == hearth_assessment_get_plan_type (get_assessment (self)))
    return;

  hearth_case_details_init (&details, get_assessment (self));
  details.plan_type = (HearthPlanType) selected;
  push_case (self, &details);
  hearth_case_details_clear (&details);
}

/* GObject overrides */

static void
hearth_case_panel_dispose (GObject *object)
{
  HearthCasePanel *self = HEARTH_CASE_PANEL (object);

  hearth_case_panel_set_document (self, NULL);

  /* The child is a template child, which gtk_widget_dispose_template()
   * would unparent behind AdwBin's back: let AdwBin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_CASE_PANEL);

  G_OBJECT_CLASS (hearth_case_panel_parent_class)->dispose (object);
}

static void
hearth_case_panel_finalize (GObject *object)
{
  HearthCasePanel *self = HEARTH_CASE_PANEL (object);

  g_clear_pointer (&self->shown_reference, g_free);
  g_clear_pointer (&self->shown_address, g_free);
  g_clear_pointer (&self->shown_assessor, g_free);
  g_clear_pointer (&self->shown_visit, g_free);
  g_clear_pointer (&self->shown_review, g_free);
  g_clear_pointer (&self->shown_notes, g_free);

  G_OBJECT_CLASS (hearth_case_panel_parent_class)->finalize (object);
}

static void
hearth_case_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HearthCasePanel *self = HEARTH_CASE_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_case_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HearthCasePanel *self = HEARTH_CASE_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hearth_case_panel_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
hearth_case_panel_class_init (HearthCasePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_case_panel_dispose;
  object_class->finalize = hearth_case_panel_finalize;
  object_class->get_property = hearth_case_panel_get_property;
  object_class->set_property = hearth_case_panel_set_property;

  /**
   * HearthCasePanel:document:
   *
   * The document whose case details are shown, or %NULL.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         HEARTH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) hearth_gui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-case-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, reference_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, address_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, assessor_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, visit_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, visit_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, visit_error_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, visit_error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, hmo_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, plan_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, review_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, review_error_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, review_error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCasePanel, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, reference_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, reference_row_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, address_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, address_row_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, assessor_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, assessor_row_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, visit_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, visit_entry_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, review_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, review_entry_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, notes_view_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, hmo_switch_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_row_selected_cb);

  gtk_widget_class_set_css_name (widget_class, "hearthcasepanel");
}

static void
hearth_case_panel_init (HearthCasePanel *self)
{
  g_autoptr(GtkStringList) plans = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combo's positions are the HearthPlanType values. */
  for (HearthPlanType type = 0; type < N_PLAN_TYPES; type++)
    gtk_string_list_append (plans, hearth_plan_type_get_label (type));

  self->updating++;
  adw_combo_row_set_model (self->plan_row, G_LIST_MODEL (plans));
  self->updating--;

  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

/* Public API */

GtkWidget *
hearth_case_panel_new (HearthDocument *document)
{
  g_return_val_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document), NULL);

  return g_object_new (HEARTH_TYPE_CASE_PANEL,
                       "document", document,
                       NULL);
}

HearthDocument *
hearth_case_panel_get_document (HearthCasePanel *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_PANEL (self), NULL);

  return self->document;
}

void
hearth_case_panel_set_document (HearthCasePanel *self,
                                HearthDocument  *document)
{
  g_return_if_fail (HEARTH_IS_CASE_PANEL (self));
  g_return_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document));

  if (document == self->document)
    return;

  if (self->document != NULL)
    {
      commit_pending (self);
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_clear_object (&self->document);
    }

  if (document != NULL)
    {
      self->document = g_object_ref (document);
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (document_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  set_date_error (self, DATE_VISIT, NULL);
  set_date_error (self, DATE_REVIEW, NULL);
  update (self, TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}
