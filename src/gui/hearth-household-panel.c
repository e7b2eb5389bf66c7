/* hearth-household-panel.c: who lives in the household, and who sleeps where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One expander row per person: the people who live here first, then those
 * who live elsewhere. The header says who they are at a glance ("11 ·
 * Female · sleeps in Box room"); opened, it holds the fields. Every change
 * is one undoable edit pushed on the document: typed values (name, date of
 * birth, age) on Enter or when focus leaves the field, choices at once.
 *
 * The rows are kept while the people are: an edit made elsewhere (an undo,
 * a drop on the plan) updates them in place, so that an open row stays
 * open and keyboard focus stays where it was.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "hearth-canvas.h"
#include "hearth-date.h"
#include "hearth-edit.h"
#include "hearth-gui-resources.h"
#include "hearth-field.h"
#include "hearth-household-panel.h"

/* The oldest age that can be typed, and the most years a date of birth
 * may lie before the visit. */
#define MAX_AGE 130

/* The sex combo's positions. */
static const HearthSex sex_order[] = {
  HEARTH_SEX_FEMALE,
  HEARTH_SEX_MALE,
  HEARTH_SEX_NOT_RECORDED,
};

/* Structures */

#define HEARTH_TYPE_HOUSEHOLD_ROW (hearth_household_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthHouseholdRow, hearth_household_row, HEARTH, HOUSEHOLD_ROW, AdwExpanderRow)

/* One person: the header and the fields under it. */
struct _HearthHouseholdRow
{
  AdwExpanderRow        parent_instance;

  HearthHouseholdPanel *panel;          /* unowned: the row lives inside it */
  HearthPerson         *person;

  AdwEntryRow          *name_row;
  AdwComboRow          *sex_row;
  AdwEntryRow          *born_row;
  GtkWidget            *born_error_row;
  GtkLabel             *born_error_label;
  AdwEntryRow          *age_row;
  GtkWidget            *age_error_row;
  GtkLabel             *age_error_label;
  AdwActionRow         *resident_row;
  GtkSwitch            *resident_switch;
  AdwActionRow         *pr_row;
  GtkSwitch            *pr_switch;
  AdwComboRow          *room_row;
  AdwComboRow          *partner_row;
  GtkStringList        *partners;       /* "None" and the others' names */
  GPtrArray            *partner_ids;    /* person ids, from position 1 on */
  char                 *partners_key;   /* what partners shows */

  /* What the panel last put in each typed field; see hearth_field_sync_text(). */
  char                 *shown_name;
  char                 *shown_born;
  char                 *shown_age;
};

G_DEFINE_FINAL_TYPE (HearthHouseholdRow, hearth_household_row, ADW_TYPE_EXPANDER_ROW)

struct _HearthHouseholdPanel
{
  AdwBin          parent_instance;

  /* Template children */
  GtkListBox     *residents_list;
  GtkListBox     *elsewhere_list;
  GtkButton      *add_person_button;

  /* State */
  HearthDocument *document;
  GHashTable     *rows;        /* HearthPerson → HearthHouseholdRow (both owned) */
  char           *rows_key;    /* who the rows show, and in which list */
  GtkStringList  *rooms;       /* "Not recorded" and every room, for all rows */
  GPtrArray      *room_ids;    /* room ids, from position 1 on */
  char           *rooms_key;   /* what rooms shows */
  guint           updating;    /* > 0 while the panel sets its widgets */
};

G_DEFINE_FINAL_TYPE (HearthHouseholdPanel, hearth_household_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PERSON_REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static HearthAssessment *
get_assessment (HearthHouseholdPanel *self)
{
  return hearth_document_get_assessment (self->document);
}

/* Ages are computed on the visit date, as the rules do; on today's date
 * when no visit date was recorded. */
static void
get_age_date (HearthAssessment *assessment,
              GDate            *out)
{
  const GDate *visit = hearth_assessment_get_visit_date (assessment);

  if (visit != NULL && g_date_valid (visit))
    {
      *out = *visit;
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (out, 1);
      g_date_set_dmy (out,
                      g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }
}

static const char *
get_display_name (HearthPerson *person)
{
  const char *name = hearth_person_get_name (person);

  if (name == NULL || *name == '\0')
    /* Translators: a person whose name was left empty */
    return _("Unnamed person");

  return name;
}

static gboolean
is_inside (GtkWidget *widget,
           GtkWidget *ancestor)
{
  return widget != NULL && (widget == ancestor || gtk_widget_is_ancestor (widget, ancestor));
}

/* Reads between @min_digits and @max_digits digits and no more. */
static gboolean
read_number (const char **p,
             guint        min_digits,
             guint        max_digits,
             guint       *value)
{
  guint n = 0;
  guint v = 0;

  while (n < max_digits && g_ascii_isdigit (**p))
    {
      v = v * 10 + (guint) (**p - '0');
      (*p)++;
      n++;
    }

  if (n < min_digits || g_ascii_isdigit (**p))
    return FALSE;

  *value = v;
  return TRUE;
}

/* A date as hearth_date_parse_entry() reads it. On error @message says
 * what is wrong, in the words of this panel. */
static gboolean
parse_date (const char  *text,
            GDate       *out,
            char       **message)
{
  g_autoptr(GError) error = NULL;

  if (hearth_date_parse_entry (text, out, &error))
    return TRUE;

  if (g_error_matches (error, HEARTH_DATE_ERROR, HEARTH_DATE_ERROR_NO_SUCH_DAY))
    /* Translators: %s is what was typed, e.g. “31/02/2015” */
    *message = g_strdup_printf (_("There is no such day as %s. Check the day and the month."), text);
  else
    /* Translators: shown under the date of birth when it could not be read */
    *message = g_strdup (_("Type the date as day/month/year, like 8/2/2015, or as 2015-02-08."));

  return FALSE;
}

/* A whole number of years, 0 to MAX_AGE. */
static gboolean
parse_age (const char *text,
           int        *age)
{
  const char *p = text;
  guint value;

  if (!read_number (&p, 1, 3, &value) || *p != '\0' || value > MAX_AGE)
    return FALSE;

  *age = (int) value;
  return TRUE;
}

/* “11 · Female · sleeps in Box room · parental responsibility” */
static char *
format_subtitle (HearthAssessment *assessment,
                 HearthPerson     *person)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  HearthSex sex = hearth_person_get_sex (person);
  GDate on;
  int age;

  get_age_date (assessment, &on);
  age = hearth_person_get_age_on (person, &on);

  if (age == HEARTH_AGE_UNKNOWN)
    /* Translators: in the summary of a person, when neither their date of
     * birth nor their age was recorded */
    g_ptr_array_add (parts, g_strdup (_("age not known")));
  else
    /* Translators: in the summary of a person: their age in whole years on
     * the visit date, e.g. “11” */
    g_ptr_array_add (parts, g_strdup_printf (_("%d"), age));

  if (sex == HEARTH_SEX_NOT_RECORDED)
    /* Translators: in the summary of a person */
    g_ptr_array_add (parts, g_strdup (_("sex not recorded")));
  else
    g_ptr_array_add (parts, g_strdup (hearth_sex_get_label (sex)));

  if (hearth_person_get_resident (person))
    {
      const char *room_id = hearth_person_get_sleeps_in (person);
      HearthRoom *room = room_id != NULL
                         ? hearth_assessment_find_room (assessment, room_id, NULL)
                         : NULL;

      if (room != NULL)
        /* Translators: in the summary of a person: the room they sleep in,
         * e.g. “sleeps in Box room” */
        g_ptr_array_add (parts, g_strdup_printf (_("sleeps in %s"), hearth_room_get_name (room)));
      else
        /* Translators: in the summary of someone who lives here */
        g_ptr_array_add (parts, g_strdup (_("sleeps in: not recorded")));
    }

  if (hearth_person_get_parental_responsibility (person))
    /* Translators: in the summary of a person who holds parental responsibility */
    g_ptr_array_add (parts, g_strdup (_("parental responsibility")));

  g_ptr_array_add (parts, NULL);

  /* Translators: separates the parts of a person's summary, as in
   * “11 · Female · sleeps in Box room” */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/* The person row: building and updating */

static gboolean row_can_edit (HearthHouseholdRow *row);

/* A row under a typed field that says what is wrong with it. */
static GtkWidget *
create_error_row (GtkLabel **label_out)
{
  GtkWidget *row;
  GtkWidget *label;

  label = g_object_new (GTK_TYPE_LABEL,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "margin-top", 6,
                        "margin-bottom", 6,
                        "margin-start", 12,
                        "margin-end", 12,
                        NULL);
  gtk_widget_add_css_class (label, "error");

  row = g_object_new (GTK_TYPE_LIST_BOX_ROW,
                      "visible", FALSE,
                      "activatable", FALSE,
                      "selectable", FALSE,
                      "focusable", FALSE,
                      "child", label,
                      NULL);

  *label_out = GTK_LABEL (label);
  return row;
}

/* A row with a switch, the switch named by the row. */
static AdwActionRow *
create_switch_row (const char  *title,
                   const char  *subtitle,
                   GtkSwitch  **switch_out)
{
  AdwActionRow *row;
  GtkWidget *toggle;

  toggle = g_object_new (GTK_TYPE_SWITCH,
                         "valign", GTK_ALIGN_CENTER,
                         NULL);
  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", title,
                      "subtitle", subtitle,
                      "activatable-widget", toggle,
                      NULL);
  adw_action_row_add_suffix (row, toggle);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (toggle),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                  -1);

  *switch_out = GTK_SWITCH (toggle);
  return row;
}

/* Puts "None" and everyone else in the partner combo, when that changed. */
static void
row_update_partners (HearthHouseholdRow *row)
{
  HearthAssessment *assessment = get_assessment (row->panel);
  GPtrArray *persons = hearth_assessment_get_persons (assessment);
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GPtrArray) labels = NULL;
  guint n_old;

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *other = g_ptr_array_index (persons, i);

      if (other != row->person)
        g_string_append_printf (key, "%s\x1f%s\x1e",
                                hearth_person_get_id (other), get_display_name (other));
    }

  if (g_strcmp0 (key->str, row->partners_key) == 0)
    return;

  g_free (row->partners_key);
  row->partners_key = g_string_free (g_steal_pointer (&key), FALSE);

  labels = g_ptr_array_new ();
  g_ptr_array_set_size (row->partner_ids, 0);

  /* Translators: the partner of a person, when they have none */
  g_ptr_array_add (labels, (gpointer) _("None"));
  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *other = g_ptr_array_index (persons, i);

      if (other == row->person)
        continue;

      g_ptr_array_add (labels, (gpointer) get_display_name (other));
      g_ptr_array_add (row->partner_ids, g_strdup (hearth_person_get_id (other)));
    }
  g_ptr_array_add (labels, NULL);

  n_old = g_list_model_get_n_items (G_LIST_MODEL (row->partners));
  gtk_string_list_splice (row->partners, 0, n_old, (const char * const *) labels->pdata);
}

static guint
row_get_partner_position (HearthHouseholdRow *row)
{
  HearthAssessment *assessment = get_assessment (row->panel);
  const char *id = hearth_person_get_id (row->person);
  HearthCouple *couple = hearth_assessment_find_couple (assessment, id, NULL);
  const char *partner;

  if (couple == NULL)
    return 0;

  partner = g_str_equal (couple->first, id) ? couple->second : couple->first;
  for (guint i = 0; i < row->partner_ids->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (row->partner_ids, i), partner))
        return i + 1;
    }

  return 0;
}

static guint
get_room_position (HearthHouseholdPanel *self,
                   const char           *room_id)
{
  for (guint i = 0; room_id != NULL && i < self->room_ids->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->room_ids, i), room_id))
        return i + 1;
    }

  return 0;
}

/* Shows the person as they are now; typed fields someone is editing are
 * left alone unless @force. The caller holds panel->updating. */
static void
row_update (HearthHouseholdRow *row,
            gboolean            force)
{
  HearthAssessment *assessment = get_assessment (row->panel);
  HearthPerson *person = row->person;
  const char *name = get_display_name (person);
  const GDate *born = hearth_person_get_born (person);
  gboolean resident = hearth_person_get_resident (person);
  int stated_age = hearth_person_get_stated_age (person);
  g_autofree char *subtitle = format_subtitle (assessment, person);
  g_autofree char *born_text = born != NULL && g_date_valid (born)
                                ? hearth_date_format_entry_short (born) : NULL;
  g_autofree char *age_text = NULL;
  HearthSex sex = hearth_person_get_sex (person);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  hearth_field_sync_text (GTK_EDITABLE (row->name_row), &row->shown_name,
                          hearth_person_get_name (person), force);

  for (guint i = 0; i < G_N_ELEMENTS (sex_order); i++)
    {
      if (sex_order[i] == sex)
        adw_combo_row_set_selected (row->sex_row, i);
    }

  hearth_field_sync_text (GTK_EDITABLE (row->born_row), &row->shown_born,
                          born_text != NULL ? born_text : "", force);

  /* An age is asked for only when there is no date of birth. */
  if (stated_age != HEARTH_AGE_UNKNOWN)
    age_text = g_strdup_printf ("%d", stated_age);
  hearth_field_sync_text (GTK_EDITABLE (row->age_row), &row->shown_age,
                          age_text != NULL ? age_text : "", force);
  gtk_widget_set_visible (GTK_WIDGET (row->age_row), born_text == NULL);
  if (born_text != NULL)
    gtk_widget_set_visible (row->age_error_row, FALSE);

  gtk_switch_set_active (row->resident_switch, resident);
  gtk_switch_set_active (row->pr_switch, hearth_person_get_parental_responsibility (person));

  adw_combo_row_set_selected (row->room_row,
                              get_room_position (row->panel, hearth_person_get_sleeps_in (person)));
  gtk_widget_set_sensitive (GTK_WIDGET (row->room_row), resident);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row->room_row),
                               resident ? NULL
                               /* Translators: under “Sleeps In”, for someone who lives elsewhere */
                               : _("Only for people who live here"));

  row_update_partners (row);
  adw_combo_row_set_selected (row->partner_row, row_get_partner_position (row));
}

/* The person row: applying what was typed or chosen */

/* Pushes @values (a copy of the row's person with one field changed) as
 * one edit, unless nothing changed. */
static void
row_push_values (HearthHouseholdRow *row,
                 HearthPerson       *values)
{
  HearthHouseholdPanel *panel = row->panel;

  if (hearth_person_equal (values, row->person))
    return;

  hearth_document_push (panel->document,
                        hearth_edit_update_person (get_assessment (panel), row->person, values));
}

static void
row_apply_name (HearthHouseholdRow *row)
{
  g_autoptr(HearthPerson) values = NULL;
  g_autofree char *name = NULL;

  if (!row_can_edit (row))
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->name_row))));

  /* A person needs a name: an emptied field goes back to the old one. */
  if (*name != '\0')
    {
      values = hearth_person_copy (row->person);
      hearth_person_set_name (values, name);
      row_push_values (row, values);
    }

  row->panel->updating++;
  hearth_field_sync_text (GTK_EDITABLE (row->name_row), &row->shown_name,
                          hearth_person_get_name (row->person), TRUE);
  row->panel->updating--;
}

static void
row_apply_born (HearthHouseholdRow *row)
{
  g_autoptr(HearthPerson) values = NULL;
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  GDate born;
  GDate on;

  if (!row_can_edit (row))
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->born_row))));

  /* Untouched: nothing to read back. */
  if (g_strcmp0 (text, row->shown_born) == 0)
    {
      hearth_field_set_error (GTK_WIDGET (row->born_row), row->born_error_row,
                              row->born_error_label, NULL, NULL);
      return;
    }

  values = hearth_person_copy (row->person);

  if (*text == '\0')
    {
      hearth_person_set_born (values, NULL);
    }
  else
    {
      /* On error the text stays, so that it can be corrected. */
      if (!parse_date (text, &born, &message))
        {
          hearth_field_set_error (GTK_WIDGET (row->born_row), row->born_error_row,
                                  row->born_error_label, NULL, message);
          return;
        }

      get_age_date (get_assessment (row->panel), &on);
      if (g_date_compare (&born, &on) > 0)
        {
          g_autofree char *visit = hearth_date_format_entry_short (&on);

          /* Translators: %s is the visit date, e.g. “16/11/2026” */
          message = g_strdup_printf (_("This date is after the visit on %s."), visit);
          hearth_field_set_error (GTK_WIDGET (row->born_row), row->born_error_row,
                                  row->born_error_label, NULL, message);
          return;
        }

      if (hearth_age_on (&born, &on) > MAX_AGE)
        {
          /* Translators: %d is the oldest age accepted, 130 */
          message = g_strdup_printf (_("This date is more than %d years before the visit."), MAX_AGE);
          hearth_field_set_error (GTK_WIDGET (row->born_row), row->born_error_row,
                                  row->born_error_label, NULL, message);
          return;
        }

      hearth_person_set_born (values, &born);
    }

  hearth_field_set_error (GTK_WIDGET (row->born_row), row->born_error_row,
                          row->born_error_label, NULL, NULL);
  row_push_values (row, values);

  row->panel->updating++;
  row_update (row, TRUE);
  row->panel->updating--;
}

static void
row_apply_age (HearthHouseholdRow *row)
{
  g_autoptr(HearthPerson) values = NULL;
  g_autofree char *text = NULL;
  int age = HEARTH_AGE_UNKNOWN;

  if (!row_can_edit (row))
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->age_row))));

  if (g_strcmp0 (text, row->shown_age) == 0)
    {
      hearth_field_set_error (GTK_WIDGET (row->age_row), row->age_error_row,
                              row->age_error_label, NULL, NULL);
      return;
    }

  if (*text != '\0' && !parse_age (text, &age))
    {
      g_autofree char *message = NULL;

      /* Translators: shown under the age when it could not be read; %d is 130 */
      message = g_strdup_printf (_("Type the age in whole years, from 0 to %d, or leave it empty."),
                                 MAX_AGE);
      hearth_field_set_error (GTK_WIDGET (row->age_row), row->age_error_row,
                              row->age_error_label, NULL, message);
      return;
    }

  hearth_field_set_error (GTK_WIDGET (row->age_row), row->age_error_row,
                          row->age_error_label, NULL, NULL);

  values = hearth_person_copy (row->person);
  hearth_person_set_stated_age (values, age);
  row_push_values (row, values);

  row->panel->updating++;
  row_update (row, TRUE);
  row->panel->updating--;
}

/* The person row: callbacks */

static void
name_row_activated_cb (HearthHouseholdRow *row)
{
  row_apply_name (row);
}

static void
name_row_leave_cb (HearthHouseholdRow *row)
{
  row_apply_name (row);
}

static void
born_row_activated_cb (HearthHouseholdRow *row)
{
  row_apply_born (row);
}

static void
born_row_leave_cb (HearthHouseholdRow *row)
{
  row_apply_born (row);
}

static void
age_row_activated_cb (HearthHouseholdRow *row)
{
  row_apply_age (row);
}

static void
age_row_leave_cb (HearthHouseholdRow *row)
{
  row_apply_age (row);
}

static void
sex_row_selected_cb (HearthHouseholdRow *row)
{
  guint selected = adw_combo_row_get_selected (row->sex_row);
  g_autoptr(HearthPerson) values = NULL;

  if (!row_can_edit (row) || selected >= G_N_ELEMENTS (sex_order))
    return;

  values = hearth_person_copy (row->person);
  hearth_person_set_sex (values, sex_order[selected]);
  row_push_values (row, values);
}

static void
resident_switch_active_cb (HearthHouseholdRow *row)
{
  g_autoptr(HearthPerson) values = NULL;

  if (!row_can_edit (row))
    return;

  values = hearth_person_copy (row->person);
  hearth_person_set_resident (values, gtk_switch_get_active (row->resident_switch));
  row_push_values (row, values);
}

static void
pr_switch_active_cb (HearthHouseholdRow *row)
{
  g_autoptr(HearthPerson) values = NULL;

  if (!row_can_edit (row))
    return;

  values = hearth_person_copy (row->person);
  hearth_person_set_parental_responsibility (values, gtk_switch_get_active (row->pr_switch));
  row_push_values (row, values);
}

static void
room_row_selected_cb (HearthHouseholdRow *row)
{
  HearthHouseholdPanel *panel = row->panel;
  guint selected = adw_combo_row_get_selected (row->room_row);
  const char *room_id;

  if (!row_can_edit (row) || selected == GTK_INVALID_LIST_POSITION ||
      selected > panel->room_ids->len)
    return;

  room_id = selected == 0 ? NULL : g_ptr_array_index (panel->room_ids, selected - 1);
  if (g_strcmp0 (room_id, hearth_person_get_sleeps_in (row->person)) == 0)
    return;

  hearth_document_push (panel->document,
                        hearth_edit_set_sleeps_in (get_assessment (panel), row->person, room_id));
}

static void
partner_row_selected_cb (HearthHouseholdRow *row)
{
  HearthHouseholdPanel *panel = row->panel;
  guint selected = adw_combo_row_get_selected (row->partner_row);
  const char *id = hearth_person_get_id (row->person);
  const char *partner_id;

  if (!row_can_edit (row) || selected == GTK_INVALID_LIST_POSITION ||
      selected > row->partner_ids->len || selected == row_get_partner_position (row))
    return;

  partner_id = selected == 0 ? NULL : g_ptr_array_index (row->partner_ids, selected - 1);
  hearth_document_push (panel->document,
                        hearth_edit_set_couple (get_assessment (panel), id, partner_id));
}

/* Dragging a person onto a room on the plan records where they sleep. */
static GdkContentProvider *
row_drag_prepare_cb (HearthHouseholdRow *row,
                     double              x,
                     double              y)
{
  GtkWidget *fields = gtk_widget_get_parent (GTK_WIDGET (row->name_row));
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (row), x, y, GTK_PICK_DEFAULT);
  g_autofree char *data = NULL;

  if (!row_can_edit (row) || !hearth_person_get_resident (row->person))
    return NULL;

  /* Only the header drags: the fields of an open row are for typing and
   * choosing, not for picking the person up. */
  if (picked != NULL && fields != NULL && is_inside (picked, fields))
    return NULL;

  data = g_strconcat (HEARTH_PERSON_DRAG_PREFIX, hearth_person_get_id (row->person), NULL);
  return gdk_content_provider_new_typed (G_TYPE_STRING, data);
}

static void
row_drag_begin_cb (HearthHouseholdRow *row,
                   GdkDrag            *drag)
{
  GtkWidget *icon = gtk_drag_icon_get_for_drag (drag);
  GtkWidget *card;
  GtkWidget *label;

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", get_display_name (row->person),
                        "margin-top", 6,
                        "margin-bottom", 6,
                        "margin-start", 12,
                        "margin-end", 12,
                        NULL);
  gtk_widget_add_css_class (label, "heading");

  card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), label);

  gtk_drag_icon_set_child (GTK_DRAG_ICON (icon), card);
}

/* The person row: class */

static void
hearth_household_row_dispose (GObject *object)
{
  HearthHouseholdRow *row = HEARTH_HOUSEHOLD_ROW (object);

  g_clear_object (&row->person);
  g_clear_object (&row->partners);
  g_clear_pointer (&row->partner_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_household_row_parent_class)->dispose (object);
}

static void
hearth_household_row_finalize (GObject *object)
{
  HearthHouseholdRow *row = HEARTH_HOUSEHOLD_ROW (object);

  g_clear_pointer (&row->partners_key, g_free);
  g_clear_pointer (&row->shown_name, g_free);
  g_clear_pointer (&row->shown_born, g_free);
  g_clear_pointer (&row->shown_age, g_free);

  G_OBJECT_CLASS (hearth_household_row_parent_class)->finalize (object);
}

static void
hearth_household_row_class_init (HearthHouseholdRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_household_row_dispose;
  object_class->finalize = hearth_household_row_finalize;
}

static void
hearth_household_row_init (HearthHouseholdRow *row)
{
  row->partner_ids = g_ptr_array_new_with_free_func (g_free);
}

/* Connects Enter in @entry_row to @activated, and focus leaving it to @leave. */
static void
connect_typed_field (HearthHouseholdRow *row,
                     AdwEntryRow        *entry_row,
                     GCallback           activated,
                     GCallback           leave)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (entry_row, "entry-activated", activated, row, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", leave, row, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (entry_row), focus);
}

static HearthHouseholdRow *
hearth_household_row_new (HearthHouseholdPanel *panel,
                          HearthPerson         *person)
{
  HearthHouseholdRow *row;
  AdwExpanderRow *expander;
  g_autoptr(GtkStringList) sexes = gtk_string_list_new (NULL);
  GtkDragSource *source;
  GtkWidget *button;
  GtkWidget *button_row;

  row = g_object_new (HEARTH_TYPE_HOUSEHOLD_ROW,
                      "use-markup", FALSE,
                      NULL);
  expander = ADW_EXPANDER_ROW (row);
  row->panel = panel;
  row->person = g_object_ref (person);

  panel->updating++;

  row->name_row = g_object_new (ADW_TYPE_ENTRY_ROW,
                                /* Translators: a person's name */
                                "title", _("Name"),
                                NULL);
  connect_typed_field (row, row->name_row,
                       G_CALLBACK (name_row_activated_cb), G_CALLBACK (name_row_leave_cb));
  adw_expander_row_add_row (expander, GTK_WIDGET (row->name_row));

  for (guint i = 0; i < G_N_ELEMENTS (sex_order); i++)
    gtk_string_list_append (sexes, hearth_sex_get_label (sex_order[i]));
  row->sex_row = g_object_new (ADW_TYPE_COMBO_ROW,
                               "title", _("Sex"),
                               "model", sexes,
                               NULL);
  g_signal_connect_object (row->sex_row, "notify::selected",
                           G_CALLBACK (sex_row_selected_cb), row, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (expander, GTK_WIDGET (row->sex_row));

  row->born_row = g_object_new (ADW_TYPE_ENTRY_ROW,
                                /* Translators: the order in which to type the date */
                                "title", _("Date of Birth (Day/Month/Year)"),
                                NULL);
  connect_typed_field (row, row->born_row,
                       G_CALLBACK (born_row_activated_cb), G_CALLBACK (born_row_leave_cb));
  adw_expander_row_add_row (expander, GTK_WIDGET (row->born_row));
  row->born_error_row = create_error_row (&row->born_error_label);
  adw_expander_row_add_row (expander, row->born_error_row);

  row->age_row = g_object_new (ADW_TYPE_ENTRY_ROW,
                               "title", _("Age in Years, if No Date of Birth"),
                               "input-purpose", GTK_INPUT_PURPOSE_DIGITS,
                               NULL);
  connect_typed_field (row, row->age_row,
                       G_CALLBACK (age_row_activated_cb), G_CALLBACK (age_row_leave_cb));
  adw_expander_row_add_row (expander, GTK_WIDGET (row->age_row));
  row->age_error_row = create_error_row (&row->age_error_label);
  adw_expander_row_add_row (expander, row->age_error_row);

  row->resident_row = create_switch_row (_("Lives Here"),
                                         _("Sleeps at this address most nights"),
                                         &row->resident_switch);
  g_signal_connect_object (row->resident_switch, "notify::active",
                           G_CALLBACK (resident_switch_active_cb), row, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (expander, GTK_WIDGET (row->resident_row));

  row->pr_row = create_switch_row (_("Has Parental Responsibility"), NULL, &row->pr_switch);
  g_signal_connect_object (row->pr_switch, "notify::active",
                           G_CALLBACK (pr_switch_active_cb), row, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (expander, GTK_WIDGET (row->pr_row));

  row->room_row = g_object_new (ADW_TYPE_COMBO_ROW,
                                /* Translators: the room a person sleeps in */
                                "title", _("Sleeps In"),
                                "model", panel->rooms,
                                NULL);
  g_signal_connect_object (row->room_row, "notify::selected",
                           G_CALLBACK (room_row_selected_cb), row, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (expander, GTK_WIDGET (row->room_row));

  row->partners = gtk_string_list_new (NULL);
  row->partner_row = g_object_new (ADW_TYPE_COMBO_ROW,
                                   /* Translators: the person's partner in a couple */
                                   "title", _("Partner"),
                                   "model", row->partners,
                                   NULL);
  g_signal_connect_object (row->partner_row, "notify::selected",
                           G_CALLBACK (partner_row_selected_cb), row, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (expander, GTK_WIDGET (row->partner_row));

  button = g_object_new (GTK_TYPE_BUTTON,
                         "label", _("_Remove Person"),
                         "use-underline", TRUE,
                         "halign", GTK_ALIGN_END,
                         "margin-top", 6,
                         "margin-bottom", 6,
                         "margin-start", 12,
                         "margin-end", 12,
                         "action-name", "household.remove-person",
                         "action-target", g_variant_new_string (hearth_person_get_id (person)),
                         NULL);
  gtk_widget_add_css_class (button, "destructive-action");
  button_row = g_object_new (GTK_TYPE_LIST_BOX_ROW,
                             "activatable", FALSE,
                             "selectable", FALSE,
                             "focusable", FALSE,
                             "child", button,
                             NULL);
  adw_expander_row_add_row (expander, button_row);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect_object (source, "prepare",
                           G_CALLBACK (row_drag_prepare_cb), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (source, "drag-begin",
                           G_CALLBACK (row_drag_begin_cb), row, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (source));

  row_update (row, TRUE);

  panel->updating--;

  return row;
}

/* Whether the row's person can be edited: they are still in the
 * household (an undo may have taken them away) and the panel is not
 * setting its own widgets. */
static gboolean
row_can_edit (HearthHouseholdRow *row)
{
  HearthHouseholdPanel *panel = row->panel;

  if (panel == NULL || panel->document == NULL || row->person == NULL || panel->updating > 0)
    return FALSE;

  return hearth_assessment_find_person (get_assessment (panel),
                                        hearth_person_get_id (row->person)) == row->person;
}

/* The panel */

/* “Not recorded” and “Bedroom 2 (First floor)” for every room, shared by
 * every row's Sleeps In combo; rebuilt when rooms or floors change. */
static void
update_rooms (HearthHouseholdPanel *self)
{
  GPtrArray *floors = hearth_assessment_get_floors (get_assessment (self));
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GPtrArray) labels = NULL;
  guint n_old;

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);

      g_string_append_printf (key, "%s\x1e", hearth_floor_get_name (floor));
      for (guint j = 0; j < hearth_floor_get_n_rooms (floor); j++)
        {
          HearthRoom *room = hearth_floor_get_room (floor, j);

          g_string_append_printf (key, "%s\x1f%s\x1e",
                                  hearth_room_get_id (room), hearth_room_get_name (room));
        }
    }

  if (g_strcmp0 (key->str, self->rooms_key) == 0)
    return;

  g_free (self->rooms_key);
  self->rooms_key = g_string_free (g_steal_pointer (&key), FALSE);

  labels = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_set_size (self->room_ids, 0);

  /* Translators: in Sleeps In, when nobody said where the person sleeps */
  g_ptr_array_add (labels, g_strdup (_("Not recorded")));
  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);

      for (guint j = 0; j < hearth_floor_get_n_rooms (floor); j++)
        {
          HearthRoom *room = hearth_floor_get_room (floor, j);

          /* Translators: a room and its floor, e.g. “Bedroom 2 (First floor)” */
          g_ptr_array_add (labels, g_strdup_printf (_("%s (%s)"),
                                                    hearth_room_get_name (room),
                                                    hearth_floor_get_name (floor)));
          g_ptr_array_add (self->room_ids, g_strdup (hearth_room_get_id (room)));
        }
    }
  g_ptr_array_add (labels, NULL);

  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->rooms));
  gtk_string_list_splice (self->rooms, 0, n_old, (const char * const *) labels->pdata);
}

static void
remove_all_rows (HearthHouseholdPanel *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->residents_list, 0)) != NULL)
    gtk_list_box_remove (self->residents_list, GTK_WIDGET (row));
  while ((row = gtk_list_box_get_row_at_index (self->elsewhere_list, 0)) != NULL)
    gtk_list_box_remove (self->elsewhere_list, GTK_WIDGET (row));
}

/* Puts one row per person in the right list, in the household's order,
 * keeping the rows of people still there (open or not, with what is being
 * typed) and keyboard focus inside them. */
static void
update_rows (HearthHouseholdPanel *self)
{
  GPtrArray *persons = hearth_assessment_get_persons (get_assessment (self));
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GHashTable) old_rows = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);

      g_string_append_printf (key, "%p%c", (gpointer) person,
                              hearth_person_get_resident (person) ? 'r' : 'e');
    }

  if (g_strcmp0 (key->str, self->rows_key) == 0)
    return;

  g_free (self->rows_key);
  self->rows_key = g_string_free (g_steal_pointer (&key), FALSE);

  if (focus != NULL && !is_inside (focus, GTK_WIDGET (self)))
    focus = NULL;
  if (focus != NULL)
    g_object_ref (focus);

  remove_all_rows (self);
  old_rows = g_steal_pointer (&self->rows);
  self->rows = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      HearthHouseholdRow *row = NULL;
      gpointer stolen_key;

      if (!g_hash_table_steal_extended (old_rows, person, &stolen_key, (gpointer *) &row))
        {
          row = g_object_ref_sink (hearth_household_row_new (self, person));
          stolen_key = g_object_ref (person);
        }

      gtk_list_box_append (hearth_person_get_resident (person)
                           ? self->residents_list : self->elsewhere_list,
                           GTK_WIDGET (row));
      g_hash_table_insert (self->rows, stolen_key, row);
    }

  /* The rows of people no longer there are dropped with old_rows. */

  if (focus != NULL)
    {
      if (gtk_widget_get_root (focus) == root && gtk_root_get_focus (root) != focus)
        gtk_widget_grab_focus (focus);
      g_object_unref (focus);
    }
}

static void
update (HearthHouseholdPanel *self,
        gboolean              force)
{
  GHashTableIter iter;
  gpointer row;

  self->updating++;

  if (self->document == NULL)
    {
      remove_all_rows (self);
      g_hash_table_remove_all (self->rows);
      g_clear_pointer (&self->rows_key, g_free);
    }
  else
    {
      update_rooms (self);
      update_rows (self);

      g_hash_table_iter_init (&iter, self->rows);
      while (g_hash_table_iter_next (&iter, NULL, &row))
        row_update (row, force);
    }

  self->updating--;
}

/* What was typed goes to the document before another is shown. Dates
 * and ages are left out: they may not be valid yet. */
static void
commit_pending (HearthHouseholdPanel *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    row_apply_name (row);
}

static HearthHouseholdRow *
find_row_for_id (HearthHouseholdPanel *self,
                 const char           *id)
{
  HearthPerson *person;

  if (self->document == NULL)
    return NULL;

  person = hearth_assessment_find_person (get_assessment (self), id);
  return person != NULL ? g_hash_table_lookup (self->rows, person) : NULL;
}

/* Callbacks */

static void
document_changed_cb (HearthHouseholdPanel *self)
{
  update (self, FALSE);
}

/* Actions */

static void
add_person (HearthHouseholdPanel *self,
            gboolean              resident)
{
  HearthAssessment *assessment;
  g_autoptr(HearthPerson) person = NULL;
  g_autofree char *id = NULL;
  HearthHouseholdRow *row;

  if (self->document == NULL)
    return;

  assessment = get_assessment (self);
  id = hearth_assessment_new_id (assessment, "person");
  /* Translators: the name given to someone just added, to be typed over */
  person = hearth_person_new (id, _("New person"));
  hearth_person_set_sex (person, HEARTH_SEX_NOT_RECORDED);
  hearth_person_set_resident (person, resident);
  /* A parent living elsewhere is recorded for the sharing checklist,
   * which lists those with parental responsibility. */
  hearth_person_set_parental_responsibility (person, !resident);

  hearth_document_push (self->document, hearth_edit_add_person (assessment, person));

  /* Open, with the name ready to type over. */
  row = g_hash_table_lookup (self->rows, person);
  if (row != NULL)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (row->name_row));
      gtk_editable_select_region (GTK_EDITABLE (row->name_row), 0, -1);
    }
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  add_person (HEARTH_HOUSEHOLD_PANEL (widget), TRUE);
}

static void
add_parent_elsewhere_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  add_person (HEARTH_HOUSEHOLD_PANEL (widget), FALSE);
}

static void
remove_person_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HearthHouseholdPanel *self = HEARTH_HOUSEHOLD_PANEL (widget);
  HearthHouseholdRow *row = find_row_for_id (self, g_variant_get_string (parameter, NULL));
  GtkListBox *list;
  g_autofree char *name = NULL;
  int index;

  if (row == NULL || !row_can_edit (row))
    return;

  list = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  name = g_strdup (get_display_name (row->person));

  hearth_document_push (self->document,
                        hearth_edit_remove_person (get_assessment (self), row->person));

  /* The row with the button is gone: keep keyboard focus in the list. */
  {
    GtkListBoxRow *next = gtk_list_box_get_row_at_index (list, index);

    if (next == NULL && index > 0)
      next = gtk_list_box_get_row_at_index (list, index - 1);

    if (next != NULL)
      gtk_widget_grab_focus (GTK_WIDGET (next));
    else
      gtk_widget_grab_focus (GTK_WIDGET (self->add_person_button));
  }

  g_signal_emit (self, signals[PERSON_REMOVED], 0, name);
}

static void
update_actions (HearthHouseholdPanel *self)
{
  gboolean enabled = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "household.add-person", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "household.add-parent-elsewhere", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "household.remove-person", enabled);
}

/* GObject overrides */

static void
hearth_household_panel_dispose (GObject *object)
{
  HearthHouseholdPanel *self = HEARTH_HOUSEHOLD_PANEL (object);

  hearth_household_panel_set_document (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_HOUSEHOLD_PANEL);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->rooms);

  G_OBJECT_CLASS (hearth_household_panel_parent_class)->dispose (object);
}

static void
hearth_household_panel_finalize (GObject *object)
{
  HearthHouseholdPanel *self = HEARTH_HOUSEHOLD_PANEL (object);

  g_clear_pointer (&self->room_ids, g_ptr_array_unref);
  g_clear_pointer (&self->rooms_key, g_free);
  g_clear_pointer (&self->rows_key, g_free);

  G_OBJECT_CLASS (hearth_household_panel_parent_class)->finalize (object);
}

static void
hearth_household_panel_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HearthHouseholdPanel *self = HEARTH_HOUSEHOLD_PANEL (object);

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
hearth_household_panel_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HearthHouseholdPanel *self = HEARTH_HOUSEHOLD_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hearth_household_panel_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
hearth_household_panel_class_init (HearthHouseholdPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_household_panel_dispose;
  object_class->finalize = hearth_household_panel_finalize;
  object_class->get_property = hearth_household_panel_get_property;
  object_class->set_property = hearth_household_panel_set_property;

  /**
   * HearthHouseholdPanel:document:
   *
   * The document whose household is shown, or %NULL.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         HEARTH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthHouseholdPanel::person-removed:
   * @name: the name of the person removed
   *
   * Someone was removed from the household, so that the window can offer
   * to undo it.
   */
  signals[PERSON_REMOVED] =
    g_signal_new ("person-removed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  (void) hearth_gui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-household-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthHouseholdPanel, residents_list);
  gtk_widget_class_bind_template_child (widget_class, HearthHouseholdPanel, elsewhere_list);
  gtk_widget_class_bind_template_child (widget_class, HearthHouseholdPanel, add_person_button);

  gtk_widget_class_install_action (widget_class, "household.add-person", NULL,
                                   add_person_action);
  gtk_widget_class_install_action (widget_class, "household.add-parent-elsewhere", NULL,
                                   add_parent_elsewhere_action);
  gtk_widget_class_install_action (widget_class, "household.remove-person", "s",
                                   remove_person_action);

  gtk_widget_class_set_css_name (widget_class, "hearthhouseholdpanel");
}

static void
hearth_household_panel_init (HearthHouseholdPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
  self->rooms = gtk_string_list_new (NULL);
  self->room_ids = g_ptr_array_new_with_free_func (g_free);

  update_actions (self);
}

/* Public API */

GtkWidget *
hearth_household_panel_new (HearthDocument *document)
{
  g_return_val_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document), NULL);

  return g_object_new (HEARTH_TYPE_HOUSEHOLD_PANEL,
                       "document", document,
                       NULL);
}

HearthDocument *
hearth_household_panel_get_document (HearthHouseholdPanel *self)
{
  g_return_val_if_fail (HEARTH_IS_HOUSEHOLD_PANEL (self), NULL);

  return self->document;
}

void
hearth_household_panel_set_document (HearthHouseholdPanel *self,
                                     HearthDocument       *document)
{
  g_return_if_fail (HEARTH_IS_HOUSEHOLD_PANEL (self));
  g_return_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document));

  if (document == self->document)
    return;

  if (self->document != NULL)
    {
      commit_pending (self);
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_clear_object (&self->document);

      /* Another household: no row is kept. */
      self->updating++;
      remove_all_rows (self);
      g_hash_table_remove_all (self->rows);
      g_clear_pointer (&self->rows_key, g_free);
      self->updating--;
    }

  if (document != NULL)
    {
      self->document = g_object_ref (document);
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (document_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  update (self, TRUE);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}
