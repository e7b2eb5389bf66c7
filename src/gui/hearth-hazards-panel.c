/* hearth-hazards-panel.c: the HHSRS hazards the caseworker records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each recorded hazard is an expander row holding its form; one more,
 * "Record a Hazard…", holds an empty form. A form is a plain struct owned
 * by its expander row (the rows are built in code, as many as there are
 * hazards). The score, band and category follow the typing: the form is
 * read into a HearthHazard with exact fixed-point numbers (likelihood in
 * thousandths, spread in tenths of a per cent) and scored by the core, so
 * that the band shown is the band the file and the findings will have.
 * Nothing is saved while the form does not read: in particular, not until
 * the spread of harm adds up to exactly 100.0 %.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hearth-edit.h"
#include "hearth-gui-resources.h"
#include "hearth-hazards-panel.h"
#include "hearth-hhsrs.h"

#define CROWDING_AND_SPACE 11
#define N_CLASSES 4
#define N_MATTERS 10
#define MAX_LIKELIHOOD_MILLI G_GINT64_CONSTANT (1000000000000) /* 1 in a thousand million */

typedef struct _HazardForm HazardForm;

struct _HearthHazardsPanel
{
  AdwBin             parent_instance;

  /* Template children */
  GtkListBox        *hazards_list;
  GtkListBox        *record_list;

  /* State */
  HearthDocument    *document;
  HearthRuleOptions  options;
  GPtrArray         *rows;         /* AdwExpanderRow, one per recorded hazard */
  AdwExpanderRow    *record_row;   /* "Record a Hazard…" */
  char              *rooms_key;    /* the rooms the forms list */
  GPtrArray         *matters;      /* HearthRelevantMatter, or NULL */
};

G_DEFINE_FINAL_TYPE (HearthHazardsPanel, hearth_hazards_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One hazard's form, owned by its expander row. */
struct _HazardForm
{
  HearthHazardsPanel *panel;
  AdwExpanderRow     *expander;
  gboolean            is_new;
  int                 number;           /* of a recorded hazard */

  AdwComboRow        *hazard_row;       /* new hazards only */
  /* Rooms and evidence open and close in place: nested expander rows
   * show the wrong arrow in libadwaita 1.2. */
  AdwActionRow       *rooms_row;
  GtkWidget          *rooms_arrow;
  GtkWidget          *rooms_box_row;
  GtkBox             *rooms_box;
  gboolean            rooms_open;
  GPtrArray          *room_checks;      /* GtkCheckButton, "hearth-room-id" data */
  AdwComboRow        *likelihood_row;
  AdwEntryRow        *other_row;
  AdwEntryRow        *class_rows[N_CLASSES];
  AdwActionRow       *total_row;
  GtkLabel           *total_label;
  GtkTextView        *notes_view;
  AdwActionRow       *score_row;
  GtkLabel           *score_label;
  AdwActionRow       *evidence_row;
  GtkWidget          *evidence_arrow;
  gboolean            evidence_open;
  AdwActionRow       *matter_rows[N_MATTERS];
  guint               n_matters;        /* rows with a matter in them */
  GtkWidget          *error_row;
  GtkLabel           *error_label;
  GtkWidget          *category_icon;

  char               *shown_key;        /* the hazard last put in the form */
  guint               updating;
};

/* Helpers: numbers */

/* Reads a decimal number with at most @decimals places as a whole number
 * of 10^-@decimals: "31.6" with 1 place is 316, "7.5" with 3 is 7500, "10"
 * with 1 is 100. Spaces around it are allowed, and with @percent one "%"
 * after it. Never goes through floating point, so that a band edge is
 * decided exactly. */
static gboolean
parse_fixed (const char *text,
             guint       decimals,
             gboolean    percent,
             gint64      max,
             gint64     *out)
{
  const char *p = text != NULL ? text : "";
  gint64 value = 0;
  guint n_digits = 0;
  guint n_decimals = 0;

  while (g_ascii_isspace (*p))
    p++;

  for (; g_ascii_isdigit (*p); p++)
    {
      /* Far beyond any value read here, and far from overflowing. */
      if (value > G_GINT64_CONSTANT (100000000000000))
        return FALSE;
      value = value * 10 + (*p - '0');
      n_digits++;
    }

  if (*p == '.')
    {
      p++;
      for (; g_ascii_isdigit (*p); p++)
        {
          if (n_decimals == decimals)
            return FALSE;
          value = value * 10 + (*p - '0');
          n_decimals++;
        }
      if (n_decimals == 0)
        return FALSE;
    }

  if (n_digits == 0 && n_decimals == 0)
    return FALSE;

  for (; n_decimals < decimals; n_decimals++)
    value *= 10;

  while (g_ascii_isspace (*p))
    p++;
  if (percent && *p == '%')
    p++;
  while (g_ascii_isspace (*p))
    p++;

  if (*p != '\0' || value > max)
    return FALSE;

  *out = value;
  return TRUE;
}

/* 316 → "31.6" */
static char *
format_tenths (int tenths)
{
  return g_strdup_printf ("%d.%d", tenths / 10, tenths % 10);
}

/* 7500 → "7.5", 100000 → "100" */
static char *
format_milli (gint64 milli)
{
  g_autofree char *fraction = g_strdup_printf ("%03d", (int) (milli % 1000));
  gsize len = strlen (fraction);

  while (len > 0 && fraction[len - 1] == '0')
    fraction[--len] = '\0';

  if (len == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, milli / 1000);

  return g_strdup_printf ("%" G_GINT64_FORMAT ".%s", milli / 1000, fraction);
}

/* The score as the findings show it: one decimal, truncated, so that
 * 999.96 never reads 1000.0. */
static char *
format_score (const HearthHazard *hazard)
{
  return g_strdup_printf ("%.1f", (double) (gint64) (hearth_hazard_get_score (hazard) * 10) / 10.0);
}

static char *
describe_score (const HearthHazard *hazard)
{
  g_autofree char *score = format_score (hazard);

  /* Translators: a hazard's HHSRS score, band (A–J) and category (1 or 2),
   * e.g. “Score 1199.6, band C, category 1” */
  return g_strdup_printf (_("Score %s, band %c, category %d"),
                          score,
                          hearth_hhsrs_band_to_char (hearth_hazard_get_band (hazard)),
                          hearth_hazard_get_category (hazard));
}

/* "11 Crowding and space" */
static char *
format_hazard_title (int number)
{
  /* Translators: a hazard's number and name in Schedule 1, e.g.
   * “11 Crowding and space” */
  return g_strdup_printf (_("%d %s"), number, hearth_hhsrs_hazard_get_name (number));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Everything a hazard holds, to tell whether a form shows it. The rooms
 * are a set: the form lists them in the order of the plan. */
static char *
create_hazard_key (const HearthHazard *hazard)
{
  g_auto(GStrv) sorted = g_strdupv (hazard->rooms);
  g_autofree char *rooms = NULL;

  if (sorted != NULL)
    qsort (sorted, g_strv_length (sorted), sizeof (char *), compare_strings);
  rooms = sorted != NULL ? g_strjoinv (" ", sorted) : g_strdup ("");

  return g_strdup_printf ("%d|%s|%" G_GINT64_FORMAT "|%d|%d|%d|%d|%s",
                          hazard->number, rooms, hazard->likelihood_milli,
                          hazard->spread_tenths[0], hazard->spread_tenths[1],
                          hazard->spread_tenths[2], hazard->spread_tenths[3],
                          hazard->notes != NULL ? hazard->notes : "");
}

/* Every room on every floor, with its name and floor. */
static char *
create_rooms_key (HearthAssessment *assessment)
{
  GPtrArray *floors = hearth_assessment_get_floors (assessment);
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);

      g_string_append_printf (key, "%s\x1f", hearth_floor_get_name (floor));
      for (guint j = 0; j < hearth_floor_get_n_rooms (floor); j++)
        {
          HearthRoom *room = hearth_floor_get_room (floor, j);

          g_string_append_printf (key, "%s\x1f%s\x1f", hearth_room_get_id (room),
                                  hearth_room_get_name (room));
        }
      g_string_append_c (key, '\x1e');
    }

  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* Helpers: the form */

static HazardForm *
get_form (gpointer row)
{
  return g_object_get_data (G_OBJECT (row), "hearth-form");
}

static void
hazard_form_free (HazardForm *form)
{
  g_clear_pointer (&form->room_checks, g_ptr_array_unref);
  g_clear_pointer (&form->shown_key, g_free);
  g_free (form);
}

static int
get_form_number (HazardForm *form)
{
  guint selected;

  if (!form->is_new)
    return form->number;

  selected = adw_combo_row_get_selected (form->hazard_row);
  if (selected == GTK_INVALID_LIST_POSITION || selected >= HEARTH_N_HHSRS_HAZARDS)
    return 0;

  return (int) selected + 1;
}

static guint
get_other_position (void)
{
  return hearth_hhsrs_get_n_likelihood_points ();
}

static void
set_entry_error (AdwEntryRow *row,
                 const char  *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* A read-only value: in the suffix label, and with the row's title in the
 * row's accessible name so that a screen reader reads them together. */
static void
set_value (AdwActionRow *row,
           GtkLabel     *label,
           const char   *value)
{
  g_autofree char *accessible = NULL;

  gtk_label_set_label (label, value);

  /* Translators: a value read by a screen reader, e.g. “Total: 99.9 %” */
  accessible = g_strdup_printf (_("%s: %s"),
                                adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static char *
dup_notes (HazardForm *form)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (form->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_notes (HazardForm *form,
           const char *notes)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (form->notes_view),
                            notes != NULL ? notes : "", -1);
}

/* Opens or closes a disclosure row: its arrow, and its state for a
 * screen reader. */
static void
set_disclosure (AdwActionRow *row,
                GtkWidget    *arrow,
                gboolean      open)
{
  gtk_image_set_from_icon_name (GTK_IMAGE (arrow), open ? "pan-up-symbolic" : "pan-down-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                               GTK_ACCESSIBLE_STATE_EXPANDED, open,
                               -1);
}

static void
update_evidence_visible (HazardForm *form)
{
  gboolean crowding = get_form_number (form) == CROWDING_AND_SPACE;

  gtk_widget_set_visible (GTK_WIDGET (form->evidence_row), crowding);
  for (guint i = 0; i < N_MATTERS; i++)
    gtk_widget_set_visible (GTK_WIDGET (form->matter_rows[i]),
                            crowding && form->evidence_open && i < form->n_matters);
  set_disclosure (form->evidence_row, form->evidence_arrow, form->evidence_open);
}

static void
set_form_error (HazardForm *form,
                const char *message)
{
  gtk_label_set_label (form->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (form->error_row, message != NULL);
}

/* Reads the form into a new hazard. Returns NULL and the first problem in
 * @message when it does not read; each field that does not read is marked,
 * and the spread's total is shown either way. */
static HearthHazard *
read_form (HazardForm  *form,
           char       **message)
{
  static const char * const class_names[N_CLASSES] = {
    N_("Class I"), N_("Class II"), N_("Class III"), N_("Class IV"),
  };
  g_autoptr(HearthHazard) hazard = NULL;
  g_autoptr(GStrvBuilder) rooms = g_strv_builder_new ();
  g_autofree char *problem = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *notes = NULL;
  int number = get_form_number (form);
  guint likelihood = adw_combo_row_get_selected (form->likelihood_row);
  gint64 total = 0;
  gboolean spread_read = TRUE;

  hazard = hearth_hazard_new (number);

  if (number == 0)
    /* Translators: the form for a new hazard has no hazard chosen */
    problem = g_strdup (_("Choose the hazard."));

  for (guint i = 0; i < form->room_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (form->room_checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (rooms, g_object_get_data (G_OBJECT (check), "hearth-room-id"));
    }
  g_strfreev (hazard->rooms);
  hazard->rooms = g_strv_builder_end (rooms);

  /* Likelihood: a scale point, or 1 in N typed */
  gtk_widget_set_visible (GTK_WIDGET (form->other_row), likelihood == get_other_position ());
  if (likelihood < hearth_hhsrs_get_n_likelihood_points ())
    {
      hazard->likelihood_milli = (gint64) hearth_hhsrs_get_likelihood_point (likelihood) * 1000;
      set_entry_error (form->other_row, NULL);
    }
  else if (likelihood == get_other_position ())
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (form->other_row));
      gint64 milli;

      if (parse_fixed (text, 3, FALSE, MAX_LIKELIHOOD_MILLI, &milli) && milli >= 1000)
        {
          hazard->likelihood_milli = milli;
          set_entry_error (form->other_row, NULL);
        }
      else
        {
          const char *error = _("Type the likelihood as 1 in a number of at least 1, with up to three decimals, such as 7.5.");

          set_entry_error (form->other_row, *text != '\0' ? error : NULL);
          if (problem == NULL)
            problem = g_strdup (error);
        }
    }
  else if (problem == NULL)
    {
      problem = g_strdup (_("Choose the likelihood of harm in the next 12 months."));
    }

  /* Spread of harm: an empty class is 0 % */
  for (guint i = 0; i < N_CLASSES; i++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (form->class_rows[i]));
      gint64 tenths = 0;
      g_autofree char *error = NULL;

      while (g_ascii_isspace (*text))
        text++;

      if (*text == '\0' || parse_fixed (text, 1, TRUE, 1000, &tenths))
        {
          hazard->spread_tenths[i] = (int) tenths;
          total += tenths;
          set_entry_error (form->class_rows[i], NULL);
          continue;
        }

      spread_read = FALSE;
      /* Translators: %s is “Class I” to “Class IV” */
      error = g_strdup_printf (_("%s: type a percentage from 0 to 100 with at most one decimal, such as 31.6."),
                               _(class_names[i]));
      set_entry_error (form->class_rows[i], error);
      if (problem == NULL)
        problem = g_steal_pointer (&error);
    }

  if (spread_read)
    {
      g_autofree char *tenths = format_tenths ((int) MIN (total, 99999));

      /* Translators: the total of the spread of harm, e.g. “99.9 %”; the
       * space is a no-break space */
      total_text = g_strdup_printf (_("%s\u00a0%%"), tenths);
    }
  else
    {
      total_text = g_strdup ("—");
    }
  set_value (form->total_row, form->total_label, total_text);

  if (spread_read && total != 1000)
    {
      g_autofree char *tenths = format_tenths ((int) MIN (total, 99999));
      g_autofree char *error = NULL;

      /* Translators: %s is the total typed, e.g. “99.9” */
      error = g_strdup_printf (_("The four classes add up to %s %%; they must add up to exactly 100.0 %%."),
                               tenths);
      gtk_widget_add_css_class (GTK_WIDGET (form->total_label), "error");
      if (problem == NULL)
        problem = g_steal_pointer (&error);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (form->total_label), "error");
    }

  notes = g_strstrip (dup_notes (form));
  if (*notes != '\0')
    hazard->notes = g_steal_pointer (&notes);

  if (problem == NULL && !hearth_hazard_validate (hazard, NULL))
    problem = g_strdup (_("These numbers cannot be scored."));

  if (problem != NULL)
    {
      if (message != NULL)
        *message = g_steal_pointer (&problem);
      return NULL;
    }

  return g_steal_pointer (&hazard);
}

/* Shows the score of what is typed, as it is typed. */
static void
update_score (HazardForm *form)
{
  g_autoptr(HearthHazard) hazard = NULL;
  g_autofree char *problem = NULL;

  hazard = read_form (form, &problem);

  update_evidence_visible (form);

  if (hazard == NULL)
    {
      /* After a Save that failed, the error follows the form. */
      if (gtk_widget_get_visible (form->error_row))
        set_form_error (form, problem);

      set_value (form->score_row, form->score_label, "—");
      adw_action_row_set_subtitle (form->score_row, problem);
      gtk_widget_remove_css_class (GTK_WIDGET (form->score_label), "error");
      return;
    }

  {
    g_autofree char *score = format_score (hazard);
    g_autofree char *subtitle = NULL;
    g_autofree char *accessible = NULL;
    char band = hearth_hhsrs_band_to_char (hearth_hazard_get_band (hazard));
    int category = hearth_hazard_get_category (hazard);

    gtk_label_set_label (form->score_label, score);
    subtitle = category == 1
      /* Translators: under the score: its band (A–J) and category 1 */
      ? g_strdup_printf (_("Band %c, category 1: the council has a duty to act"), band)
      /* Translators: under the score: its band (A–J) and category 2 */
      : g_strdup_printf (_("Band %c, category 2: the council may act"), band);
    adw_action_row_set_subtitle (form->score_row, subtitle);
    /* For a screen reader: “Score 3.9, band J, category 2” */
    accessible = describe_score (hazard);
    gtk_accessible_update_property (GTK_ACCESSIBLE (form->score_row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                    -1);
    if (category == 1)
      gtk_widget_add_css_class (GTK_WIDGET (form->score_label), "error");
    else
      gtk_widget_remove_css_class (GTK_WIDGET (form->score_label), "error");
  }

  /* An error from an earlier Save goes once the form reads. */
  set_form_error (form, NULL);
}

/* The rooms row's subtitle: which rooms are ticked. */
static void
update_rooms_summary (HazardForm *form)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < form->room_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (form->room_checks, i);

      if (!gtk_check_button_get_active (check))
        continue;

      if (names->len > 0)
        /* Translators: separates room names in a list */
        g_string_append (names, _(", "));
      g_string_append (names, g_object_get_data (G_OBJECT (check), "hearth-room-name"));
    }

  adw_action_row_set_subtitle (form->rooms_row,
                               names->len > 0 ? names->str : _("None chosen"));
}

/* Updates the expander's title, subtitle and category mark from the hazard
 * recorded. */
static void
update_recorded_title (HazardForm         *form,
                       const HearthHazard *hazard)
{
  g_autofree char *title = format_hazard_title (hazard->number);
  g_autofree char *subtitle = describe_score (hazard);
  gboolean category_1 = hearth_hazard_get_category (hazard) == 1;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->expander), title);
  adw_expander_row_set_subtitle (form->expander, subtitle);
  gtk_image_set_from_icon_name (GTK_IMAGE (form->category_icon),
                                category_1 ? "dialog-warning-symbolic" : "dialog-information-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->category_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  category_1 ? _("Category 1") : _("Category 2"),
                                  -1);

  if (category_1)
    {
      gtk_widget_add_css_class (GTK_WIDGET (form->expander), "category-1");
      gtk_widget_add_css_class (form->category_icon, "error");
      gtk_widget_remove_css_class (form->category_icon, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (form->expander), "category-1");
      gtk_widget_remove_css_class (form->category_icon, "error");
      gtk_widget_add_css_class (form->category_icon, "dim-label");
    }
}

/* Puts @hazard in the form, or clears it when NULL (a new hazard). */
static void
load_hazard (HazardForm         *form,
             const HearthHazard *hazard)
{
  guint position = GTK_INVALID_LIST_POSITION;

  form->updating++;

  g_clear_pointer (&form->shown_key, g_free);

  if (hazard != NULL)
    {
      form->shown_key = create_hazard_key (hazard);
      form->number = hazard->number;

      for (guint i = 0; i < hearth_hhsrs_get_n_likelihood_points (); i++)
        if ((gint64) hearth_hhsrs_get_likelihood_point (i) * 1000 == hazard->likelihood_milli)
          position = i;

      if (position == GTK_INVALID_LIST_POSITION)
        {
          g_autofree char *other = format_milli (hazard->likelihood_milli);

          position = get_other_position ();
          gtk_editable_set_text (GTK_EDITABLE (form->other_row), other);
        }
      else
        {
          gtk_editable_set_text (GTK_EDITABLE (form->other_row), "");
        }

      for (guint i = 0; i < N_CLASSES; i++)
        {
          g_autofree char *text = format_tenths (hazard->spread_tenths[i]);

          gtk_editable_set_text (GTK_EDITABLE (form->class_rows[i]), text);
        }

      set_notes (form, hazard->notes);
      update_recorded_title (form, hazard);
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (form->other_row), "");
      for (guint i = 0; i < N_CLASSES; i++)
        gtk_editable_set_text (GTK_EDITABLE (form->class_rows[i]), "");
      set_notes (form, NULL);
    }

  adw_combo_row_set_selected (form->likelihood_row, position);

  for (guint i = 0; i < form->room_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (form->room_checks, i);
      const char *id = g_object_get_data (G_OBJECT (check), "hearth-room-id");

      gtk_check_button_set_active (check,
                                   hazard != NULL && hazard->rooms != NULL &&
                                   g_strv_contains ((const char * const *) hazard->rooms, id));
    }

  update_rooms_summary (form);
  set_form_error (form, NULL);
  update_score (form);

  form->updating--;
}

/* Callbacks: the form */

static void
form_changed_cb (HazardForm *form)
{
  if (form->updating > 0)
    return;

  update_score (form);
}

static void
room_check_toggled_cb (HazardForm *form)
{
  if (form->updating > 0)
    return;

  update_rooms_summary (form);
}

static guint
get_form_index (HazardForm *form)
{
  guint index;

  if (g_ptr_array_find (form->panel->rows, form->expander, &index))
    return index;

  return G_MAXUINT;
}

static void
save_clicked_cb (HazardForm *form)
{
  HearthHazardsPanel *self = form->panel;
  g_autoptr(HearthHazard) hazard = NULL;
  g_autofree char *problem = NULL;
  HearthAssessment *assessment;

  if (self->document == NULL)
    return;

  assessment = hearth_document_get_assessment (self->document);
  hazard = read_form (form, &problem);

  if (hazard == NULL)
    {
      set_form_error (form, problem);
      gtk_accessible_update_property (GTK_ACCESSIBLE (form->error_row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, problem,
                                      -1);
      return;
    }

  if (form->is_new)
    {
      GtkWidget *row;

      hearth_document_push (self->document, hearth_edit_add_hazard (assessment, hazard));

      /* The form is ready for the next one; the caseworker goes on from
       * the hazard just recorded. */
      load_hazard (form, NULL);
      adw_expander_row_set_expanded (form->expander, FALSE);
      if (self->rows->len > 0)
        {
          row = g_ptr_array_index (self->rows, self->rows->len - 1);
          gtk_widget_grab_focus (row);
        }
    }
  else
    {
      guint index = get_form_index (form);
      GPtrArray *hazards = hearth_assessment_get_hazards (assessment);
      g_autofree char *key = create_hazard_key (hazard);

      if (index >= hazards->len)
        return;

      if (g_strcmp0 (key, form->shown_key) == 0)
        return;

      hearth_document_push (self->document,
                            hearth_edit_update_hazard (assessment, index, hazard));
    }
}

static void
remove_clicked_cb (HazardForm *form)
{
  HearthHazardsPanel *self = form->panel;
  HearthAssessment *assessment;
  guint index = get_form_index (form);
  g_autofree gboolean *expanded = NULL;
  guint n_rows;

  if (self->document == NULL)
    return;

  assessment = hearth_document_get_assessment (self->document);
  if (index >= hearth_assessment_get_hazards (assessment)->len)
    return;

  n_rows = self->rows->len;
  expanded = g_new0 (gboolean, n_rows);
  for (guint i = 0; i < n_rows; i++)
    expanded[i] = adw_expander_row_get_expanded (g_ptr_array_index (self->rows, i));

  /* @form may be gone after this: the last row goes. */
  hearth_document_push (self->document, hearth_edit_remove_hazard (assessment, index));

  /* The rows show the hazards by position: the ones after the removed one
   * move up a row, and so does whether they were open. */
  for (guint i = index; i < self->rows->len && i + 1 < n_rows; i++)
    adw_expander_row_set_expanded (g_ptr_array_index (self->rows, i), expanded[i + 1]);

  /* Focus goes to the hazard now in its place, or the one before it. */
  if (self->rows->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->rows, MIN (index, self->rows->len - 1)));
}

/* Building a form */

static AdwEntryRow *
add_entry_row (HazardForm *form,
               const char *title)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (form_changed_cb), form);
  adw_expander_row_add_row (form->expander, GTK_WIDGET (row));

  return row;
}

static AdwActionRow *
add_value_row (HazardForm *form,
               const char *title,
               GtkLabel  **label)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *value = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_label_set_xalign (GTK_LABEL (value), 1.0);
  gtk_widget_add_css_class (value, "numeric");
  adw_action_row_add_suffix (row, value);
  adw_expander_row_add_row (form->expander, GTK_WIDGET (row));

  *label = GTK_LABEL (value);
  return row;
}

/* The list of hazards, with the name of each group above its first. */
static void
hazard_item_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *group = gtk_label_new (NULL);
  GtkWidget *name = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (group), 0.0);
  gtk_widget_add_css_class (group, "caption-heading");
  gtk_widget_add_css_class (group, "dim-label");
  gtk_widget_set_margin_top (group, 6);
  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 36);
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), name);
  gtk_list_item_set_child (item, box);
}

static void
hazard_item_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *group = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_next_sibling (group);
  int number = (int) gtk_list_item_get_position (item) + 1;
  int group_index = hearth_hhsrs_hazard_get_group (number);
  gboolean first = number == 1 || hearth_hhsrs_hazard_get_group (number - 1) != group_index;

  gtk_label_set_label (GTK_LABEL (name),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
  gtk_widget_set_visible (group, first);
  if (first)
    {
      g_autofree char *heading = NULL;

      /* Translators: a group of hazards in Schedule 1, with its letter,
       * e.g. “A · Physiological requirements” */
      heading = g_strdup_printf (_("%c · %s"), 'A' + group_index,
                                 hearth_hhsrs_group_get_name (group_index));
      gtk_label_set_label (GTK_LABEL (group), heading);
    }
}

static void
create_hazard_row (HazardForm *form)
{
  g_autoptr(GtkStringList) hazards = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  for (int number = 1; number <= HEARTH_N_HHSRS_HAZARDS; number++)
    {
      g_autofree char *title = format_hazard_title (number);

      gtk_string_list_append (hazards, title);
    }

  g_signal_connect (factory, "setup", G_CALLBACK (hazard_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (hazard_item_bind_cb), NULL);

  form->hazard_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->hazard_row), _("Hazard"));
  adw_combo_row_set_use_subtitle (form->hazard_row, TRUE);
  adw_combo_row_set_model (form->hazard_row, G_LIST_MODEL (hazards));
  adw_combo_row_set_list_factory (form->hazard_row, factory);
  /* Crowding is what a home visit most often finds. */
  adw_combo_row_set_selected (form->hazard_row, CROWDING_AND_SPACE - 1);
  g_signal_connect_swapped (form->hazard_row, "notify::selected",
                            G_CALLBACK (form_changed_cb), form);
  adw_expander_row_add_row (form->expander, GTK_WIDGET (form->hazard_row));
}

static void
create_likelihood_row (HazardForm *form)
{
  g_autoptr(GtkStringList) points = gtk_string_list_new (NULL);

  for (guint i = 0; i < hearth_hhsrs_get_n_likelihood_points (); i++)
    {
      g_autofree char *range = g_strdup (hearth_hhsrs_get_likelihood_range (i));
      g_autofree char *label = NULL;

      /* The range reads as part of a sentence: “(less likely than …)” */
      if (g_unichar_isupper (g_utf8_get_char (range)) && g_ascii_isalpha (*range))
        *range = g_ascii_tolower (*range);

      /* Translators: a representative scale point of likelihood and the
       * range it stands for, e.g. “1 in 5600 (less likely than 1 in 4200)” */
      label = g_strdup_printf (_("1 in %d (%s)"),
                               hearth_hhsrs_get_likelihood_point (i), range);
      gtk_string_list_append (points, label);
    }
  /* Translators: a likelihood typed in, not one of the scale points */
  gtk_string_list_append (points, _("Other…"));

  form->likelihood_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->likelihood_row),
                                 _("Likelihood of Harm in 12 Months"));
  adw_combo_row_set_use_subtitle (form->likelihood_row, TRUE);
  adw_combo_row_set_model (form->likelihood_row, G_LIST_MODEL (points));
  adw_combo_row_set_selected (form->likelihood_row, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (form->likelihood_row, "notify::selected",
                            G_CALLBACK (form_changed_cb), form);
  adw_expander_row_add_row (form->expander, GTK_WIDGET (form->likelihood_row));

  /* Translators: the title of the field for a likelihood typed as
   * “1 in N”; the caseworker types N */
  form->other_row = add_entry_row (form, _("Other Likelihood: 1 in …, e.g. 7.5"));
  adw_entry_row_set_input_purpose (form->other_row, GTK_INPUT_PURPOSE_NUMBER);
  gtk_widget_set_visible (GTK_WIDGET (form->other_row), FALSE);
}

static AdwActionRow *
add_disclosure_row (HazardForm *form,
                    const char *title,
                    GCallback   activated_cb,
                    GtkWidget **arrow)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  *arrow = gtk_image_new_from_icon_name ("pan-down-symbolic");
  adw_action_row_add_suffix (row, *arrow);
  set_disclosure (row, *arrow, FALSE);
  g_signal_connect_swapped (row, "activated", activated_cb, form);
  adw_expander_row_add_row (form->expander, GTK_WIDGET (row));

  return row;
}

static void
evidence_row_activated_cb (HazardForm *form)
{
  form->evidence_open = !form->evidence_open;
  update_evidence_visible (form);
}

static void
rooms_row_activated_cb (HazardForm *form)
{
  form->rooms_open = !form->rooms_open;
  gtk_widget_set_visible (form->rooms_box_row, form->rooms_open);
  set_disclosure (form->rooms_row, form->rooms_arrow, form->rooms_open);
}

static void
create_evidence_rows (HazardForm *form)
{
  form->evidence_row = add_disclosure_row (form, _("Evidence from the Plan"),
                                           G_CALLBACK (evidence_row_activated_cb),
                                           &form->evidence_arrow);
  adw_action_row_set_subtitle (form->evidence_row,
                               _("The ten relevant matters for Crowding and space, from the plan and the household"));

  for (guint i = 0; i < N_MATTERS; i++)
    {
      form->matter_rows[i] = g_object_new (ADW_TYPE_ACTION_ROW,
                                           "use-markup", FALSE,
                                           "activatable", FALSE,
                                           NULL);
      gtk_widget_add_css_class (GTK_WIDGET (form->matter_rows[i]), "relevant-matter");
      adw_expander_row_add_row (form->expander, GTK_WIDGET (form->matter_rows[i]));
    }

  update_evidence_visible (form);
}

static void
create_rooms_rows (HazardForm *form)
{
  form->rooms_row = add_disclosure_row (form, _("Rooms"),
                                        G_CALLBACK (rooms_row_activated_cb),
                                        &form->rooms_arrow);

  form->rooms_box_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (form->rooms_box_row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (form->rooms_box_row), FALSE);
  gtk_widget_set_focusable (form->rooms_box_row, FALSE);
  gtk_widget_set_visible (form->rooms_box_row, FALSE);
  form->rooms_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  gtk_widget_set_margin_top (GTK_WIDGET (form->rooms_box), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (form->rooms_box), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (form->rooms_box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (form->rooms_box), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->rooms_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rooms"),
                                  -1);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (form->rooms_box_row), GTK_WIDGET (form->rooms_box));
  adw_expander_row_add_row (form->expander, form->rooms_box_row);
}

static void
create_notes_row (HazardForm *form)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (_("Notes"));
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  form->notes_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (form->notes_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (form->notes_view, FALSE);
  gtk_text_view_set_top_margin (form->notes_view, 6);
  gtk_text_view_set_bottom_margin (form->notes_view, 6);
  gtk_text_view_set_left_margin (form->notes_view, 6);
  gtk_text_view_set_right_margin (form->notes_view, 6);
  gtk_widget_set_size_request (GTK_WIDGET (form->notes_view), -1, 64);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (form->notes_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (form->notes_view));
  gtk_box_append (GTK_BOX (box), frame);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  adw_expander_row_add_row (form->expander, row);
}

static void
create_buttons_row (HazardForm *form)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *save;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  if (!form->is_new)
    {
      GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Hazard"));

      gtk_widget_add_css_class (remove, "destructive-action");
      g_signal_connect_swapped (remove, "clicked", G_CALLBACK (remove_clicked_cb), form);
      gtk_box_append (GTK_BOX (box), remove);
    }

  save = gtk_button_new_with_mnemonic (form->is_new ? _("_Record Hazard") : _("_Save Changes"));
  gtk_widget_set_hexpand (save, TRUE);
  gtk_widget_set_halign (save, GTK_ALIGN_END);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), form);
  gtk_box_append (GTK_BOX (box), save);

  adw_expander_row_add_row (form->expander, row);
}

/* Ticks for the rooms on every floor, under the floor's name, keeping
 * what was ticked. */
static void
set_form_rooms (HazardForm       *form,
                HearthAssessment *assessment)
{
  GPtrArray *floors = hearth_assessment_get_floors (assessment);
  g_autoptr(GHashTable) ticked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *child;

  form->updating++;

  for (guint i = 0; i < form->room_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (form->room_checks, i);

      if (gtk_check_button_get_active (check))
        g_hash_table_add (ticked, g_strdup (g_object_get_data (G_OBJECT (check), "hearth-room-id")));
    }
  g_ptr_array_set_size (form->room_checks, 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (form->rooms_box))) != NULL)
    gtk_box_remove (form->rooms_box, child);

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);
      GtkWidget *heading;

      if (hearth_floor_get_n_rooms (floor) == 0)
        continue;

      heading = gtk_label_new (hearth_floor_get_name (floor));
      gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_widget_add_css_class (heading, "caption-heading");
      gtk_widget_add_css_class (heading, "dim-label");
      if (gtk_widget_get_first_child (GTK_WIDGET (form->rooms_box)) != NULL)
        gtk_widget_set_margin_top (heading, 8);
      gtk_box_append (form->rooms_box, heading);

      for (guint j = 0; j < hearth_floor_get_n_rooms (floor); j++)
        {
          HearthRoom *room = hearth_floor_get_room (floor, j);
          const char *name = hearth_room_get_name (room);
          g_autofree char *description = NULL;
          GtkWidget *check;

          if (name == NULL || *name == '\0')
            name = hearth_room_get_id (room);

          check = gtk_check_button_new_with_label (name);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                       g_hash_table_contains (ticked, hearth_room_get_id (room)));
          g_object_set_data_full (G_OBJECT (check), "hearth-room-id",
                                  g_strdup (hearth_room_get_id (room)), g_free);
          g_object_set_data_full (G_OBJECT (check), "hearth-room-name",
                                  g_strdup (name), g_free);
          gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                          hearth_floor_get_name (floor),
                                          -1);
          g_signal_connect_swapped (check, "toggled", G_CALLBACK (room_check_toggled_cb), form);
          gtk_box_append (form->rooms_box, check);
          g_ptr_array_add (form->room_checks, check);
        }
    }

  if (form->room_checks->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("No rooms on the plan yet"));

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (form->rooms_box, label);
    }

  update_rooms_summary (form);

  form->updating--;
}

static void
set_form_evidence (HazardForm *form,
                   GPtrArray  *matters)
{
  form->n_matters = matters != NULL ? MIN (matters->len, N_MATTERS) : 0;

  for (guint i = 0; i < N_MATTERS; i++)
    {
      const HearthRelevantMatter *matter = matters != NULL && i < matters->len
                                           ? g_ptr_array_index (matters, i) : NULL;
      g_autofree char *title = NULL;

      if (matter == NULL)
        continue;

      /* Translators: a relevant matter for crowding, with its letter in
       * the Operating Guidance, e.g. “(h) Bedroom size” */
      title = g_strdup_printf (_("(%c) %s"), matter->letter, matter->title);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->matter_rows[i]), title);
      adw_action_row_set_subtitle (form->matter_rows[i], matter->evidence);
    }

  update_evidence_visible (form);
}

/* A form in a new expander row: for the recorded hazard @hazard, or for a
 * new one when NULL. */
static AdwExpanderRow *
create_form (HearthHazardsPanel *self,
             const HearthHazard *hazard)
{
  static const char * const class_titles[N_CLASSES] = {
    /* Translators: the share of outcomes in each class of harm */
    N_("Class I, Extreme (%)"),
    N_("Class II, Severe (%)"),
    N_("Class III, Serious (%)"),
    N_("Class IV, Moderate (%)"),
  };
  HazardForm *form = g_new0 (HazardForm, 1);
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (adw_expander_row_new ());

  form->panel = self;
  form->expander = expander;
  form->is_new = hazard == NULL;
  form->room_checks = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (expander), "hearth-form", form,
                          (GDestroyNotify) hazard_form_free);
  g_object_set (expander, "use-markup", FALSE, NULL);

  /* Category 1 or 2 for a recorded hazard, "add" for a new one */
  form->category_icon = g_object_new (GTK_TYPE_IMAGE,
                                      "icon-name", "list-add-symbolic",
                                      "accessible-role", form->is_new
                                                         ? GTK_ACCESSIBLE_ROLE_PRESENTATION
                                                         : GTK_ACCESSIBLE_ROLE_IMG,
                                      NULL);
  adw_expander_row_add_prefix (expander, form->category_icon);

  if (form->is_new)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Record a Hazard…"));
      adw_expander_row_set_subtitle (expander, _("Choose the hazard, the rooms, the likelihood and the spread of harm"));
      create_hazard_row (form);
    }

  create_rooms_rows (form);

  create_likelihood_row (form);

  for (guint i = 0; i < N_CLASSES; i++)
    {
      form->class_rows[i] = add_entry_row (form, _(class_titles[i]));
      adw_entry_row_set_input_purpose (form->class_rows[i], GTK_INPUT_PURPOSE_NUMBER);
    }

  form->total_row = add_value_row (form, _("Total"), &form->total_label);
  adw_action_row_set_subtitle (form->total_row, _("Must add up to exactly 100.0 %"));
  form->score_row = add_value_row (form, _("Score"), &form->score_label);
  create_notes_row (form);
  create_evidence_rows (form);

  form->error_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (form->error_row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (form->error_row), FALSE);
  form->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (form->error_label, 0.0);
  gtk_label_set_wrap (form->error_label, TRUE);
  gtk_label_set_wrap_mode (form->error_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (GTK_WIDGET (form->error_label), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (form->error_label), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (form->error_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (form->error_label), 12);
  gtk_widget_add_css_class (GTK_WIDGET (form->error_label), "error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (form->error_row), GTK_WIDGET (form->error_label));
  gtk_widget_set_visible (form->error_row, FALSE);
  adw_expander_row_add_row (expander, form->error_row);

  create_buttons_row (form);

  if (self->document != NULL)
    set_form_rooms (form, hearth_document_get_assessment (self->document));
  set_form_evidence (form, self->matters);
  load_hazard (form, hazard);

  return expander;
}

/* Refreshing */

static void
clear_rows (HearthHazardsPanel *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->hazards_list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
refresh (HearthHazardsPanel *self,
         gboolean            force)
{
  HearthAssessment *assessment;
  GPtrArray *hazards;
  g_autofree char *rooms_key = NULL;
  gboolean rooms_changed;

  if (self->document == NULL)
    {
      clear_rows (self);
      g_clear_pointer (&self->rooms_key, g_free);
      g_clear_pointer (&self->matters, g_ptr_array_unref);
      gtk_widget_set_sensitive (GTK_WIDGET (self->record_list), FALSE);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->record_list), TRUE);
  assessment = hearth_document_get_assessment (self->document);
  hazards = hearth_assessment_get_hazards (assessment);

  rooms_key = create_rooms_key (assessment);
  rooms_changed = force || g_strcmp0 (rooms_key, self->rooms_key) != 0;
  if (rooms_changed)
    {
      g_free (self->rooms_key);
      self->rooms_key = g_steal_pointer (&rooms_key);
    }

  g_clear_pointer (&self->matters, g_ptr_array_unref);
  self->matters = hearth_hhsrs_crowding_matters (assessment, &self->options);

  while (self->rows->len > hazards->len)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, self->rows->len - 1);

      gtk_list_box_remove (self->hazards_list, row);
      g_ptr_array_remove_index (self->rows, self->rows->len - 1);
    }

  for (guint i = 0; i < hazards->len; i++)
    {
      const HearthHazard *hazard = g_ptr_array_index (hazards, i);
      g_autofree char *key = create_hazard_key (hazard);
      HazardForm *form;

      if (i >= self->rows->len)
        {
          AdwExpanderRow *row = create_form (self, hazard);

          g_ptr_array_add (self->rows, g_object_ref_sink (row));
          gtk_list_box_append (self->hazards_list, GTK_WIDGET (row));
          continue;
        }

      form = get_form (g_ptr_array_index (self->rows, i));
      if (rooms_changed)
        set_form_rooms (form, assessment);
      set_form_evidence (form, self->matters);
      if (force || g_strcmp0 (key, form->shown_key) != 0)
        load_hazard (form, hazard);
    }

  if (rooms_changed)
    set_form_rooms (get_form (self->record_row), assessment);
  set_form_evidence (get_form (self->record_row), self->matters);
}

/* Callbacks */

static void
document_changed_cb (HearthHazardsPanel *self)
{
  refresh (self, FALSE);
}

/* GObject overrides */

static void
hearth_hazards_panel_dispose (GObject *object)
{
  HearthHazardsPanel *self = HEARTH_HAZARDS_PANEL (object);

  hearth_hazards_panel_set_document (self, NULL);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->record_row = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_HAZARDS_PANEL);

  G_OBJECT_CLASS (hearth_hazards_panel_parent_class)->dispose (object);
}

static void
hearth_hazards_panel_finalize (GObject *object)
{
  HearthHazardsPanel *self = HEARTH_HAZARDS_PANEL (object);

  g_clear_pointer (&self->rooms_key, g_free);
  g_clear_pointer (&self->matters, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_hazards_panel_parent_class)->finalize (object);
}

static void
hearth_hazards_panel_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthHazardsPanel *self = HEARTH_HAZARDS_PANEL (object);

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
hearth_hazards_panel_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HearthHazardsPanel *self = HEARTH_HAZARDS_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hearth_hazards_panel_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
hearth_hazards_panel_class_init (HearthHazardsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_hazards_panel_dispose;
  object_class->finalize = hearth_hazards_panel_finalize;
  object_class->get_property = hearth_hazards_panel_get_property;
  object_class->set_property = hearth_hazards_panel_set_property;

  /**
   * HearthHazardsPanel:document:
   *
   * The document whose hazards are shown, or %NULL.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         HEARTH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) hearth_gui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-hazards-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthHazardsPanel, hazards_list);
  gtk_widget_class_bind_template_child (widget_class, HearthHazardsPanel, record_list);

  gtk_widget_class_set_css_name (widget_class, "hearthhazardspanel");
}

static void
hearth_hazards_panel_init (HearthHazardsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  hearth_rule_options_init (&self->options);
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);

  self->record_row = create_form (self, NULL);
  gtk_list_box_append (self->record_list, GTK_WIDGET (self->record_row));
}

/* Public API */

GtkWidget *
hearth_hazards_panel_new (HearthDocument *document)
{
  g_return_val_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document), NULL);

  return g_object_new (HEARTH_TYPE_HAZARDS_PANEL,
                       "document", document,
                       NULL);
}

HearthDocument *
hearth_hazards_panel_get_document (HearthHazardsPanel *self)
{
  g_return_val_if_fail (HEARTH_IS_HAZARDS_PANEL (self), NULL);

  return self->document;
}

void
hearth_hazards_panel_set_document (HearthHazardsPanel *self,
                                   HearthDocument     *document)
{
  g_return_if_fail (HEARTH_IS_HAZARDS_PANEL (self));
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

  /* Another document: the forms start afresh. */
  if (self->rows != NULL)
    {
      clear_rows (self);
      load_hazard (get_form (self->record_row), NULL);
      refresh (self, TRUE);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

void
hearth_hazards_panel_set_rule_options (HearthHazardsPanel      *self,
                                       const HearthRuleOptions *options)
{
  g_return_if_fail (HEARTH_IS_HAZARDS_PANEL (self));

  if (options != NULL)
    self->options = *options;
  else
    hearth_rule_options_init (&self->options);

  refresh (self, FALSE);
}
