/* hearth-sharing-panel.c: the sharing checklist: who has parental
 * responsibility, and what was shared with each of them, when and how
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Working Together 2023 (reference §6.2): the findings go to every holder
 * of parental responsibility, whether or not they live with the child,
 * unless that would put the child at risk or jeopardise a police
 * investigation, and the reason is recorded when they don't.
 *
 * "At a glance" comes first, so that a busy caseworker sees what is left
 * to do without opening anything. Then one expander row per holder. A
 * holder with no row in the checklist yet shows the defaults; the row is
 * created by the first change. Every change is one undoable edit of the
 * whole row (a copy with one field changed, hearth_edit_set_recipient()).
 * Typed values (the note, the date) apply on Enter or when focus leaves
 * the field; a date that does not parse is never recorded.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-edit.h"
#include "hearth-gui-resources.h"
#include "hearth-rules.h"
#include "hearth-sharing.h"
#include "hearth-field.h"
#include "hearth-sharing-panel.h"

#define N_SAFE_TO_SHARE (HEARTH_SAFE_TO_SHARE_NO + 1)
#define N_SHARE_METHODS (HEARTH_SHARE_METHOD_MEETING + 1)
/* The reason combo leaves out "none": its positions are the reasons - 1. */
#define N_REASONS       HEARTH_WITHHELD_REASON_OTHER

#define HOLDER_KEY      "hearth-sharing-holder"
#define PERSON_KEY      "hearth-sharing-person"
#define WITHHOLD_KIND   "hearth-withhold-kind"
#define WITHHOLD_RULE   "hearth-withhold-rule"

typedef struct _Holder Holder;

struct _HearthSharingPanel
{
  AdwBin               parent_instance;

  /* Template children */
  GtkListBox          *glance_list;
  GtkListBox          *holders_list;

  /* State */
  HearthDocument      *document;
  char                *glance_key;   /* what glance_list shows, see update_glance() */
  char                *holders_key;  /* whose rows holders_list has, see update_holders() */
  guint                updating;     /* > 0 while the panel sets its widgets */
};

G_DEFINE_FINAL_TYPE (HearthSharingPanel, hearth_sharing_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The widgets of one holder's expander row. Owned by the expander (set as
 * its data), so it lives exactly as long as the widgets it points to. */
struct _Holder
{
  HearthSharingPanel  *panel;          /* not owned: outlives its rows */
  char                *person;         /* person id */

  AdwExpanderRow      *expander;
  GtkWidget           *problem_icon;
  GtkSwitch           *details_switch;
  AdwComboRow         *safe_row;
  AdwComboRow         *reason_row;
  AdwEntryRow         *note_row;
  GtkWidget           *withhold_row;
  GtkBox              *withhold_checks;
  AdwEntryRow         *date_row;
  GtkWidget           *date_error_row;
  GtkLabel            *date_error_label;
  AdwComboRow         *method_row;
  GtkSwitch           *plan_switch;
  GtkSwitch           *invite_switch;

  char                *withhold_key;   /* which checks withhold_checks has */
  /* What the panel last put in each typed field; see hearth_field_sync_text(). */
  char                *shown_note;
  char                *shown_date;
};

typedef enum {
  WITHHOLD_ADDRESS,
  WITHHOLD_RESIDENTS,
  WITHHOLD_FINDING,
} WithholdKind;

typedef enum {
  SWITCH_DETAILS_KNOWN,
  SWITCH_IN_PLAN,
  SWITCH_REVIEW_INVITE,
} SwitchField;

/* Helpers */

static HearthAssessment *
get_assessment (HearthSharingPanel *self)
{
  return hearth_document_get_assessment (self->document);
}

static const char *
empty_if_null (const char *text)
{
  return text != NULL ? text : "";
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static const char *
person_name (HearthPerson *person)
{
  const char *name = hearth_person_get_name (person);

  return name != NULL && *name != '\0' ? name : hearth_person_get_id (person);
}

/* The holders of parental responsibility, resident or not, in household
 * order (borrowed). */
static GPtrArray *
get_holders (HearthAssessment *assessment)
{
  GPtrArray *persons = hearth_assessment_get_persons (assessment);
  GPtrArray *holders = g_ptr_array_new ();

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);

      if (hearth_person_get_parental_responsibility (person))
        g_ptr_array_add (holders, person);
    }

  return holders;
}

/* The rule ids of the current findings, each once, in the findings' order. */
static GPtrArray *
get_finding_rules (HearthAssessment *assessment)
{
  g_autoptr(GPtrArray) findings = hearth_check (assessment, NULL);
  GPtrArray *rules = g_ptr_array_new ();

  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *finding = g_ptr_array_index (findings, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < rules->len && !seen; j++)
        seen = g_str_equal (g_ptr_array_index (rules, j), finding->rule);

      /* Rule ids are static strings: they outlive the findings. */
      if (!seen)
        g_ptr_array_add (rules, (gpointer) finding->rule);
    }

  return rules;
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

/* Marks @widget invalid with @message as what a screen reader says about
 * it, or valid again when @message is NULL. */
static void
set_invalid (GtkWidget  *widget,
             const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (widget),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* Shows or hides a row's only prefix. AdwExpanderRow 1.2 keeps the boxes
 * around its prefixes in sight once they have had one, and they would
 * still indent the title: they go with the prefix when it is all they
 * hold. */
static void
set_prefix_visible (GtkWidget *prefix,
                    gboolean   visible)
{
  GtkWidget *widget = prefix;
  GtkWidget *parent;

  gtk_widget_set_visible (prefix, visible);

  while ((parent = gtk_widget_get_parent (widget)) != NULL && GTK_IS_BOX (parent) &&
         gtk_widget_get_first_child (parent) == widget &&
         gtk_widget_get_last_child (parent) == widget)
    {
      gtk_widget_set_visible (parent, visible);
      widget = parent;
    }
}

/* "Not assessed yet", "Shared in person on 16 November 2026", "Not shared:
 * risk to the child", with "Lives elsewhere" first for a holder who does
 * not live with the child. */
static char *
format_status (HearthPerson          *person,
               const HearthRecipient *recipient)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = hearth_date_format_long (&recipient->shared_on);
  gboolean shared = g_date_valid (&recipient->shared_on);
  char *status = NULL;

  if (!hearth_person_get_resident (person))
    /* Translators: a holder of parental responsibility who does not live
     * with the child; one part of “Lives elsewhere · Not assessed yet” */
    g_ptr_array_add (parts, g_strdup (_("Lives elsewhere")));

  switch (recipient->safe_to_share)
    {
    case HEARTH_SAFE_TO_SHARE_YES:
      if (shared)
        {
          switch (recipient->method)
            {
            case HEARTH_SHARE_METHOD_IN_PERSON:
              /* Translators: %s is a date, e.g. “16 November 2026” */
              status = g_strdup_printf (_("Shared in person on %s"), date);
              break;
            case HEARTH_SHARE_METHOD_LETTER:
              /* Translators: %s is a date, e.g. “16 November 2026” */
              status = g_strdup_printf (_("Shared by letter on %s"), date);
              break;
            case HEARTH_SHARE_METHOD_EMAIL:
              /* Translators: %s is a date, e.g. “16 November 2026” */
              status = g_strdup_printf (_("Shared by email on %s"), date);
              break;
            case HEARTH_SHARE_METHOD_MEETING:
              /* Translators: %s is a date, e.g. “16 November 2026” */
              status = g_strdup_printf (_("Shared at a meeting on %s"), date);
              break;
            case HEARTH_SHARE_METHOD_NONE:
            default:
              /* Translators: %s is a date, e.g. “16 November 2026”; how
               * the findings were shared is not recorded yet */
              status = g_strdup_printf (_("Shared on %s"), date);
              break;
            }
        }
      else
        {
          /* Translators: the findings can be shared with this person,
           * but no date of sharing is recorded yet */
          status = g_strdup (_("Safe to share, not shared yet"));
        }
      g_ptr_array_add (parts, status);

      if (recipient->withhold_address || recipient->withhold_residents ||
          (recipient->withhold_findings != NULL && recipient->withhold_findings[0] != NULL))
        /* Translators: part of the findings is not shared with this person */
        g_ptr_array_add (parts, g_strdup (_("Some details withheld")));
      break;

    case HEARTH_SAFE_TO_SHARE_NO:
      switch (recipient->withheld_reason)
        {
        case HEARTH_WITHHELD_REASON_RISK_TO_CHILD:
          /* Translators: a holder's status: the findings are not shared
           * with them, and why */
          g_ptr_array_add (parts, g_strdup (_("Not shared: risk to the child")));
          break;
        case HEARTH_WITHHELD_REASON_POLICE_INVESTIGATION:
          g_ptr_array_add (parts, g_strdup (_("Not shared: police investigation")));
          break;
        case HEARTH_WITHHELD_REASON_OTHER:
          g_ptr_array_add (parts, g_strdup (_("Not shared: other reason")));
          break;
        case HEARTH_WITHHELD_REASON_NONE:
        default:
          /* Translators: the findings are not shared and no reason is
           * recorded yet */
          g_ptr_array_add (parts, g_strdup (_("Not shared: reason not given")));
          break;
        }
      break;

    case HEARTH_SAFE_TO_SHARE_NOT_ASSESSED:
    default:
      /* Translators: nobody has decided yet whether the findings can be
       * shared with this person */
      g_ptr_array_add (parts, g_strdup (_("Not assessed yet")));
      break;
    }

  g_ptr_array_add (parts, NULL);

  /* Translators: separates the parts of a holder's status, as in
   * “Lives elsewhere · Not assessed yet” */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/* Holders */

static void
holder_free (Holder *holder)
{
  g_free (holder->person);
  g_free (holder->withhold_key);
  g_free (holder->shown_note);
  g_free (holder->shown_date);
  g_free (holder);
}

static Holder *
get_holder (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), HOLDER_KEY);
}

static Holder *
find_holder (HearthSharingPanel *self,
             const char         *person)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->holders_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Holder *holder = get_holder (child);

      if (holder != NULL && g_strcmp0 (holder->person, person) == 0)
        return holder;
    }

  return NULL;
}

/* The holder's row in the checklist, or NULL when there is none yet. */
static HearthRecipient *
holder_get_recipient (Holder *holder)
{
  return hearth_assessment_find_recipient (get_assessment (holder->panel),
                                           holder->person, NULL);
}

/* A copy of the holder's row to change one field in; a new row with the
 * defaults when there is none yet. */
static HearthRecipient *
holder_dup_recipient (Holder *holder)
{
  HearthRecipient *recipient = holder_get_recipient (holder);

  if (recipient != NULL)
    return hearth_recipient_copy (recipient);

  return hearth_recipient_new (holder->person);
}

/* Whether the holder's row can be edited: the panel has a document, is not
 * setting its own widgets, and the person still has parental
 * responsibility (an undo may have changed that). */
static gboolean
holder_can_edit (Holder *holder)
{
  HearthSharingPanel *self = holder->panel;
  HearthPerson *person;

  if (self->document == NULL || self->updating > 0)
    return FALSE;

  person = hearth_assessment_find_person (get_assessment (self), holder->person);
  return person != NULL && hearth_person_get_parental_responsibility (person);
}

static void
holder_push (Holder          *holder,
             HearthRecipient *recipient)
{
  HearthSharingPanel *self = holder->panel;

  hearth_document_push (self->document,
                        hearth_edit_set_recipient (get_assessment (self), recipient));
}

static void
holder_set_date_error (Holder     *holder,
                       const char *message)
{
  gtk_label_set_label (holder->date_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (holder->date_error_row, message != NULL);
  set_invalid (GTK_WIDGET (holder->date_row), message);
}

static void
holder_apply_note (Holder *holder)
{
  HearthRecipient *recipient;
  g_autofree char *note = NULL;

  if (!holder_can_edit (holder))
    return;

  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (holder->note_row))));
  recipient = holder_get_recipient (holder);

  if (g_strcmp0 (note, empty_if_null (recipient != NULL ? recipient->withheld_note : NULL)) != 0)
    {
      g_autoptr(HearthRecipient) copy = holder_dup_recipient (holder);

      g_free (copy->withheld_note);
      copy->withheld_note = *note != '\0' ? g_steal_pointer (&note) : NULL;
      holder_push (holder, copy);
    }

  recipient = holder_get_recipient (holder);
  holder->panel->updating++;
  hearth_field_sync_text (GTK_EDITABLE (holder->note_row), &holder->shown_note,
                          empty_if_null (recipient != NULL ? recipient->withheld_note : NULL), TRUE);
  holder->panel->updating--;
}

static void
holder_apply_date (Holder *holder)
{
  HearthRecipient *recipient;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  GDate date;

  if (!holder_can_edit (holder))
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (holder->date_row))));

  if (*text == '\0')
    {
      /* Not shared yet. */
      g_date_clear (&date, 1);
    }
  else if (!hearth_date_parse_entry (text, &date, &error))
    {
      /* On error the text stays, so that it can be corrected. */
      holder_set_date_error (holder, error->message);
      return;
    }

  holder_set_date_error (holder, NULL);

  recipient = holder_get_recipient (holder);
  if (!dates_equal (&date, recipient != NULL ? &recipient->shared_on : NULL))
    {
      g_autoptr(HearthRecipient) copy = holder_dup_recipient (holder);

      copy->shared_on = date;
      holder_push (holder, copy);
    }

  recipient = holder_get_recipient (holder);
  shown = hearth_date_format_entry (recipient != NULL ? &recipient->shared_on : NULL);
  holder->panel->updating++;
  hearth_field_sync_text (GTK_EDITABLE (holder->date_row), &holder->shown_date, shown, TRUE);
  holder->panel->updating--;
}

/* Holder callbacks */

static void
holder_switch_active_cb (GtkSwitch  *sw,
                         GParamSpec *pspec,
                         Holder     *holder)
{
  SwitchField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (sw), "hearth-field"));
  gboolean active = gtk_switch_get_active (sw);
  g_autoptr(HearthRecipient) copy = NULL;
  gboolean *value;

  if (!holder_can_edit (holder))
    return;

  copy = holder_dup_recipient (holder);

  switch (field)
    {
    case SWITCH_DETAILS_KNOWN:
      value = &copy->details_known;
      break;
    case SWITCH_IN_PLAN:
      value = &copy->in_plan;
      break;
    case SWITCH_REVIEW_INVITE:
    default:
      value = &copy->review_invite;
      break;
    }

  if (*value == active)
    return;

  *value = active;
  holder_push (holder, copy);
}

static void
holder_safe_selected_cb (Holder *holder)
{
  guint selected = adw_combo_row_get_selected (holder->safe_row);
  g_autoptr(HearthRecipient) copy = NULL;

  if (!holder_can_edit (holder) || selected >= N_SAFE_TO_SHARE)
    return;

  copy = holder_dup_recipient (holder);
  if (copy->safe_to_share == (HearthSafeToShare) selected)
    return;

  copy->safe_to_share = (HearthSafeToShare) selected;
  holder_push (holder, copy);
}

static void
holder_reason_selected_cb (Holder *holder)
{
  guint selected = adw_combo_row_get_selected (holder->reason_row);
  g_autoptr(HearthRecipient) copy = NULL;

  if (!holder_can_edit (holder) || selected >= N_REASONS)
    return;

  copy = holder_dup_recipient (holder);
  if (copy->withheld_reason == (HearthWithheldReason) (selected + 1))
    return;

  copy->withheld_reason = (HearthWithheldReason) (selected + 1);
  holder_push (holder, copy);
}

static void
holder_method_selected_cb (Holder *holder)
{
  guint selected = adw_combo_row_get_selected (holder->method_row);
  g_autoptr(HearthRecipient) copy = NULL;

  if (!holder_can_edit (holder) || selected >= N_SHARE_METHODS)
    return;

  copy = holder_dup_recipient (holder);
  if (copy->method == (HearthShareMethod) selected)
    return;

  copy->method = (HearthShareMethod) selected;
  holder_push (holder, copy);
}

static void
holder_withhold_toggled_cb (GtkCheckButton *check,
                            Holder         *holder)
{
  WithholdKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), WITHHOLD_KIND));
  const char *rule = g_object_get_data (G_OBJECT (check), WITHHOLD_RULE);
  gboolean active = gtk_check_button_get_active (check);
  g_autoptr(HearthRecipient) copy = NULL;

  if (!holder_can_edit (holder))
    return;

  copy = holder_dup_recipient (holder);

  switch (kind)
    {
    case WITHHOLD_ADDRESS:
      if (copy->withhold_address == active)
        return;
      copy->withhold_address = active;
      break;

    case WITHHOLD_RESIDENTS:
      if (copy->withhold_residents == active)
        return;
      copy->withhold_residents = active;
      break;

    case WITHHOLD_FINDING:
    default:
      {
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        gboolean withheld = copy->withhold_findings != NULL &&
                            g_strv_contains ((const char * const *) copy->withhold_findings, rule);

        if (withheld == active)
          return;

        for (guint i = 0; copy->withhold_findings != NULL && copy->withhold_findings[i] != NULL; i++)
          if (!g_str_equal (copy->withhold_findings[i], rule))
            g_strv_builder_add (builder, copy->withhold_findings[i]);
        if (active)
          g_strv_builder_add (builder, rule);

        g_strfreev (copy->withhold_findings);
        copy->withhold_findings = g_strv_builder_end (builder);
      }
      break;
    }

  holder_push (holder, copy);
}

static void
holder_note_activated_cb (Holder *holder)
{
  holder_apply_note (holder);
}

static void
holder_note_leave_cb (Holder *holder)
{
  holder_apply_note (holder);
}

static void
holder_date_activated_cb (Holder *holder)
{
  holder_apply_date (holder);
}

static void
holder_date_leave_cb (Holder *holder)
{
  holder_apply_date (holder);
}

/* Building a holder's row */

static GtkSwitch *
add_switch_row (Holder      *holder,
                SwitchField  field,
                const char  *title,
                const char  *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  if (subtitle != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (sw),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                    -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);

  g_object_set_data (G_OBJECT (sw), "hearth-field", GINT_TO_POINTER (field));
  g_signal_connect (sw, "notify::active", G_CALLBACK (holder_switch_active_cb), holder);

  adw_expander_row_add_row (holder->expander, row);
  return GTK_SWITCH (sw);
}

static AdwComboRow *
add_combo_row (Holder      *holder,
               const char  *title,
               const char **labels,
               guint        n_labels,
               GCallback    selected_cb)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < n_labels; i++)
    gtk_string_list_append (model, labels[i]);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  g_signal_connect_swapped (row, "notify::selected", selected_cb, holder);

  adw_expander_row_add_row (holder->expander, row);
  return ADW_COMBO_ROW (row);
}

static AdwEntryRow *
add_entry_row (Holder     *holder,
               const char *title,
               GCallback   activated_cb,
               GCallback   leave_cb)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_swapped (row, "entry-activated", activated_cb, holder);
  g_signal_connect_swapped (focus, "leave", leave_cb, holder);
  gtk_widget_add_controller (row, focus);

  adw_expander_row_add_row (holder->expander, row);
  return ADW_ENTRY_ROW (row);
}

/* A row under a typed field that says what is wrong with it. */
static GtkWidget *
add_error_row (Holder    *holder,
               GtkLabel **label_out)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "margin-top", 6,
                                   "margin-bottom", 6,
                                   "margin-start", 12,
                                   "margin-end", 12,
                                   NULL);
  GtkWidget *row = g_object_new (GTK_TYPE_LIST_BOX_ROW,
                                 "activatable", FALSE,
                                 "selectable", FALSE,
                                 "focusable", FALSE,
                                 "visible", FALSE,
                                 "child", label,
                                 NULL);

  gtk_widget_add_css_class (label, "error");
  adw_expander_row_add_row (holder->expander, row);

  *label_out = GTK_LABEL (label);
  return row;
}

/* "Leave out when sharing": the home address, the other residents'
 * details and each finding, as check buttons in a group. */
static void
add_withhold_row (Holder     *holder,
                  const char *name)
{
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "orientation", GTK_ORIENTATION_VERTICAL,
                                 "spacing", 6,
                                 "margin-top", 12,
                                 "margin-bottom", 12,
                                 "margin-start", 12,
                                 "margin-end", 12,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                 NULL);
  /* Translators: heads the list of what is not shared with a holder of
   * parental responsibility: the home address, other residents' details,
   * findings */
  GtkWidget *heading = gtk_label_new (_("Leave Out When Sharing"));
  GtkWidget *checks = g_object_new (GTK_TYPE_BOX,
                                    "orientation", GTK_ORIENTATION_VERTICAL,
                                    "spacing", 0,
                                    NULL);
  g_autofree char *group_label = NULL;

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), checks);

  /* Translators: the accessible name of a group of check boxes; %s is a
   * person's name */
  group_label = g_strdup_printf (_("Leave out when sharing with %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, group_label,
                                  -1);

  holder->withhold_checks = GTK_BOX (checks);
  holder->withhold_row = g_object_new (GTK_TYPE_LIST_BOX_ROW,
                                       "activatable", FALSE,
                                       "selectable", FALSE,
                                       "focusable", FALSE,
                                       "child", box,
                                       NULL);
  adw_expander_row_add_row (holder->expander, holder->withhold_row);
}

static GtkWidget *
create_holder_row (HearthSharingPanel *self,
                   HearthPerson       *person)
{
  Holder *holder = g_new0 (Holder, 1);
  const char *safe_labels[N_SAFE_TO_SHARE];
  const char *reason_labels[N_REASONS];
  const char *method_labels[N_SHARE_METHODS];
  GtkWidget *icon;

  holder->panel = self;
  holder->person = g_strdup (hearth_person_get_id (person));
  holder->expander = ADW_EXPANDER_ROW (g_object_new (ADW_TYPE_EXPANDER_ROW,
                                                     "use-markup", FALSE,
                                                     NULL));
  g_object_set_data_full (G_OBJECT (holder->expander), HOLDER_KEY, holder,
                          (GDestroyNotify) holder_free);

  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_visible (icon, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  /* Translators: the accessible name of a warning icon */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Needs attention"),
                                  -1);
  adw_expander_row_add_prefix (holder->expander, icon);
  holder->problem_icon = icon;

  /* Translators: a switch: whether there is a way to reach this holder of
   * parental responsibility */
  holder->details_switch = add_switch_row (holder, SWITCH_DETAILS_KNOWN,
                                           _("Contact Details Known"),
                                           _("An address, phone number or email to reach them"));

  for (guint i = 0; i < N_SAFE_TO_SHARE; i++)
    safe_labels[i] = hearth_safe_to_share_get_label ((HearthSafeToShare) i);
  /* Translators: whether the findings can be shared with this person
   * without putting the child at risk; the choices are “Not assessed
   * yet”, “Yes” and “No” */
  holder->safe_row = add_combo_row (holder, _("Safe to Share"),
                                    safe_labels, N_SAFE_TO_SHARE,
                                    G_CALLBACK (holder_safe_selected_cb));

  for (guint i = 0; i < N_REASONS; i++)
    reason_labels[i] = hearth_withheld_reason_get_label ((HearthWithheldReason) (i + 1));
  /* Translators: why the findings are not shared with this person */
  holder->reason_row = add_combo_row (holder, _("Reason Not Shared"),
                                      reason_labels, N_REASONS,
                                      G_CALLBACK (holder_reason_selected_cb));

  /* Translators: a free-text note on why the findings are not shared */
  holder->note_row = add_entry_row (holder, _("Note"),
                                    G_CALLBACK (holder_note_activated_cb),
                                    G_CALLBACK (holder_note_leave_cb));

  add_withhold_row (holder, person_name (person));

  /* Translators: the title of a date field, with an example date as
   * day/month/year */
  holder->date_row = add_entry_row (holder, _("Shared On, e.g. 16/11/2026"),
                                    G_CALLBACK (holder_date_activated_cb),
                                    G_CALLBACK (holder_date_leave_cb));
  holder->date_error_row = add_error_row (holder, &holder->date_error_label);

  for (guint i = 0; i < N_SHARE_METHODS; i++)
    method_labels[i] = hearth_share_method_get_label ((HearthShareMethod) i);
  /* Translators: how the findings were shared: in person, by letter… */
  holder->method_row = add_combo_row (holder, _("How"),
                                      method_labels, N_SHARE_METHODS,
                                      G_CALLBACK (holder_method_selected_cb));

  /* Translators: switches: whether this person gets the plan, and is
   * invited to the meeting that reviews it */
  holder->plan_switch = add_switch_row (holder, SWITCH_IN_PLAN,
                                        _("Included in the Plan Documents"), NULL);
  holder->invite_switch = add_switch_row (holder, SWITCH_REVIEW_INVITE,
                                          _("Invited to the Review Meeting"), NULL);

  return GTK_WIDGET (holder->expander);
}

/* The check buttons are rebuilt only when the findings change, so that
 * ticking one does not take focus away from it. */
static void
sync_withhold_checks (Holder                *holder,
                      const HearthRecipient *recipient,
                      GPtrArray             *finding_rules)
{
  g_autoptr(GPtrArray) rules = g_ptr_array_new ();
  g_autoptr(GString) key = g_string_new (NULL);
  GtkWidget *child;

  /* The current findings, then any withheld finding no longer found, so
   * that it can still be unticked. */
  for (guint i = 0; i < finding_rules->len; i++)
    g_ptr_array_add (rules, g_ptr_array_index (finding_rules, i));
  for (guint i = 0; recipient->withhold_findings != NULL && recipient->withhold_findings[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (rules, recipient->withhold_findings[i], g_str_equal, NULL))
      g_ptr_array_add (rules, recipient->withhold_findings[i]);

  for (guint i = 0; i < rules->len; i++)
    g_string_append_printf (key, "%s\n", (const char *) g_ptr_array_index (rules, i));

  if (g_strcmp0 (key->str, holder->withhold_key) != 0)
    {
      g_free (holder->withhold_key);
      holder->withhold_key = g_strdup (key->str);

      while ((child = gtk_widget_get_first_child (GTK_WIDGET (holder->withhold_checks))) != NULL)
        gtk_box_remove (holder->withhold_checks, child);

      for (guint i = 0; i < rules->len + 2; i++)
        {
          GtkWidget *check;
          WithholdKind kind;
          const char *label;

          if (i == 0)
            {
              kind = WITHHOLD_ADDRESS;
              /* Translators: withheld when sharing: the child's home address */
              label = _("Home address");
            }
          else if (i == 1)
            {
              kind = WITHHOLD_RESIDENTS;
              /* Translators: withheld when sharing: details of the other
               * people living in the home */
              label = _("Other residents’ details");
            }
          else
            {
              kind = WITHHOLD_FINDING;
              label = hearth_rule_get_title (g_ptr_array_index (rules, i - 2));
              if (label == NULL)
                label = g_ptr_array_index (rules, i - 2);
            }

          check = gtk_check_button_new_with_label (label);
          g_object_set_data (G_OBJECT (check), WITHHOLD_KIND, GINT_TO_POINTER (kind));
          if (kind == WITHHOLD_FINDING)
            g_object_set_data_full (G_OBJECT (check), WITHHOLD_RULE,
                                    g_strdup (g_ptr_array_index (rules, i - 2)), g_free);
          g_signal_connect (check, "toggled", G_CALLBACK (holder_withhold_toggled_cb), holder);
          gtk_box_append (holder->withhold_checks, check);
        }
    }

  for (child = gtk_widget_get_first_child (GTK_WIDGET (holder->withhold_checks));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      WithholdKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), WITHHOLD_KIND));
      const char *rule = g_object_get_data (G_OBJECT (child), WITHHOLD_RULE);
      gboolean active;

      if (kind == WITHHOLD_ADDRESS)
        active = recipient->withhold_address;
      else if (kind == WITHHOLD_RESIDENTS)
        active = recipient->withhold_residents;
      else
        active = recipient->withhold_findings != NULL &&
                 g_strv_contains ((const char * const *) recipient->withhold_findings, rule);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), active);
    }
}

/* The first problem with @person's sharing, or NULL. */
static HearthSharingProblem *
find_problem (GPtrArray  *problems,
              const char *person)
{
  for (guint i = 0; i < problems->len; i++)
    {
      HearthSharingProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->person, person) == 0)
        return problem;
    }

  return NULL;
}

static void
sync_holder (Holder       *holder,
             HearthPerson *person,
             GPtrArray    *problems,
             GPtrArray    *finding_rules,
             gboolean      force)
{
  HearthRecipient *row = holder_get_recipient (holder);
  g_autoptr(HearthRecipient) defaults = NULL;
  const HearthRecipient *recipient;
  HearthSharingProblem *problem = find_problem (problems, holder->person);
  g_autofree char *status = NULL;
  g_autofree char *date = NULL;
  gboolean no = FALSE;
  gboolean yes = FALSE;
  gboolean has_note;

  if (row == NULL)
    defaults = hearth_recipient_new (holder->person);
  recipient = row != NULL ? row : defaults;
  no = recipient->safe_to_share == HEARTH_SAFE_TO_SHARE_NO;
  yes = recipient->safe_to_share == HEARTH_SAFE_TO_SHARE_YES;
  has_note = !is_blank (recipient->withheld_note);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (holder->expander), person_name (person));
  status = format_status (person, recipient);
  adw_expander_row_set_subtitle (holder->expander, status);

  /* What is wrong, beside the name and for a screen reader. */
  set_prefix_visible (holder->problem_icon,
                      problem != NULL && problem->kind != HEARTH_SHARING_NOT_CONSIDERED);
  gtk_widget_set_tooltip_text (holder->problem_icon, problem != NULL ? problem->message : NULL);
  if (problem != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (holder->expander),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problem->message,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (holder->expander),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  gtk_switch_set_active (holder->details_switch, recipient->details_known);
  adw_combo_row_set_selected (holder->safe_row, recipient->safe_to_share);

  /* Why not: only for "No", and a "No" needs a reason. */
  gtk_widget_set_visible (GTK_WIDGET (holder->reason_row), no);
  adw_combo_row_set_selected (holder->reason_row,
                              recipient->withheld_reason == HEARTH_WITHHELD_REASON_NONE
                              ? GTK_INVALID_LIST_POSITION
                              : (guint) recipient->withheld_reason - 1);
  if (no && recipient->withheld_reason == HEARTH_WITHHELD_REASON_NONE)
    {
      /* Translators: shown under “Reason Not Shared” until one is chosen */
      adw_action_row_set_subtitle (ADW_ACTION_ROW (holder->reason_row), _("Say why"));
      set_invalid (GTK_WIDGET (holder->reason_row), _("Say why"));
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (holder->reason_row), "");
      set_invalid (GTK_WIDGET (holder->reason_row), NULL);
    }

  /* The note stays in sight while it says something. */
  gtk_widget_set_visible (GTK_WIDGET (holder->note_row), no || has_note);
  if (no && recipient->withheld_reason == HEARTH_WITHHELD_REASON_OTHER)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (holder->note_row),
                                     _("Note: What the Other Reason Is"));
      set_invalid (GTK_WIDGET (holder->note_row),
                   has_note ? NULL : _("Say what the other reason is"));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (holder->note_row), _("Note"));
      set_invalid (GTK_WIDGET (holder->note_row), NULL);
    }
  hearth_field_sync_text (GTK_EDITABLE (holder->note_row), &holder->shown_note,
                          empty_if_null (recipient->withheld_note), force);

  gtk_widget_set_visible (holder->withhold_row,
                          yes || recipient->withhold_address || recipient->withhold_residents ||
                          (recipient->withhold_findings != NULL &&
                           recipient->withhold_findings[0] != NULL));
  sync_withhold_checks (holder, recipient, finding_rules);

  /* When and how: once it is safe to share, or while they say something. */
  gtk_widget_set_visible (GTK_WIDGET (holder->date_row),
                          yes || g_date_valid (&recipient->shared_on));
  gtk_widget_set_visible (GTK_WIDGET (holder->method_row),
                          yes || recipient->method != HEARTH_SHARE_METHOD_NONE);
  date = hearth_date_format_entry (&recipient->shared_on);
  hearth_field_sync_text (GTK_EDITABLE (holder->date_row), &holder->shown_date, date, force);
  if (force || !gtk_widget_get_visible (GTK_WIDGET (holder->date_row)))
    holder_set_date_error (holder, NULL);
  adw_combo_row_set_selected (holder->method_row, recipient->method);

  gtk_switch_set_active (holder->plan_switch, recipient->in_plan);
  gtk_switch_set_active (holder->invite_switch, recipient->review_invite);
}

/* At a glance */

static GtkWidget *
create_glance_row (const char *icon_name,
                   const char *style,
                   const char *title,
                   const char *subtitle,
                   const char *person)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 "title", title,
                                 "subtitle", subtitle,
                                 "use-markup", FALSE,
                                 "title-lines", 0,
                                 "subtitle-lines", 0,
                                 "activatable", person != NULL,
                                 NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (icon, style);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_str_equal (style, "success")
                                  /* Translators: the accessible name of an icon */
                                  ? _("Done")
                                  /* Translators: the accessible name of a warning icon */
                                  : _("Needs attention"),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (person != NULL)
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      g_object_set_data_full (G_OBJECT (row), PERSON_KEY, g_strdup (person), g_free);
      gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                      /* Translators: the accessible name of an arrow
                                       * on a row that opens a person's sharing row */
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open"),
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
    }

  return row;
}

static void
add_glance_row (GPtrArray  *rows,
                GString    *key,
                GtkWidget  *row)
{
  g_string_append_printf (key, "%s\n%s\n%s\n",
                          adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                          empty_if_null (adw_action_row_get_subtitle (ADW_ACTION_ROW (row))),
                          empty_if_null (g_object_get_data (G_OBJECT (row), PERSON_KEY)));
  g_ptr_array_add (rows, g_object_ref_sink (row));
}

/* Who has not been considered yet, or that everyone has; then what else
 * is missing. The rows are rebuilt only when what they say changes, so
 * that an edit does not take focus away from them. */
static void
update_glance (HearthSharingPanel *self,
               GPtrArray          *holders,
               GPtrArray          *problems)
{
  HearthAssessment *assessment = get_assessment (self);
  g_autoptr(GPtrArray) not_considered = hearth_sharing_not_considered (assessment);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) key = g_string_new (NULL);
  GtkListBoxRow *old;

  if (holders->len == 0)
    {
      add_glance_row (rows, key,
                      create_glance_row ("dialog-warning-symbolic", "warning",
                                         _("Nobody is recorded as having parental responsibility"),
                                         _("Record in the household who has parental responsibility for the child"),
                                         NULL));
    }
  else if (not_considered->len > 0)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autofree char *subtitle = NULL;

      for (guint i = 0; i < not_considered->len; i++)
        g_ptr_array_add (names, (gpointer) person_name (g_ptr_array_index (not_considered, i)));
      g_ptr_array_add (names, NULL);

      /* Translators: separates people's names in a list */
      subtitle = g_strjoinv (_(", "), (char **) names->pdata);
      add_glance_row (rows, key,
                      create_glance_row ("dialog-warning-symbolic", "warning",
                                         /* Translators: followed by the names of the
                                          * people with parental responsibility for
                                          * whom nobody has decided yet whether the
                                          * findings can be shared with them */
                                         _("Not considered yet"),
                                         subtitle,
                                         hearth_person_get_id (g_ptr_array_index (not_considered, 0))));
    }
  else
    {
      add_glance_row (rows, key,
                      create_glance_row ("emblem-ok-symbolic", "success",
                                         /* Translators: every holder of parental
                                          * responsibility has a decision on sharing */
                                         _("Everyone with parental responsibility has been considered"),
                                         NULL, NULL));
    }

  /* "Not considered" is the row above. */
  for (guint i = 0; i < problems->len; i++)
    {
      HearthSharingProblem *problem = g_ptr_array_index (problems, i);
      HearthPerson *person;

      if (problem->kind == HEARTH_SHARING_NOT_CONSIDERED)
        continue;

      person = hearth_assessment_find_person (assessment, problem->person);
      add_glance_row (rows, key,
                      create_glance_row ("dialog-warning-symbolic", "warning",
                                         person != NULL ? person_name (person) : problem->person,
                                         problem->message,
                                         find_holder (self, problem->person) != NULL
                                         ? problem->person : NULL));
    }

  if (g_strcmp0 (key->str, self->glance_key) == 0)
    return;

  g_free (self->glance_key);
  self->glance_key = g_string_free (g_steal_pointer (&key), FALSE);

  while ((old = gtk_list_box_get_row_at_index (self->glance_list, 0)) != NULL)
    gtk_list_box_remove (self->glance_list, GTK_WIDGET (old));

  for (guint i = 0; i < rows->len; i++)
    gtk_list_box_append (self->glance_list, g_ptr_array_index (rows, i));
}

/* One expander row per holder, rebuilt only when the holders change (an
 * expanded row stays expanded); otherwise each row is brought up to date
 * where it is. */
static void
update_holders (HearthSharingPanel *self,
                GPtrArray          *holders,
                GPtrArray          *problems,
                gboolean            force)
{
  g_autoptr(GPtrArray) finding_rules = get_finding_rules (get_assessment (self));
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < holders->len; i++)
    g_string_append_printf (key, "%s\n", hearth_person_get_id (g_ptr_array_index (holders, i)));

  if (g_strcmp0 (key->str, self->holders_key) != 0)
    {
      g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GtkListBoxRow *old;

      while ((old = gtk_list_box_get_row_at_index (self->holders_list, 0)) != NULL)
        {
          Holder *holder = get_holder (GTK_WIDGET (old));

          if (holder != NULL && adw_expander_row_get_expanded (holder->expander))
            g_hash_table_add (expanded, g_strdup (holder->person));
          gtk_list_box_remove (self->holders_list, GTK_WIDGET (old));
        }

      g_free (self->holders_key);
      self->holders_key = g_string_free (g_steal_pointer (&key), FALSE);

      for (guint i = 0; i < holders->len; i++)
        {
          HearthPerson *person = g_ptr_array_index (holders, i);
          GtkWidget *row = create_holder_row (self, person);

          gtk_list_box_append (self->holders_list, row);
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                         g_hash_table_contains (expanded,
                                                                hearth_person_get_id (person)));
        }

      force = TRUE;
    }

  for (guint i = 0; i < holders->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (holders, i);

      sync_holder (find_holder (self, hearth_person_get_id (person)),
                   person, problems, finding_rules, force);
    }
}

static void
update (HearthSharingPanel *self,
        gboolean            force)
{
  g_autoptr(GPtrArray) holders = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  self->updating++;

  if (self->document == NULL)
    {
      GtkListBoxRow *row;

      while ((row = gtk_list_box_get_row_at_index (self->holders_list, 0)) != NULL)
        gtk_list_box_remove (self->holders_list, GTK_WIDGET (row));
      while ((row = gtk_list_box_get_row_at_index (self->glance_list, 0)) != NULL)
        gtk_list_box_remove (self->glance_list, GTK_WIDGET (row));
      g_clear_pointer (&self->holders_key, g_free);
      g_clear_pointer (&self->glance_key, g_free);
      gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);

      self->updating--;
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);

  holders = get_holders (get_assessment (self));
  problems = hearth_sharing_check (get_assessment (self));

  /* Holders first: the glance rows link to them. */
  update_holders (self, holders, problems, force);
  update_glance (self, holders, problems);

  self->updating--;
}

/* What was typed goes to the document before the panel lets go of it.
 * Dates are left out: they may not be valid yet. */
static void
commit_pending (HearthSharingPanel *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->holders_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Holder *holder = get_holder (child);

      if (holder != NULL)
        holder_apply_note (holder);
    }
}

/* Callbacks */

static void
document_changed_cb (HearthSharingPanel *self)
{
  update (self, FALSE);
}

/* A row at the top opens the row of the person it is about. */
static void
glance_list_row_activated_cb (HearthSharingPanel *self,
                              GtkListBoxRow      *row)
{
  const char *person = g_object_get_data (G_OBJECT (row), PERSON_KEY);
  Holder *holder = person != NULL ? find_holder (self, person) : NULL;

  if (holder == NULL)
    return;

  adw_expander_row_set_expanded (holder->expander, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (holder->expander));
}

/* GObject overrides */

static void
hearth_sharing_panel_dispose (GObject *object)
{
  HearthSharingPanel *self = HEARTH_SHARING_PANEL (object);

  hearth_sharing_panel_set_document (self, NULL);

  /* The child is a template child, which gtk_widget_dispose_template()
   * would unparent behind AdwBin's back: let AdwBin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_SHARING_PANEL);

  G_OBJECT_CLASS (hearth_sharing_panel_parent_class)->dispose (object);
}

static void
hearth_sharing_panel_finalize (GObject *object)
{
  HearthSharingPanel *self = HEARTH_SHARING_PANEL (object);

  g_clear_pointer (&self->glance_key, g_free);
  g_clear_pointer (&self->holders_key, g_free);

  G_OBJECT_CLASS (hearth_sharing_panel_parent_class)->finalize (object);
}

static void
hearth_sharing_panel_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthSharingPanel *self = HEARTH_SHARING_PANEL (object);

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
hearth_sharing_panel_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HearthSharingPanel *self = HEARTH_SHARING_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hearth_sharing_panel_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
hearth_sharing_panel_class_init (HearthSharingPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_sharing_panel_dispose;
  object_class->finalize = hearth_sharing_panel_finalize;
  object_class->get_property = hearth_sharing_panel_get_property;
  object_class->set_property = hearth_sharing_panel_set_property;

  /**
   * HearthSharingPanel:document:
   *
   * The document whose sharing checklist is shown, or %NULL.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         HEARTH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) hearth_gui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-sharing-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthSharingPanel, glance_list);
  gtk_widget_class_bind_template_child (widget_class, HearthSharingPanel, holders_list);
  gtk_widget_class_bind_template_callback (widget_class, glance_list_row_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "hearthsharingpanel");
}

static void
hearth_sharing_panel_init (HearthSharingPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

/* Public API */

GtkWidget *
hearth_sharing_panel_new (HearthDocument *document)
{
  g_return_val_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document), NULL);

  return g_object_new (HEARTH_TYPE_SHARING_PANEL,
                       "document", document,
                       NULL);
}

HearthDocument *
hearth_sharing_panel_get_document (HearthSharingPanel *self)
{
  g_return_val_if_fail (HEARTH_IS_SHARING_PANEL (self), NULL);

  return self->document;
}

void
hearth_sharing_panel_set_document (HearthSharingPanel *self,
                                   HearthDocument     *document)
{
  g_return_if_fail (HEARTH_IS_SHARING_PANEL (self));
  g_return_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document));

  if (document == self->document)
    return;

  if (self->document != NULL)
    {
      commit_pending (self);
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_clear_object (&self->document);
    }

  /* Another assessment: other people, so fresh rows. */
  g_clear_pointer (&self->holders_key, g_free);

  if (document != NULL)
    {
      self->document = g_object_ref (document);
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (document_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  update (self, TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}
