/* hearth-window.c: a window showing one assessment, read-only for now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hearth-file.h"
#include "hearth-gui-resources.h"
#include "hearth-rules.h"
#include "hearth-units.h"
#include "hearth-window.h"

struct _HearthWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwWindowTitle       *window_title;
  GtkRevealer          *error_banner;
  GtkLabel             *error_banner_label;
  GtkStack             *stack;
  AdwStatusPage        *error_page;
  GtkLabel             *rooms_note;
  GtkListBox           *rooms_list;
  GtkBox               *findings_box;

  /* State */
  GFile                *file;        /* where the assessment came from, or NULL */
  HearthAssessment     *assessment;  /* NULL until one is shown */
  HearthRuleOptions     options;
  char                 *error_message;
};

G_DEFINE_FINAL_TYPE (HearthWindow, hearth_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows remember their floor so that the header function can group them. */
#define ROW_FLOOR_KEY "hearth-floor"

/* Helpers */

static char *
dup_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    return g_filename_display_basename (path);
  else
    {
      g_autofree char *basename = g_file_get_basename (file);

      return g_filename_display_name (basename);
    }
}

static void
remove_all_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
remove_all_rows (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* The first word of a full name, which is how the household is referred to
 * in the room list. */
static char *
dup_first_name (HearthPerson *person)
{
  const char *name = hearth_person_get_name (person);
  const char *space;

  if (name == NULL || *name == '\0')
    return g_strdup (hearth_person_get_id (person));

  space = strchr (name, ' ');
  if (space == NULL)
    return g_strdup (name);

  return g_strndup (name, space - name);
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

static char *
format_occupants (HearthAssessment *assessment,
                  HearthRoom       *room,
                  const GDate      *on)
{
  GPtrArray *persons = hearth_assessment_get_persons (assessment);
  const char *room_id = hearth_room_get_id (room);
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      g_autofree char *first_name = NULL;
      int age;

      if (g_strcmp0 (hearth_person_get_sleeps_in (person), room_id) != 0)
        continue;

      if (str->len > 0)
        /* Translators: separates the people sleeping in a room */
        g_string_append (str, _(", "));

      first_name = dup_first_name (person);
      age = hearth_person_get_age_on (person, on);
      if (age == HEARTH_AGE_UNKNOWN)
        g_string_append (str, first_name);
      else
        /* Translators: someone sleeping in a room: first name and age in
         * whole years, e.g. “Amy (11)” */
        g_string_append_printf (str, _("%s (%d)"), first_name, age);
    }

  if (str->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* Whether two labels read the same, ignoring case. */
static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *folded_a = NULL;
  g_autofree char *folded_b = NULL;

  if (a == NULL || b == NULL)
    return FALSE;

  folded_a = g_utf8_casefold (a, -1);
  folded_b = g_utf8_casefold (b, -1);

  return g_utf8_collate (folded_a, folded_b) == 0;
}

static const char *
get_floor_title (HearthFloor *floor)
{
  const char *name = hearth_floor_get_name (floor);

  if (name != NULL && *name != '\0')
    return name;

  return hearth_floor_get_id (floor);
}

static GtkWidget *
create_room_row (HearthWindow *self,
                 HearthFloor  *floor,
                 HearthRoom   *room,
                 const GDate  *on)
{
  GtkWidget *row;
  GtkWidget *areas;
  GtkWidget *label;
  g_autofree char *occupants = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *gross_text = NULL;
  const char *use_label;
  gint64 gross;
  gint64 countable;

  /* The use, unless the name says it already (“Kitchen”, “Kitchen”). */
  use_label = hearth_room_use_get_label (hearth_room_get_use (room));
  if (same_text (use_label, hearth_room_get_name (room)))
    use_label = NULL;

  occupants = format_occupants (self->assessment, room, on);
  if (use_label != NULL && occupants != NULL)
    /* Translators: a room's subtitle: its use, then who sleeps there,
     * e.g. “Bedroom · Amy (11)” */
    subtitle = g_strdup_printf (_("%s · %s"), use_label, occupants);
  else if (use_label != NULL)
    subtitle = g_strdup (use_label);
  else
    subtitle = g_steal_pointer (&occupants);

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "use-markup", FALSE,
                      "title", hearth_room_get_name (room),
                      "subtitle", subtitle,
                      "activatable", FALSE,
                      NULL);
  g_object_set_data_full (G_OBJECT (row), ROW_FLOOR_KEY,
                          g_object_ref (floor), g_object_unref);

  areas = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_valign (areas, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), areas);

  gross = hearth_room_get_gross_area2 (room);
  countable = hearth_room_get_countable_area2 (room, self->options.headroom_rule);

  gross_text = hearth_format_area (gross);
  label = gtk_label_new (gross_text);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (areas), label);

  if (countable != gross)
    {
      g_autofree char *countable_area = hearth_format_area (countable);
      g_autofree char *countable_text = NULL;

      /* Translators: the floor area that counts, leaving out floor under a
       * low ceiling, e.g. “countable 5.28 m² (56.83 sq ft)” */
      countable_text = g_strdup_printf (_("countable %s"), countable_area);
      label = gtk_label_new (countable_text);
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (areas), label);
    }

  return row;
}

static void
populate_rooms (HearthWindow *self)
{
  GPtrArray *floors = hearth_assessment_get_floors (self->assessment);
  GDate on;

  remove_all_rows (self->rooms_list);
  get_age_date (self->assessment, &on);

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);
      guint n_rooms = hearth_floor_get_n_rooms (floor);

      for (guint j = 0; j < n_rooms; j++)
        {
          HearthRoom *room = hearth_floor_get_room (floor, j);

          gtk_list_box_append (self->rooms_list,
                               create_room_row (self, floor, room, &on));
        }
    }
}

static void
get_severity_style (HearthSeverity  severity,
                    const char    **icon_name,
                    const char    **css_class)
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

static GtkWidget *
create_caption_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

/* A finding: severity icon, rule title, the message, then the citation and
 * the reading of an unclear point (if any) dimmed below. The row's title is
 * the rule's title, for search and accessibility. */
static GtkWidget *
create_finding_row (const HearthFinding *finding)
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
populate_findings (HearthWindow *self)
{
  g_autoptr(GPtrArray) findings = NULL;

  remove_all_children (self->findings_box);

  findings = hearth_check (self->assessment, &self->options);

  if (findings == NULL || findings->len == 0)
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

      for (guint i = 0; i < findings->len; i++)
        {
          const HearthFinding *finding = g_ptr_array_index (findings, i);

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
                                     create_finding_row (finding));
        }
    }
}

static void
update_rooms_note (HearthWindow *self)
{
  const char *note;

  switch (self->options.headroom_rule)
    {
    case HEARTH_HEADROOM_RULE_AT_MOST_1524:
      note = _("Gross floor areas, truncated, never rounded up. Where a ceiling is low, "
               "the countable area leaves out floor under a ceiling of 5 ft (1.52 m) or less.");
      break;

    case HEARTH_HEADROOM_RULE_UNDER_1500:
    default:
      note = _("Gross floor areas, truncated, never rounded up. Where a ceiling is low, "
               "the countable area leaves out floor under a ceiling lower than 1.5 m.");
      break;
    }

  gtk_label_set_label (self->rooms_note, note);
}

static void
set_titles (HearthWindow *self,
            const char   *title,
            const char   *subtitle)
{
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_titles (HearthWindow *self)
{
  const char *reference = hearth_assessment_get_reference (self->assessment);
  const char *address = hearth_assessment_get_address (self->assessment);
  g_autofree char *file_name = NULL;
  const char *title;

  if (reference != NULL && *reference != '\0')
    title = reference;
  else if (self->file != NULL)
    title = file_name = dup_display_name (self->file);
  else
    title = _("Untitled Assessment");

  set_titles (self, title, address);
}

static void
set_error_message (HearthWindow *self,
                   const char   *message)
{
  if (g_strcmp0 (self->error_message, message) == 0)
    return;

  g_free (self->error_message);
  self->error_message = g_strdup (message);
}

static void
hide_error_banner (HearthWindow *self)
{
  gtk_revealer_set_reveal_child (self->error_banner, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-error", FALSE);
}

static void
show_assessment (HearthWindow     *self,
                 GFile            *file,
                 HearthAssessment *assessment)
{
  g_set_object (&self->file, file);

  if (g_set_object (&self->assessment, assessment))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);

  set_error_message (self, NULL);
  hide_error_banner (self);
  update_titles (self);
  update_rooms_note (self);
  populate_rooms (self);
  populate_findings (self);

  gtk_stack_set_visible_child_name (self->stack, "assessment");
}

/* A failed open never takes away an assessment already on screen: the
 * reason goes in a banner above it (a toast would cut a long message
 * short), until dismissed. With nothing on screen, the error page shows
 * it. Either way the whole message, with its line number, is shown. */
static void
show_open_error (HearthWindow *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *file_name = dup_display_name (file);

  set_error_message (self, error->message);

  if (self->assessment != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: the first %s is a file name, the second the reason,
       * e.g. “Could not open “a.hearth”: line 3: …” */
      text = g_strdup_printf (_("Could not open “%s”: %s"), file_name, error->message);
      gtk_label_set_label (self->error_banner_label, text);
      gtk_revealer_set_reveal_child (self->error_banner, TRUE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-error", TRUE);
    }
  else
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      g_set_object (&self->file, file);
      adw_status_page_set_description (self->error_page, markup);
      set_titles (self, file_name, NULL);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
}

static void
rooms_header_func (GtkListBoxRow *row,
                   GtkListBoxRow *before,
                   gpointer       user_data)
{
  HearthFloor *floor = g_object_get_data (G_OBJECT (row), ROW_FLOOR_KEY);
  HearthFloor *previous = NULL;
  GtkWidget *header;

  if (before != NULL)
    previous = g_object_get_data (G_OBJECT (before), ROW_FLOOR_KEY);

  if (floor == NULL || floor == previous)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (get_floor_title (floor));
  gtk_label_set_xalign (GTK_LABEL (header), 0.0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "floor-header");
  gtk_list_box_row_set_header (row, header);
}

/* Actions */

static void
hearth_window_dismiss_error_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  hide_error_banner (self);
  set_error_message (self, NULL);
}

/* GObject overrides */

static void
hearth_window_dispose (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_WINDOW);

  g_clear_object (&self->assessment);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hearth_window_parent_class)->dispose (object);
}

static void
hearth_window_finalize (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  g_clear_pointer (&self->error_message, g_free);

  G_OBJECT_CLASS (hearth_window_parent_class)->finalize (object);
}

static void
hearth_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
hearth_window_class_init (HearthWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_window_dispose;
  object_class->finalize = hearth_window_finalize;
  object_class->get_property = hearth_window_get_property;

  /**
   * HearthWindow:assessment:
   *
   * The assessment shown, or %NULL.
   */
  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL,
                         HEARTH_TYPE_ASSESSMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A program keeps only the objects of a static library that it refers
   * to. Referring to the resource bundle here keeps it, and the constructor
   * that registers it, in every program that shows a window. */
  (void) hearth_gui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, error_banner);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, error_banner_label);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, rooms_note);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, rooms_list);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, findings_box);

  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL,
                                   hearth_window_dismiss_error_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "win.dismiss-error", NULL);
}

static void
hearth_window_init (HearthWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  hearth_rule_options_init (&self->options);
  gtk_list_box_set_header_func (self->rooms_list, rooms_header_func, NULL, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-error", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Public API */

HearthWindow *
hearth_window_new (HearthApplication *app)
{
  g_return_val_if_fail (HEARTH_IS_APPLICATION (app), NULL);

  return g_object_new (HEARTH_TYPE_WINDOW,
                       "application", app,
                       NULL);
}

void
hearth_window_open_file (HearthWindow *self,
                         GFile        *file)
{
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Synchronous for now: files are refused above HEARTH_FILE_MAX_SIZE. */
  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  if (assessment == NULL)
    {
      show_open_error (self, file, error);
      return;
    }

  show_assessment (self, file, assessment);
}

void
hearth_window_set_assessment (HearthWindow     *self,
                              HearthAssessment *assessment)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (HEARTH_IS_ASSESSMENT (assessment));

  show_assessment (self, NULL, assessment);
}

HearthAssessment *
hearth_window_get_assessment (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return self->assessment;
}

GtkWidget *
hearth_window_get_rooms_list (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->rooms_list);
}

GtkWidget *
hearth_window_get_findings_box (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->findings_box);
}

const char *
hearth_window_get_visible_page (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
hearth_window_get_error_message (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return self->error_message;
}
