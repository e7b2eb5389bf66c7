/* hearth-room-list.c: the rooms of the floor shown, to pick one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Selecting a row selects its room in the document, and selecting a room
 * elsewhere (on the plan) selects its row. Rows are updated in place when
 * only their rooms changed, so that keyboard focus stays where it was.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hearth-gui-resources.h"
#include "hearth-room-list.h"
#include "hearth-units.h"

/* The list shows the countable area under the 1.5 m rule, as the room
 * panel does. */
#define LIST_HEADROOM_RULE HEARTH_HEADROOM_RULE_UNDER_1500

/* hearth_format_m2() truncates to the hundredth of a square metre, which
 * is 20000 in area2 (twice the area in mm²). */
#define AREA2_PER_HUNDREDTH_M2 G_GINT64_CONSTANT (20000)

struct _HearthRoomList
{
  AdwBin          parent_instance;

  /* Template children */
  GtkListBox     *list_box;

  /* State */
  HearthDocument *document;
  guint           updating;  /* > 0 while the list sets its own selection */
};

G_DEFINE_FINAL_TYPE (HearthRoomList, hearth_room_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What a row shows, kept on the row. */
typedef struct {
  HearthRoom *room;
  GtkLabel   *name_label;
  GtkLabel   *subtitle_label;
  GtkLabel   *m2_label;
  GtkLabel   *sqft_label;
} RowData;

#define ROW_DATA_KEY "hearth-room-list-row"

/* Helpers */

static void
row_data_free (gpointer data)
{
  RowData *row_data = data;

  g_clear_object (&row_data->room);
  g_free (row_data);
}

static RowData *
get_row_data (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), ROW_DATA_KEY);
}

/* The first word of a full name, as the household is referred to in the
 * list. */
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

/* “Leo”, “Leo and Sam”, “Joanne, Mark, Rosie and Finn”, or NULL. Sets
 * @n_sleepers. */
static char *
format_sleepers (HearthAssessment *assessment,
                 HearthRoom       *room,
                 guint            *n_sleepers)
{
  GPtrArray *persons = hearth_assessment_get_persons (assessment);
  const char *room_id = hearth_room_get_id (room);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);

      if (g_strcmp0 (hearth_person_get_sleeps_in (person), room_id) == 0)
        g_ptr_array_add (names, dup_first_name (person));
    }

  *n_sleepers = names->len;
  if (names->len == 0)
    return NULL;

  g_string_append (str, g_ptr_array_index (names, 0));
  for (guint i = 1; i < names->len; i++)
    {
      if (i + 1 < names->len)
        {
          /* Translators: separates names in a list, “Joanne, Mark, Rosie and Finn” */
          g_string_append (str, _(", "));
          g_string_append (str, g_ptr_array_index (names, i));
        }
      else
        {
          g_autofree char *head = g_string_free (g_steal_pointer (&str), FALSE);

          /* Translators: joins the last name of a list to the others,
           * “Leo and Sam”, “Joanne, Mark, Rosie and Finn” */
          str = g_string_new (NULL);
          g_string_append_printf (str, _("%s and %s"), head,
                                  (const char *) g_ptr_array_index (names, i));
        }
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* “8.70 square metres”, truncated as hearth_format_m2() truncates, for
 * screen readers, which read “m²” poorly. */
static char *
format_area_spoken (gint64 area2)
{
  gint64 hundredths = area2 / AREA2_PER_HUNDREDTH_M2;
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d",
                                             hundredths / 100, (int) (hundredths % 100));

  /* Translators: an area read by a screen reader; %s is a number such as “8.70” */
  return g_strdup_printf (_("%s square metres"), number);
}

static void
update_row (HearthRoomList *self,
            GtkListBoxRow  *row)
{
  RowData *data = get_row_data (row);
  HearthAssessment *assessment = hearth_document_get_assessment (self->document);
  const char *name = hearth_room_get_name (data->room);
  const char *use = hearth_room_use_get_label (hearth_room_get_use (data->room));
  gint64 area2 = hearth_room_get_countable_area2 (data->room, LIST_HEADROOM_RULE);
  g_autofree char *m2 = hearth_format_m2 (area2);
  g_autofree char *sqft = hearth_format_sqft (area2);
  g_autofree char *spoken_area = format_area_spoken (area2);
  g_autofree char *sleepers = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  guint n_sleepers;

  if (name == NULL || *name == '\0')
    name = _("Unnamed room");

  sleepers = format_sleepers (assessment, data->room, &n_sleepers);

  if (sleepers != NULL)
    {
      g_autofree char *sleep_here = NULL;

      /* Translators: a room's subtitle: its use, then who sleeps there,
       * e.g. “Bedroom · Leo and Sam” */
      subtitle = g_strdup_printf (_("%s · %s"), use, sleepers);

      /* Translators: who sleeps in a room, read by a screen reader; %s is
       * one name or a list of names, “Amy”, “Leo and Sam” */
      sleep_here = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%s sleeps here", "%s sleep here",
                                                 n_sleepers),
                                    sleepers);
      /* Translators: a room as a screen reader reads it: name, use, area,
       * who sleeps there, e.g. “Bedroom 2, Bedroom, 8.70 square metres,
       * Leo and Sam sleep here” */
      accessible = g_strdup_printf (_("%s, %s, %s, %s"), name, use, spoken_area, sleep_here);
    }
  else
    {
      subtitle = g_strdup (use);
      /* Translators: a room as a screen reader reads it: name, use, area,
       * e.g. “Kitchen, Kitchen, 8.40 square metres” */
      accessible = g_strdup_printf (_("%s, %s, %s"), name, use, spoken_area);
    }

  gtk_label_set_label (data->name_label, name);
  gtk_label_set_label (data->subtitle_label, subtitle);
  gtk_label_set_label (data->m2_label, m2);
  gtk_label_set_label (data->sqft_label, sqft);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static GtkWidget *
create_row (HearthRoomList *self,
            HearthRoom     *room)
{
  GtkWidget *row;
  GtkWidget *hbox;
  GtkWidget *vbox;
  GtkWidget *area_box;
  RowData *data = g_new0 (RowData, 1);

  row = gtk_list_box_row_new ();
  data->room = g_object_ref (room);
  g_object_set_data_full (G_OBJECT (row), ROW_DATA_KEY, data, row_data_free);

  hbox = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (hbox, 6);
  gtk_widget_set_margin_bottom (hbox, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), hbox);

  vbox = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (vbox, TRUE);
  gtk_widget_set_valign (vbox, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (hbox), vbox);

  data->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (data->name_label, 0.0);
  gtk_label_set_wrap (data->name_label, TRUE);
  gtk_label_set_wrap_mode (data->name_label, PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (vbox), GTK_WIDGET (data->name_label));

  data->subtitle_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (data->subtitle_label, 0.0);
  gtk_label_set_wrap (data->subtitle_label, TRUE);
  gtk_label_set_wrap_mode (data->subtitle_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (data->subtitle_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (data->subtitle_label), "dim-label");
  gtk_box_append (GTK_BOX (vbox), GTK_WIDGET (data->subtitle_label));

  /* The countable area, in square metres over square feet, as the
   * subtitle sits under the name. */
  area_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_valign (area_box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (hbox), area_box);

  data->m2_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (data->m2_label, 1.0);
  gtk_widget_add_css_class (GTK_WIDGET (data->m2_label), "numeric");
  gtk_box_append (GTK_BOX (area_box), GTK_WIDGET (data->m2_label));

  data->sqft_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (data->sqft_label, 1.0);
  gtk_widget_add_css_class (GTK_WIDGET (data->sqft_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (data->sqft_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (data->sqft_label), "dim-label");
  gtk_box_append (GTK_BOX (area_box), GTK_WIDGET (data->sqft_label));

  update_row (self, GTK_LIST_BOX_ROW (row));

  return row;
}

/* Whether the rows show @floor's rooms, in order. */
static gboolean
rows_match_floor (HearthRoomList *self,
                  HearthFloor    *floor)
{
  guint n_rooms = floor != NULL ? hearth_floor_get_n_rooms (floor) : 0;
  guint i = 0;
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL)
    {
      if (i >= n_rooms || get_row_data (row)->room != hearth_floor_get_room (floor, i))
        return FALSE;
      i++;
    }

  return i == n_rooms;
}

static GtkListBoxRow *
find_row (HearthRoomList *self,
          HearthRoom     *room)
{
  GtkListBoxRow *row;

  if (room == NULL)
    return NULL;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    {
      if (get_row_data (row)->room == room)
        return row;
    }

  return NULL;
}

static void
sync_selection (HearthRoomList *self)
{
  HearthRoom *room = NULL;
  GtkListBoxRow *row;

  if (self->document != NULL)
    room = hearth_document_get_selected_room (self->document);

  row = find_row (self, room);
  if (row == gtk_list_box_get_selected_row (self->list_box))
    return;

  self->updating++;
  if (row != NULL)
    gtk_list_box_select_row (self->list_box, row);
  else
    gtk_list_box_unselect_all (self->list_box);
  self->updating--;
}

static void
update_accessible_label (HearthRoomList *self,
                         HearthFloor    *floor)
{
  g_autofree char *label = NULL;

  if (floor != NULL)
    /* Translators: the accessible name of the room list; %s is a floor's
     * name, “Rooms on First floor” */
    label = g_strdup_printf (_("Rooms on %s"), hearth_floor_get_name (floor));
  else
    label = g_strdup (_("Rooms"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
update (HearthRoomList *self)
{
  HearthFloor *floor = NULL;
  GtkListBoxRow *row;

  if (self->document != NULL)
    floor = hearth_document_get_floor (self->document);

  update_accessible_label (self, floor);

  if (rows_match_floor (self, floor))
    {
      for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
        update_row (self, row);
    }
  else
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
      gboolean had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_box));
      guint n_rooms = floor != NULL ? hearth_floor_get_n_rooms (floor) : 0;

      self->updating++;
      while ((row = gtk_list_box_get_row_at_index (self->list_box, 0)) != NULL)
        gtk_list_box_remove (self->list_box, GTK_WIDGET (row));

      for (guint i = 0; i < n_rooms; i++)
        gtk_list_box_append (self->list_box, create_row (self, hearth_floor_get_room (floor, i)));
      self->updating--;

      sync_selection (self);

      /* Removing the focused row would leave focus nowhere. */
      if (had_focus)
        {
          row = gtk_list_box_get_selected_row (self->list_box);
          if (row == NULL)
            row = gtk_list_box_get_row_at_index (self->list_box, 0);
          if (row != NULL)
            gtk_widget_grab_focus (GTK_WIDGET (row));
          else
            gtk_widget_grab_focus (GTK_WIDGET (self->list_box));
        }
      return;
    }

  sync_selection (self);
}

/* Callbacks */

static void
document_changed_cb (HearthRoomList *self)
{
  update (self);
}

static void
selected_room_changed_cb (HearthRoomList *self)
{
  sync_selection (self);
}

static void
list_box_row_selected_cb (HearthRoomList *self,
                          GtkListBoxRow  *row)
{
  if (self->updating > 0 || self->document == NULL)
    return;

  hearth_document_set_selected_room (self->document,
                                     row != NULL ? get_row_data (row)->room : NULL);
}

/* GObject overrides */

static void
hearth_room_list_dispose (GObject *object)
{
  HearthRoomList *self = HEARTH_ROOM_LIST (object);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_clear_object (&self->document);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_ROOM_LIST);

  G_OBJECT_CLASS (hearth_room_list_parent_class)->dispose (object);
}

static void
hearth_room_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HearthRoomList *self = HEARTH_ROOM_LIST (object);

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
hearth_room_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HearthRoomList *self = HEARTH_ROOM_LIST (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hearth_room_list_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
hearth_room_list_class_init (HearthRoomListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_room_list_dispose;
  object_class->get_property = hearth_room_list_get_property;
  object_class->set_property = hearth_room_list_set_property;

  /**
   * HearthRoomList:document:
   *
   * The document whose current floor is listed, or %NULL.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         HEARTH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) hearth_gui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-room-list.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthRoomList, list_box);
  gtk_widget_class_bind_template_callback (widget_class, list_box_row_selected_cb);

  gtk_widget_class_set_css_name (widget_class, "hearthroomlist");
}

static void
hearth_room_list_init (HearthRoomList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
hearth_room_list_new (HearthDocument *document)
{
  g_return_val_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document), NULL);

  return g_object_new (HEARTH_TYPE_ROOM_LIST,
                       "document", document,
                       NULL);
}

HearthDocument *
hearth_room_list_get_document (HearthRoomList *self)
{
  g_return_val_if_fail (HEARTH_IS_ROOM_LIST (self), NULL);

  return self->document;
}

void
hearth_room_list_set_document (HearthRoomList *self,
                               HearthDocument *document)
{
  g_return_if_fail (HEARTH_IS_ROOM_LIST (self));
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
      g_signal_connect_object (document, "notify::floor",
                               G_CALLBACK (document_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::selected-room",
                               G_CALLBACK (selected_room_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GtkListBox *
hearth_room_list_get_list_box (HearthRoomList *self)
{
  g_return_val_if_fail (HEARTH_IS_ROOM_LIST (self), NULL);

  return self->list_box;
}
