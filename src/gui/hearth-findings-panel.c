/* hearth-findings-panel.c: what the rules find, and the referral to Housing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules run again after every edit (they are fast on a household),
 * and the finding rows are only rebuilt when what they say changed, so that keyboard focus stays put while the
 * caseworker edits the referral or the plan.
 *
 * The referral form applies as the room panel does: typed values on Enter
 * or when focus leaves the field, the status at once. Each apply records
 * the whole form as one undoable edit. A date that does not parse is
 * shown as an error and not recorded; the rest of the form still is.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-edit.h"
#include "hearth-field.h"
#include "hearth-findings-panel.h"
#include "hearth-gui-resources.h"
#include "hearth-help.h"

#define N_REFERRAL_STATUSES (HEARTH_REFERRAL_NOT_MADE + 1)

struct _HearthFindingsPanel
{
  AdwBin               parent_instance;

  /* Template children */
  AdwPreferencesGroup *referral_group;
  AdwComboRow         *status_row;
  AdwEntryRow         *made_on_row;
  GtkWidget           *made_on_error_row;
  GtkLabel            *made_on_error_label;
  AdwEntryRow         *made_to_row;
  AdwEntryRow         *reply_on_row;
  GtkWidget           *reply_on_error_row;
  GtkLabel            *reply_on_error_label;
  AdwEntryRow         *reply_row;
  AdwEntryRow         *note_row;
  GtkWidget           *note_hint_row;
  GtkBox              *findings_box;

  /* State */
  HearthDocument      *document;
  HearthRuleOptions    options;
  GPtrArray           *findings;     /* HearthFinding, or NULL */
  char                *findings_key; /* what findings_box shows */
  /* What the panel last put in each typed field of the referral; a field
   * whose text differs is being edited and is left alone. */
  char                *shown_made_on;
  char                *shown_made_to;
  char                *shown_reply_on;
  char                *shown_reply;
  char                *shown_note;
  guint                updating;     /* > 0 while the panel sets its widgets */
};

G_DEFINE_FINAL_TYPE (HearthFindingsPanel, hearth_findings_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SHOW_ROOMS,
  FINDINGS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static HearthAssessment *
get_assessment (HearthFindingsPanel *self)
{
  return hearth_document_get_assessment (self->document);
}

static void
get_severity_style (HearthSeverity   severity,
                    const char     **icon_name,
                    const char     **css_class)
{
  switch (severity)
    {
    case HEARTH_SEVERITY_BREACH:
      *icon_name = "dialog-error-symbolic";
      *css_class = "error";
      break;

    case HEARTH_SEVERITY_HAZARD:
      *icon_name = "dialog-warning-symbolic";
      *css_class = "warning";
      break;

    case HEARTH_SEVERITY_ADVISORY:
      *icon_name = "dialog-information-symbolic";
      *css_class = "accent";
      break;

    case HEARTH_SEVERITY_INFO:
    default:
      *icon_name = "dialog-information-symbolic";
      *css_class = "dim-label";
      break;
    }
}

/* Whether @finding is about crowding, which Housing can assess as HHSRS
 * hazard 11. A category 1 finding is only about crowding when the
 * assessment records hazard 11 at category 1 (the finding itself does not
 * say which hazard it is). */
static gboolean
is_crowding_finding (HearthAssessment    *assessment,
                     const HearthFinding *finding)
{
  static const char * const crowding_rules[] = {
    "room-standard",
    "space-standard",
    "small-bedroom",
    "opposite-sex-sharing",
    "bedroom-standard",
  };

  if (g_str_equal (finding->rule, "unsuitable-sleeping-room"))
    return TRUE;

  if (g_str_equal (finding->rule, "hhsrs-category-1"))
    {
      GPtrArray *hazards = hearth_assessment_get_hazards (assessment);

      for (guint i = 0; i < hazards->len; i++)
        {
          const HearthHazard *hazard = g_ptr_array_index (hazards, i);

          if (hazard->number == 11 && hearth_hazard_get_category (hazard) == 1)
            return TRUE;
        }

      return FALSE;
    }

  if (finding->severity > HEARTH_SEVERITY_ADVISORY)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (crowding_rules); i++)
    if (g_str_equal (finding->rule, crowding_rules[i]))
      return TRUE;

  return FALSE;
}

static gboolean
referral_is_recorded (const HearthReferral *referral)
{
  g_autoptr(HearthReferral) empty = hearth_referral_new ();

  return referral != NULL && !hearth_referral_equal (referral, empty);
}

/* "From 2 March 2027" */
static char *
format_effective (const GDate *date)
{
  g_autofree char *day = hearth_date_format_long (date);

  if (*day == '\0')
    return NULL;

  /* Translators: when an upcoming change applies, e.g. “From 2 March 2027” */
  return g_strdup_printf (_("From %s"), day);
}

static char *
dup_entry_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static GtkWidget *
create_caption_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

/* The rooms' names, for the "Show on Plan" button's accessible name. */
static char *
describe_rooms (HearthAssessment *assessment,
                GStrv             rooms)
{
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; rooms != NULL && rooms[i] != NULL; i++)
    {
      HearthRoom *room = hearth_assessment_find_room (assessment, rooms[i], NULL);
      const char *name = room != NULL ? hearth_room_get_name (room) : NULL;

      if (name == NULL || *name == '\0')
        name = rooms[i];

      if (str->len > 0)
        /* Translators: separates room names in a list */
        g_string_append (str, _(", "));
      g_string_append (str, name);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* Everything the finding rows show, to rebuild them only when it changes. */
static char *
create_findings_key (HearthAssessment *assessment,
                     GPtrArray        *findings)
{
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *rooms = describe_rooms (assessment, finding->rooms);

      g_string_append_printf (key, "%s\x1f%d\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%u\x1e",
                              finding->rule, finding->severity,
                              finding->rooms != NULL ? "r" : "",
                              rooms,
                              finding->message != NULL ? finding->message : "",
                              finding->citation != NULL ? finding->citation : "",
                              finding->reading != NULL ? finding->reading : "",
                              g_date_valid (&finding->effective)
                                ? g_date_get_julian (&finding->effective) : 0);
      for (guint j = 0; finding->rooms != NULL && finding->rooms[j] != NULL; j++)
        g_string_append_printf (key, "%s\x1f", finding->rooms[j]);
    }

  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* Callbacks for the finding rows */

static void
show_on_plan_clicked_cb (GtkButton           *button,
                         HearthFindingsPanel *self)
{
  GStrv rooms = g_object_get_data (G_OBJECT (button), "hearth-rooms");

  if (rooms != NULL && rooms[0] != NULL)
    g_signal_emit (self, signals[SHOW_ROOMS], 0, rooms);
}

static void
how_hearth_decides_clicked_cb (GtkButton           *button,
                               HearthFindingsPanel *self)
{
  const char *rule = g_object_get_data (G_OBJECT (button), "hearth-rule");

  hearth_help_show (GTK_WIDGET (self), rule);
}

/* A finding: severity icon, rule title, when an upcoming change applies,
 * the message, the citation and the reading of an unclear point (if any)
 * dimmed, and a button to see its rooms on the plan. The row's title is
 * the rule's title, for search and accessibility. */
static GtkWidget *
create_finding_row (HearthFindingsPanel *self,
                    const HearthFinding *finding)
{
  GtkWidget *row;
  GtkWidget *hbox;
  GtkWidget *vbox;
  GtkWidget *icon;
  GtkWidget *label;
  const char *title;
  const char *message;
  const char *icon_name;
  const char *css_class;

  title = hearth_rule_get_title (finding->rule);
  if (title == NULL)
    title = finding->rule;
  message = finding->message != NULL ? finding->message : "";

  row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                      "title", title,
                      "use-markup", FALSE,
                      "activatable", FALSE,
                      NULL);
  gtk_widget_add_css_class (row, "finding");
  g_object_set_data_full (G_OBJECT (row), "hearth-rule",
                          g_strdup (finding->rule), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                  -1);

  hbox = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (hbox, 12);
  gtk_widget_set_margin_bottom (hbox, 12);
  gtk_widget_set_margin_start (hbox, 12);
  gtk_widget_set_margin_end (hbox, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), hbox);

  get_severity_style (finding->severity, &icon_name, &css_class);
  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, css_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hearth_severity_get_label (finding->severity),
                                  -1);
  gtk_box_append (GTK_BOX (hbox), icon);

  vbox = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (vbox, TRUE);
  gtk_box_append (GTK_BOX (hbox), vbox);

  label = gtk_label_new (title);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (vbox), label);

  {
    GtkWidget *help = gtk_button_new_from_icon_name ("help-about-symbolic");
    g_autofree char *help_label = NULL;

    gtk_widget_set_valign (help, GTK_ALIGN_START);
    gtk_widget_add_css_class (help, "flat");
    gtk_widget_add_css_class (help, "how-hearth-decides");
    gtk_widget_set_tooltip_text (help, _("How Hearth decides"));
    /* Translators: the accessible name of a finding's help button, with
     * the rule's title: “How Hearth decides: Bedroom under 70 sq ft” */
    help_label = g_strdup_printf (_("How Hearth decides: %s"), title);
    gtk_accessible_update_property (GTK_ACCESSIBLE (help),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, help_label,
                                    -1);
    /* An upcoming change is explained by the rule that will apply. */
    g_object_set_data_full (G_OBJECT (help), "hearth-rule",
                            g_strdup (finding->upcoming_rule != NULL ? finding->upcoming_rule : finding->rule),
                            g_free);
    g_signal_connect_object (help, "clicked",
                             G_CALLBACK (how_hearth_decides_clicked_cb), self, 0);
    gtk_box_append (GTK_BOX (hbox), help);
  }

  if (g_str_equal (finding->rule, "upcoming-change") && g_date_valid (&finding->effective))
    {
      g_autofree char *from = format_effective (&finding->effective);

      if (from != NULL)
        {
          label = gtk_label_new (from);
          gtk_label_set_xalign (GTK_LABEL (label), 0.0);
          gtk_widget_set_halign (label, GTK_ALIGN_START);
          gtk_widget_add_css_class (label, "caption-heading");
          gtk_widget_add_css_class (label, "accent");
          gtk_widget_add_css_class (label, "effective-date");
          gtk_box_append (GTK_BOX (vbox), label);
        }
    }

  label = gtk_label_new (message);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_box_append (GTK_BOX (vbox), label);

  if (finding->citation != NULL && *finding->citation != '\0')
    gtk_box_append (GTK_BOX (vbox), create_caption_label (finding->citation));

  if (finding->reading != NULL && *finding->reading != '\0')
    {
      g_autofree char *reading = NULL;

      /* Translators: which reading of an unclear point of law a finding
       * relies on */
      reading = g_strdup_printf (_("Reading: %s"), finding->reading);
      gtk_box_append (GTK_BOX (vbox), create_caption_label (reading));
    }

  if (finding->rooms != NULL && finding->rooms[0] != NULL)
    {
      GtkWidget *button;
      g_autofree char *names = describe_rooms (get_assessment (self), finding->rooms);
      g_autofree char *accessible = NULL;

      button = gtk_button_new_with_mnemonic (_("Show on _Plan"));
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_margin_top (button, 4);
      gtk_widget_set_tooltip_text (button, names);
      /* Translators: the accessible name of a finding's “Show on Plan”
       * button: the rooms it selects, e.g. “Show on Plan: Box room” */
      accessible = g_strdup_printf (_("Show on Plan: %s"), names);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "hearth-rooms",
                              g_strdupv (finding->rooms), (GDestroyNotify) g_strfreev);
      g_signal_connect_object (button, "clicked",
                               G_CALLBACK (show_on_plan_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (vbox), button);
    }

  return row;
}

static GtkWidget *
create_no_findings_group (void)
{
  GtkWidget *group;
  GtkWidget *row;
  GtkWidget *icon;

  group = adw_preferences_group_new ();
  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", _("No findings"),
                      "subtitle", _("Nothing in this plan breaches a standard or needs action."),
                      "activatable", FALSE,
                      NULL);
  icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
  gtk_widget_add_css_class (icon, "success");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("No findings"),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return group;
}

static void
remove_all_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
populate_findings (HearthFindingsPanel *self)
{
  remove_all_children (self->findings_box);

  if (self->findings == NULL)
    return;

  if (self->findings->len == 0)
    {
      gtk_box_append (self->findings_box, create_no_findings_group ());
      return;
    }

  /* One group per severity, most severe first. */
  for (HearthSeverity severity = HEARTH_SEVERITY_BREACH;
       severity <= HEARTH_SEVERITY_INFO;
       severity++)
    {
      GtkWidget *group = NULL;

      for (guint i = 0; i < self->findings->len; i++)
        {
          const HearthFinding *finding = g_ptr_array_index (self->findings, i);

          if (finding->severity != severity)
            continue;

          if (group == NULL)
            {
              group = adw_preferences_group_new ();
              adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                               hearth_severity_get_label (severity));
              gtk_box_append (self->findings_box, group);
            }

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                     create_finding_row (self, finding));
        }
    }
}

/* The referral form */

static void
update_note_hint (HearthFindingsPanel *self)
{
  gboolean not_made = adw_combo_row_get_selected (self->status_row) == HEARTH_REFERRAL_NOT_MADE;
  g_autofree char *note = dup_entry_text (self->note_row);
  gboolean missing = not_made && note == NULL;

  /* Translators: the title of the referral's note when the caseworker
   * decided not to refer: it should say why */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row),
                                 not_made ? _("Why Not (Required)") : _("Note"));
  gtk_widget_set_visible (self->note_hint_row, missing);

  if (missing)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->note_row), "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_row),
                                      GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self->note_hint_row)))),
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->note_row), "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_row),
                                      GTK_ACCESSIBLE_PROPERTY_REQUIRED, not_made,
                                      -1);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->note_row),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* The dates and the reply only mean something once a referral is made. */
static void
update_referral_rows (HearthFindingsPanel *self)
{
  gboolean made = adw_combo_row_get_selected (self->status_row) == HEARTH_REFERRAL_MADE;

  gtk_widget_set_visible (GTK_WIDGET (self->made_on_row), made);
  gtk_widget_set_visible (GTK_WIDGET (self->made_to_row), made);
  gtk_widget_set_visible (GTK_WIDGET (self->reply_on_row), made);
  gtk_widget_set_visible (GTK_WIDGET (self->reply_row), made);
  if (!made)
    {
      gtk_widget_set_visible (self->made_on_error_row, FALSE);
      gtk_widget_set_visible (self->reply_on_error_row, FALSE);
    }
  else
    {
      gtk_widget_set_visible (self->made_on_error_row,
                              *gtk_label_get_label (self->made_on_error_label) != '\0');
      gtk_widget_set_visible (self->reply_on_error_row,
                              *gtk_label_get_label (self->reply_on_error_label) != '\0');
    }

  update_note_hint (self);
}

static void
update_referral (HearthFindingsPanel *self,
                 gboolean             force)
{
  const HearthReferral *referral = hearth_assessment_get_referral (get_assessment (self));
  g_autofree char *made_on = hearth_date_format_entry_short (&referral->made_on);
  g_autofree char *reply_on = hearth_date_format_entry_short (&referral->reply_on);
  gboolean crowding = FALSE;

  for (guint i = 0; self->findings != NULL && i < self->findings->len; i++)
    if (is_crowding_finding (get_assessment (self), g_ptr_array_index (self->findings, i)))
      {
        crowding = TRUE;
        break;
      }

  self->updating++;

  gtk_widget_set_visible (GTK_WIDGET (self->referral_group),
                          crowding || referral_is_recorded (referral));
  adw_preferences_group_set_description (self->referral_group,
                                         crowding
                                         ? _("Crowding was found. Housing can assess the home under the HHSRS (Crowding and space).")
                                         : _("No crowding is found now. The referral recorded earlier is kept."));

  if (adw_combo_row_get_selected (self->status_row) != (guint) referral->status)
    adw_combo_row_set_selected (self->status_row, referral->status);

  /* A field showing an error keeps what was typed, so it can be fixed. */
  hearth_field_sync_text (GTK_EDITABLE (self->made_on_row), &self->shown_made_on, made_on, force);
  hearth_field_sync_text (GTK_EDITABLE (self->made_to_row), &self->shown_made_to, referral->made_to, force);
  hearth_field_sync_text (GTK_EDITABLE (self->reply_on_row), &self->shown_reply_on, reply_on, force);
  hearth_field_sync_text (GTK_EDITABLE (self->reply_row), &self->shown_reply, referral->reply, force);
  hearth_field_sync_text (GTK_EDITABLE (self->note_row), &self->shown_note, referral->note, force);

  if (force)
    {
      hearth_field_set_error (GTK_WIDGET (self->made_on_row), self->made_on_error_row,
                              self->made_on_error_label, NULL, NULL);
      hearth_field_set_error (GTK_WIDGET (self->reply_on_row), self->reply_on_error_row,
                              self->reply_on_error_label, NULL, NULL);
    }

  update_referral_rows (self);

  self->updating--;
}

/* Reads one date field into @date. On an error, shows it and leaves @date
 * as it was (the recorded date), so the rest of the form still applies. */
static gboolean
read_date_field (AdwEntryRow *row,
                 GtkWidget   *error_row,
                 GtkLabel    *error_label,
                 GDate       *date)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  GDate parsed;

  /* An empty text is a cleared date. */
  g_date_clear (&parsed, 1);
  if (*text != '\0' && !hearth_date_parse_entry (text, &parsed, NULL))
    {
      hearth_field_set_error (GTK_WIDGET (row), error_row, error_label, NULL,
                              /* Translators: a typed date could not be read */
                              _("Type a real date as day/month/year, such as 20/11/2026, or as 2026-11-20."));
      return FALSE;
    }

  hearth_field_set_error (GTK_WIDGET (row), error_row, error_label, NULL, NULL);
  *date = parsed;
  return TRUE;
}

static void
take_shown (char        **shown,
            AdwEntryRow  *row)
{
  g_free (*shown);
  *shown = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

/* Records the form as one edit, when it says something new. */
static void
apply_referral (HearthFindingsPanel *self)
{
  HearthAssessment *assessment;
  g_autoptr(HearthReferral) referral = NULL;
  gboolean made_on_ok;
  gboolean reply_on_ok;
  guint status;

  if (self->document == NULL || self->updating > 0)
    return;

  assessment = get_assessment (self);
  referral = hearth_referral_copy (hearth_assessment_get_referral (assessment));

  status = adw_combo_row_get_selected (self->status_row);
  if (status < N_REFERRAL_STATUSES)
    referral->status = (HearthReferralStatus) status;

  g_clear_pointer (&referral->made_to, g_free);
  g_clear_pointer (&referral->reply, g_free);
  g_clear_pointer (&referral->note, g_free);
  referral->made_to = dup_entry_text (self->made_to_row);
  referral->reply = dup_entry_text (self->reply_row);
  referral->note = dup_entry_text (self->note_row);

  made_on_ok = read_date_field (self->made_on_row, self->made_on_error_row,
                                self->made_on_error_label, &referral->made_on);
  reply_on_ok = read_date_field (self->reply_on_row, self->reply_on_error_row,
                                 self->reply_on_error_label, &referral->reply_on);
  if (reply_on_ok && g_date_valid (&referral->made_on) && g_date_valid (&referral->reply_on) &&
      g_date_compare (&referral->reply_on, &referral->made_on) < 0)
    {
      hearth_field_set_error (GTK_WIDGET (self->reply_on_row), self->reply_on_error_row,
                              self->reply_on_error_label, NULL,
                              _("The reply cannot come before the referral was made."));
      referral->reply_on = hearth_assessment_get_referral (assessment)->reply_on;
      reply_on_ok = FALSE;
    }

  /* Fields that were read now show what is recorded, written the usual
   * way (2026-11-20 becomes 20/11/2026); a field in error keeps its text
   * so that it can be fixed. */
  take_shown (&self->shown_made_to, self->made_to_row);
  take_shown (&self->shown_reply, self->reply_row);
  take_shown (&self->shown_note, self->note_row);
  if (made_on_ok)
    take_shown (&self->shown_made_on, self->made_on_row);
  if (reply_on_ok)
    take_shown (&self->shown_reply_on, self->reply_on_row);

  if (hearth_referral_equal (referral, hearth_assessment_get_referral (assessment)))
    {
      update_referral (self, FALSE);
      return;
    }

  hearth_document_push (self->document, hearth_edit_set_referral (assessment, referral));
}

/* Findings */

static void
refresh (HearthFindingsPanel *self,
         gboolean             force)
{
  g_autofree char *key = NULL;

  g_clear_pointer (&self->findings, g_ptr_array_unref);

  if (self->document == NULL)
    {
      g_clear_pointer (&self->findings_key, g_free);
      remove_all_children (self->findings_box);
      gtk_widget_set_visible (GTK_WIDGET (self->referral_group), FALSE);
      g_signal_emit (self, signals[FINDINGS_CHANGED], 0);
      return;
    }

  self->findings = hearth_check (get_assessment (self), &self->options);
  key = create_findings_key (get_assessment (self), self->findings);

  if (force || g_strcmp0 (key, self->findings_key) != 0)
    {
      g_free (self->findings_key);
      self->findings_key = g_steal_pointer (&key);
      populate_findings (self);
    }

  update_referral (self, force);
  g_signal_emit (self, signals[FINDINGS_CHANGED], 0);
}

/* Callbacks */

static void
document_changed_cb (HearthFindingsPanel *self)
{
  refresh (self, FALSE);
}

static void
status_row_selected_cb (HearthFindingsPanel *self)
{
  if (self->updating > 0)
    return;

  update_referral_rows (self);
  apply_referral (self);
}

static void
referral_row_activated_cb (HearthFindingsPanel *self)
{
  apply_referral (self);
}

static void
referral_row_leave_cb (HearthFindingsPanel *self)
{
  apply_referral (self);
}

static void
note_row_changed_cb (HearthFindingsPanel *self)
{
  update_note_hint (self);
}

/* GObject overrides */

static void
hearth_findings_panel_dispose (GObject *object)
{
  HearthFindingsPanel *self = HEARTH_FINDINGS_PANEL (object);

  hearth_findings_panel_set_document (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FINDINGS_PANEL);

  g_clear_pointer (&self->findings, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_findings_panel_parent_class)->dispose (object);
}

static void
hearth_findings_panel_finalize (GObject *object)
{
  HearthFindingsPanel *self = HEARTH_FINDINGS_PANEL (object);

  g_clear_pointer (&self->findings_key, g_free);
  g_clear_pointer (&self->shown_made_on, g_free);
  g_clear_pointer (&self->shown_made_to, g_free);
  g_clear_pointer (&self->shown_reply_on, g_free);
  g_clear_pointer (&self->shown_reply, g_free);
  g_clear_pointer (&self->shown_note, g_free);

  G_OBJECT_CLASS (hearth_findings_panel_parent_class)->finalize (object);
}

static void
hearth_findings_panel_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthFindingsPanel *self = HEARTH_FINDINGS_PANEL (object);

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
hearth_findings_panel_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HearthFindingsPanel *self = HEARTH_FINDINGS_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hearth_findings_panel_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
hearth_findings_panel_class_init (HearthFindingsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_findings_panel_dispose;
  object_class->finalize = hearth_findings_panel_finalize;
  object_class->get_property = hearth_findings_panel_get_property;
  object_class->set_property = hearth_findings_panel_set_property;

  /**
   * HearthFindingsPanel:document:
   *
   * The document whose findings are shown, or %NULL.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         HEARTH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthFindingsPanel::show-rooms:
   * @self: the panel
   * @rooms: the ids of the finding's rooms
   *
   * The caseworker asked to see a finding's rooms on the plan.
   */
  signals[SHOW_ROOMS] =
    g_signal_new ("show-rooms",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRV);

  /* The findings were checked again (hearth_findings_panel_get_findings()),
   * after an edit or a change of reading; the window outlines their rooms
   * from them rather than checking a second time. */
  signals[FINDINGS_CHANGED] =
    g_signal_new ("findings-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  (void) hearth_gui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-findings-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, referral_group);
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, status_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, made_on_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, made_on_error_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, made_on_error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, made_to_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, reply_on_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, reply_on_error_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, reply_on_error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, reply_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, note_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, note_hint_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFindingsPanel, findings_box);
  gtk_widget_class_bind_template_callback (widget_class, status_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, referral_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, referral_row_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_row_changed_cb);

  gtk_widget_class_set_css_name (widget_class, "hearthfindingspanel");
}

static void
hearth_findings_panel_init (HearthFindingsPanel *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  hearth_rule_options_init (&self->options);

  /* The combo's positions are the HearthReferralStatus values. */
  gtk_string_list_append (statuses, _("Not considered yet"));
  gtk_string_list_append (statuses, _("Referral made"));
  /* Translators: the caseworker decided not to refer the home to Housing */
  gtk_string_list_append (statuses, _("Decided not to refer"));

  self->updating++;
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  self->updating--;
}

/* Public API */

GtkWidget *
hearth_findings_panel_new (HearthDocument *document)
{
  g_return_val_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document), NULL);

  return g_object_new (HEARTH_TYPE_FINDINGS_PANEL,
                       "document", document,
                       NULL);
}

HearthDocument *
hearth_findings_panel_get_document (HearthFindingsPanel *self)
{
  g_return_val_if_fail (HEARTH_IS_FINDINGS_PANEL (self), NULL);

  return self->document;
}

void
hearth_findings_panel_set_document (HearthFindingsPanel *self,
                                    HearthDocument      *document)
{
  g_return_if_fail (HEARTH_IS_FINDINGS_PANEL (self));
  g_return_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document));

  if (document == self->document)
    return;

  if (self->document != NULL)
    {
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

  refresh (self, TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

void
hearth_findings_panel_set_rule_options (HearthFindingsPanel     *self,
                                        const HearthRuleOptions *options)
{
  HearthRuleOptions new_options;

  g_return_if_fail (HEARTH_IS_FINDINGS_PANEL (self));

  if (options != NULL)
    new_options = *options;
  else
    hearth_rule_options_init (&new_options);

  if (new_options.headroom_rule == self->options.headroom_rule &&
      new_options.kitchens_count == self->options.kitchens_count &&
      new_options.small_rooms_count == self->options.small_rooms_count &&
      new_options.pairing == self->options.pairing)
    return;

  self->options = new_options;
  refresh (self, FALSE);
}

GPtrArray *
hearth_findings_panel_get_findings (HearthFindingsPanel *self)
{
  g_return_val_if_fail (HEARTH_IS_FINDINGS_PANEL (self), NULL);

  return self->findings;
}

guint
hearth_findings_panel_get_n_findings (HearthFindingsPanel *self)
{
  g_return_val_if_fail (HEARTH_IS_FINDINGS_PANEL (self), 0);

  return self->findings != NULL ? self->findings->len : 0;
}
