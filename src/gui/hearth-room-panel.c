/* hearth-room-panel.c: the properties of the selected room
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change is one undoable edit pushed on the document. Typed values
 * (the name, the width and depth, the notes) apply on Enter or when focus
 * leaves the field, so that typing a name is one step, not one per key;
 * choices (use, living room) apply at once.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-edit.h"
#include "hearth-gui-resources.h"
#include "hearth-field.h"
#include "hearth-room-panel.h"
#include "hearth-snap.h"
#include "hearth-units.h"

/* The panel shows the countable area under the 1.5 m rule, which the HMO
 * and space standards use and the 1985 Act's default reading follows. */
#define PANEL_HEADROOM_RULE HEARTH_HEADROOM_RULE_UNDER_1500

#define N_ROOM_USES (HEARTH_ROOM_USE_OTHER + 1)

struct _HearthRoomPanel
{
  AdwBin               parent_instance;

  /* Template children */
  GtkStack            *stack;
  AdwEntryRow         *name_row;
  AdwComboRow         *use_row;
  AdwActionRow        *living_row;
  GtkSwitch           *living_switch;
  AdwActionRow        *sleepers_row;
  AdwPreferencesGroup *size_group;
  AdwEntryRow         *width_row;
  GtkWidget           *width_error_row;
  GtkLabel            *width_error_label;
  AdwEntryRow         *depth_row;
  GtkWidget           *depth_error_row;
  GtkLabel            *depth_error_label;
  AdwActionRow        *gross_row;
  GtkLabel            *gross_label;
  AdwActionRow        *countable_row;
  GtkLabel            *countable_label;
  AdwActionRow        *perimeter_row;
  GtkLabel            *perimeter_label;
  AdwActionRow        *min_width_row;
  GtkLabel            *min_width_label;
  GtkListBox          *zones_list;
  AdwExpanderRow      *strip_row;
  AdwComboRow         *strip_wall_row;
  AdwEntryRow         *strip_depth_row;
  GtkSpinButton       *strip_height_spin;
  GtkWidget           *strip_error_row;
  GtkLabel            *strip_error_label;
  GtkTextView         *notes_view;

  /* State */
  HearthDocument      *document;
  HearthRoom          *room;         /* shown, or NULL */
  GtkStringList       *walls;        /* the model of strip_wall_row */
  /* What the panel last put in each typed field. A field whose text
   * differs is being edited, and a change made elsewhere (a drag on the
   * plan, say) leaves it alone. */
  char                *shown_name;
  char                *shown_width;
  char                *shown_depth;
  char                *shown_notes;
  char                *zones_key;    /* what zones_list shows, see update_zones() */
  guint                updating;     /* > 0 while the panel sets its widgets */
};

G_DEFINE_FINAL_TYPE (HearthRoomPanel, hearth_room_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum {
  SIZE_WIDTH,
  SIZE_DEPTH,
} SizeField;

/* Helpers */

static HearthAssessment *
get_assessment (HearthRoomPanel *self)
{
  return hearth_document_get_assessment (self->document);
}

/* Whether the room shown can be edited: it is still in the plan (an undo
 * may have taken it away) and the panel is not setting its own widgets. */
static gboolean
can_edit_room (HearthRoomPanel *self)
{
  if (self->document == NULL || self->room == NULL || self->updating > 0)
    return FALSE;

  return hearth_assessment_find_room (get_assessment (self),
                                      hearth_room_get_id (self->room),
                                      NULL) == self->room;
}

static char *
dup_notes_text (HearthRoomPanel *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
sync_notes (HearthRoomPanel *self,
            gboolean         force)
{
  const char *notes = hearth_room_get_notes (self->room);
  g_autofree char *current = dup_notes_text (self);

  if (notes == NULL)
    notes = "";

  if (!force && g_strcmp0 (current, self->shown_notes != NULL ? self->shown_notes : "") != 0)
    return;

  if (g_strcmp0 (current, notes) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes, -1);

  g_free (self->shown_notes);
  self->shown_notes = g_strdup (notes);
}

/* A rectangle with its sides along the axes: four corners, each a corner
 * of the bounds, enclosing the whole of the bounds. */
static gboolean
get_rectangle (const HearthPolygon *polygon,
               gint64              *width,
               gint64              *depth)
{
  gint64 min_x, min_y, max_x, max_y;

  if (hearth_polygon_get_n_points (polygon) != 4)
    return FALSE;

  hearth_polygon_get_bounds (polygon, &min_x, &min_y, &max_x, &max_y);

  for (guint i = 0; i < 4; i++)
    {
      HearthPoint p = hearth_polygon_get_point (polygon, i);

      if ((p.x != min_x && p.x != max_x) || (p.y != min_y && p.y != max_y))
        return FALSE;
    }

  if (hearth_polygon_get_area2 (polygon) != 2 * (max_x - min_x) * (max_y - min_y))
    return FALSE;

  if (width != NULL)
    *width = max_x - min_x;
  if (depth != NULL)
    *depth = max_y - min_y;

  return TRUE;
}

/* The rectangle @polygon resized to @width × @depth, keeping its top-left
 * corner and the order of its corners. */
static HearthPolygon *
resize_rectangle (const HearthPolygon *polygon,
                  gint64               width,
                  gint64               depth)
{
  HearthPoint points[4];
  gint64 min_x, min_y, max_x, max_y;

  hearth_polygon_get_bounds (polygon, &min_x, &min_y, &max_x, &max_y);

  for (guint i = 0; i < 4; i++)
    {
      HearthPoint p = hearth_polygon_get_point (polygon, i);

      points[i].x = p.x == min_x ? min_x : min_x + width;
      points[i].y = p.y == min_y ? min_y : min_y + depth;
    }

  return hearth_polygon_new (points, 4);
}

/* A strip @depth_mm deep along wall @wall (from corner @wall to the next),
 * on the inside of the room: exact for walls along the axes, else rounded
 * to the millimetre. */
static HearthPolygon *
create_strip (const HearthPolygon *polygon,
              guint                wall,
              gint64               depth_mm)
{
  guint n = hearth_polygon_get_n_points (polygon);
  HearthPoint p = hearth_polygon_get_point (polygon, wall);
  HearthPoint q = hearth_polygon_get_point (polygon, (wall + 1) % n);
  double dx = (double) (q.x - p.x);
  double dy = (double) (q.y - p.y);
  double length = hypot (dx, dy);
  double side;
  gint64 offset_x;
  gint64 offset_y;
  HearthPoint points[4];

  /* With a positive signed area the inside lies to the left of each wall
   * walked from one corner to the next: along (-dy, dx). */
  side = hearth_polygon_get_signed_area2 (polygon) > 0 ? 1.0 : -1.0;
  offset_x = (gint64) llround (-dy * side * (double) depth_mm / length);
  offset_y = (gint64) llround (dx * side * (double) depth_mm / length);

  points[0] = p;
  points[1] = q;
  points[2] = (HearthPoint) { q.x + offset_x, q.y + offset_y };
  points[3] = (HearthPoint) { p.x + offset_x, p.y + offset_y };

  return hearth_polygon_new (points, 4);
}

/* A copy of @room with @polygon as its outline, its low ceilings, and
 * @extra (may be NULL), to check an edit before making it. */
static HearthRoom *
copy_room_with (HearthRoom              *room,
                const HearthPolygon     *polygon,
                const HearthLowHeadroom *extra)
{
  HearthRoom *copy = hearth_room_new (hearth_room_get_id (room),
                                      hearth_room_get_name (room),
                                      hearth_room_get_use (room),
                                      hearth_polygon_copy (polygon));

  for (guint i = 0; i < hearth_room_get_n_low_headroom (room); i++)
    hearth_room_add_low_headroom (copy,
                                  hearth_low_headroom_copy (hearth_room_get_low_headroom (room, i)));

  if (extra != NULL)
    hearth_room_add_low_headroom (copy, hearth_low_headroom_copy (extra));

  return copy;
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
format_sleepers (HearthAssessment *assessment,
                 HearthRoom       *room)
{
  GPtrArray *persons = hearth_assessment_get_persons (assessment);
  const char *room_id = hearth_room_get_id (room);
  g_autoptr(GString) str = g_string_new (NULL);
  GDate on;

  get_age_date (assessment, &on);

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      const char *name = hearth_person_get_name (person);
      int age;

      if (g_strcmp0 (hearth_person_get_sleeps_in (person), room_id) != 0)
        continue;

      if (name == NULL || *name == '\0')
        name = hearth_person_get_id (person);

      if (str->len > 0)
        /* Translators: separates the people sleeping in a room */
        g_string_append (str, _(", "));

      age = hearth_person_get_age_on (person, &on);
      if (age == HEARTH_AGE_UNKNOWN)
        g_string_append (str, name);
      else
        /* Translators: someone sleeping in a room: their name and age in
         * whole years on the visit date, e.g. “Amy Carter (11)” */
        g_string_append_printf (str, _("%s (%d)"), name, age);
    }

  if (str->len == 0)
    return g_strdup (_("Nobody sleeps here"));

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* A read-only measure: the value in the suffix label, and both in the
 * row's accessible name so that a screen reader reads them together. */
static void
set_measure (AdwActionRow *row,
             GtkLabel     *label,
             const char   *value)
{
  g_autofree char *accessible = NULL;

  gtk_label_set_label (label, value);

  /* Translators: a measure read by a screen reader, e.g.
   * “Gross area: 6.24 m² (67.16 sq ft)” */
  accessible = g_strdup_printf (_("%s: %s"),
                                adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
set_size_error (HearthRoomPanel *self,
                SizeField        field,
                const char      *message)
{
  if (field == SIZE_WIDTH)
    hearth_field_set_error (GTK_WIDGET (self->width_row), self->width_error_row,
                            self->width_error_label, NULL, message);
  else
    hearth_field_set_error (GTK_WIDGET (self->depth_row), self->depth_error_row,
                            self->depth_error_label, NULL, message);
}

static void
set_strip_error (HearthRoomPanel *self,
                 const char      *message)
{
  hearth_field_set_error (GTK_WIDGET (self->strip_depth_row), self->strip_error_row,
                          self->strip_error_label, NULL, message);
}

static void
update_size (HearthRoomPanel *self,
             gboolean         force)
{
  const HearthPolygon *polygon = hearth_room_get_polygon (self->room);
  gint64 width, depth;
  gboolean is_rectangle = get_rectangle (polygon, &width, &depth);
  g_autofree char *gross = hearth_format_area (hearth_room_get_gross_area2 (self->room));
  g_autofree char *countable = NULL;
  g_autofree char *perimeter = NULL;
  g_autofree char *min_width = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->width_row), is_rectangle);
  gtk_widget_set_visible (GTK_WIDGET (self->depth_row), is_rectangle);

  if (is_rectangle)
    {
      g_autofree char *width_text = hearth_format_length ((double) width);
      g_autofree char *depth_text = hearth_format_length ((double) depth);

      hearth_field_sync_text (GTK_EDITABLE (self->width_row), &self->shown_width, width_text, force);
      hearth_field_sync_text (GTK_EDITABLE (self->depth_row), &self->shown_depth, depth_text, force);
      adw_preferences_group_set_description (self->size_group,
                                             _("Type a size such as 3.2, 320cm or 10ft 6in; "
                                               "the top-left corner stays where it is."));
    }
  else
    {
      set_size_error (self, SIZE_WIDTH, NULL);
      set_size_error (self, SIZE_DEPTH, NULL);
      adw_preferences_group_set_description (self->size_group,
                                             _("This room is not a rectangle: change its shape on the plan."));
    }

  countable = hearth_format_area (hearth_room_get_countable_area2 (self->room, PANEL_HEADROOM_RULE));
  perimeter = hearth_format_length (hearth_polygon_get_perimeter (polygon));
  min_width = hearth_format_length (hearth_polygon_get_min_width (polygon));

  set_measure (self->gross_row, self->gross_label, gross);
  set_measure (self->countable_row, self->countable_label, countable);
  set_measure (self->perimeter_row, self->perimeter_label, perimeter);
  set_measure (self->min_width_row, self->min_width_label, min_width);
}

static GtkWidget *
create_zone_row (const HearthLowHeadroom *zone,
                 guint                    index)
{
  GtkWidget *row;
  GtkWidget *button;
  g_autofree char *title = NULL;
  g_autofree char *area = hearth_format_area (hearth_polygon_get_area2 (zone->polygon));
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_label = NULL;

  /* Translators: a part of a room with a low ceiling, numbered from 1 */
  title = g_strdup_printf (_("Low Ceiling %u"), index + 1);

  if (zone->max_height_mm == 0)
    {
      /* Translators: a low-ceiling area, e.g. “0.96 m² (10.33 sq ft), ceiling under 1.5 m” */
      subtitle = g_strdup_printf (_("%s, ceiling under 1.5 m"), area);
    }
  else
    {
      g_autofree char *height = hearth_format_length ((double) zone->max_height_mm);

      if (hearth_low_headroom_is_excluded (zone, PANEL_HEADROOM_RULE))
        /* Translators: a low-ceiling area and the highest its ceiling gets,
         * e.g. “0.96 m² (10.33 sq ft), ceiling up to 1.30 m” */
        subtitle = g_strdup_printf (_("%s, ceiling up to %s"), area, height);
      else
        /* Translators: a low-ceiling area that still counts, because its
         * ceiling reaches 1.5 m, e.g. “0.96 m² (10.33 sq ft), ceiling up to
         * 1.52 m, counted” */
        subtitle = g_strdup_printf (_("%s, ceiling up to %s, counted"), area, height);
    }

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", title,
                      "subtitle", subtitle,
                      "use-markup", FALSE,
                      "activatable", FALSE,
                      NULL);

  /* Translators: the accessible name of a button, e.g. “Remove low ceiling 1” */
  remove_label = g_strdup_printf (_("Remove low ceiling %u"), index + 1);
  button = g_object_new (GTK_TYPE_BUTTON,
                         "icon-name", "user-trash-symbolic",
                         "valign", GTK_ALIGN_CENTER,
                         "tooltip-text", remove_label,
                         "action-name", "room.remove-low-ceiling",
                         "action-target", g_variant_new_uint32 (index),
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* The rows are rebuilt only when the zones changed, so that an edit made
 * elsewhere does not take focus away from a remove button. */
static void
update_zones (HearthRoomPanel *self)
{
  GtkListBoxRow *row;
  guint n = hearth_room_get_n_low_headroom (self->room);
  g_autoptr(GString) key = g_string_new (hearth_room_get_id (self->room));

  for (guint i = 0; i < n; i++)
    {
      const HearthLowHeadroom *zone = hearth_room_get_low_headroom (self->room, i);

      g_string_append_printf (key, " %" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                              hearth_polygon_get_area2 (zone->polygon), zone->max_height_mm);
    }

  if (g_strcmp0 (key->str, self->zones_key) == 0)
    return;

  g_free (self->zones_key);
  self->zones_key = g_string_free (g_steal_pointer (&key), FALSE);

  while ((row = gtk_list_box_get_row_at_index (self->zones_list, 0)) != NULL)
    gtk_list_box_remove (self->zones_list, GTK_WIDGET (row));

  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->zones_list,
                         create_zone_row (hearth_room_get_low_headroom (self->room, i), i));
}

/* “Wall 1 (3.60 m)”, one per wall, keeping the wall chosen when the
 * room's shape changes but keeps its number of walls. */
static void
update_walls (HearthRoomPanel *self)
{
  const HearthPolygon *polygon = hearth_room_get_polygon (self->room);
  guint n = hearth_polygon_get_n_points (polygon);
  guint selected = adw_combo_row_get_selected (self->strip_wall_row);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->walls));

  for (guint i = 0; i < n; i++)
    {
      HearthPoint p = hearth_polygon_get_point (polygon, i);
      HearthPoint q = hearth_polygon_get_point (polygon, (i + 1) % n);
      g_autofree char *length = hearth_format_length (hypot ((double) (q.x - p.x),
                                                             (double) (q.y - p.y)));

      /* Translators: a wall of a room, numbered from 1, and its length,
       * e.g. “Wall 1 (3.60 m)” */
      g_ptr_array_add (labels, g_strdup_printf (_("Wall %u (%s)"), i + 1, length));
    }
  g_ptr_array_add (labels, NULL);

  gtk_string_list_splice (self->walls, 0, n_old, (const char * const *) labels->pdata);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= n)
    selected = 0;
  adw_combo_row_set_selected (self->strip_wall_row, selected);
}

static void
update_sleepers (HearthRoomPanel *self)
{
  g_autofree char *sleepers = format_sleepers (get_assessment (self), self->room);

  adw_action_row_set_subtitle (self->sleepers_row, sleepers);
}

static void
update_living_room (HearthRoomPanel *self)
{
  HearthRoomUse use = hearth_room_get_use (self->room);
  gboolean living_room = hearth_room_get_living_room (self->room);

  gtk_switch_set_active (self->living_switch, living_room);

  /* Only a kitchen can be judged usable as a living room; the switch stays
   * in sight for any room already marked, so that it can be cleared. */
  gtk_widget_set_visible (GTK_WIDGET (self->living_row),
                          living_room ||
                          use == HEARTH_ROOM_USE_KITCHEN ||
                          use == HEARTH_ROOM_USE_KITCHEN_DINER);
}

static void
update (HearthRoomPanel *self,
        gboolean         force)
{
  gboolean in_plan = self->document != NULL && self->room != NULL &&
                     hearth_assessment_find_room (get_assessment (self),
                                                  hearth_room_get_id (self->room),
                                                  NULL) == self->room;

  if (!in_plan)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->updating++;

  hearth_field_sync_text (GTK_EDITABLE (self->name_row), &self->shown_name,
                          hearth_room_get_name (self->room), force);
  adw_combo_row_set_selected (self->use_row, hearth_room_get_use (self->room));
  update_living_room (self);
  update_sleepers (self);
  update_size (self, force);
  update_zones (self);
  update_walls (self);
  sync_notes (self, force);

  self->updating--;

  gtk_stack_set_visible_child_name (self->stack, "room");
}

/* Applying typed values */

static void
apply_name (HearthRoomPanel *self)
{
  g_autofree char *name = NULL;

  if (!can_edit_room (self))
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  /* A room needs a name: an emptied field goes back to the old one. */
  if (*name != '\0' && g_strcmp0 (name, hearth_room_get_name (self->room)) != 0)
    hearth_document_push (self->document,
                          hearth_edit_set_room_name (get_assessment (self), self->room, name));

  self->updating++;
  hearth_field_sync_text (GTK_EDITABLE (self->name_row), &self->shown_name,
                          hearth_room_get_name (self->room), TRUE);
  self->updating--;
}

static void
apply_notes (HearthRoomPanel *self)
{
  g_autofree char *notes = NULL;
  const char *old_notes;

  if (!can_edit_room (self))
    return;

  notes = dup_notes_text (self);
  old_notes = hearth_room_get_notes (self->room);

  if (g_strcmp0 (notes, old_notes != NULL ? old_notes : "") != 0)
    hearth_document_push (self->document,
                          hearth_edit_set_room_notes (get_assessment (self), self->room, notes));

  self->updating++;
  sync_notes (self, TRUE);
  self->updating--;
}

static void
apply_size (HearthRoomPanel *self,
            SizeField        field)
{
  AdwEntryRow *row = field == SIZE_WIDTH ? self->width_row : self->depth_row;
  const char *shown = field == SIZE_WIDTH ? self->shown_width : self->shown_depth;
  const HearthPolygon *polygon;
  g_autoptr(HearthPolygon) resized = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;
  gint64 width, depth, length;

  if (!can_edit_room (self))
    return;

  polygon = hearth_room_get_polygon (self->room);
  if (!get_rectangle (polygon, &width, &depth))
    return;

  /* Untouched, the field shows the size truncated to the centimetre:
   * reading that back would move a wall by up to 9 mm. */
  text = gtk_editable_get_text (GTK_EDITABLE (row));
  if (g_strcmp0 (text, shown) == 0)
    {
      set_size_error (self, field, NULL);
      return;
    }

  /* On error the text stays, so that it can be corrected. */
  if (!hearth_parse_length (text, &length, &error))
    {
      set_size_error (self, field, error->message);
      return;
    }

  if (field == SIZE_WIDTH)
    width = length;
  else
    depth = length;

  resized = resize_rectangle (polygon, width, depth);

  if (!hearth_polygon_equal (resized, polygon))
    {
      g_autoptr(HearthRoom) check = copy_room_with (self->room, resized, NULL);
      g_autofree char *label = NULL;

      if (!hearth_room_validate (check, &error))
        {
          set_size_error (self, field, error->message);
          return;
        }

      /* Translators: an undo step; %s is a room's name */
      label = g_strdup_printf (_("Resize %s"), hearth_room_get_name (self->room));
      hearth_document_push (self->document,
                            hearth_edit_set_polygon (get_assessment (self), self->room,
                                                     polygon, resized, label));
    }

  set_size_error (self, field, NULL);

  self->updating++;
  update_size (self, TRUE);
  self->updating--;
}

/* What was typed for the room shown goes to that room before another is
 * shown: a click on the plan may select another room before focus leaves
 * the field. Sizes are left out: they may not be valid yet. */
static void
commit_pending (HearthRoomPanel *self)
{
  apply_name (self);
  apply_notes (self);
}

static void
set_room (HearthRoomPanel *self,
          HearthRoom      *room)
{
  if (!g_set_object (&self->room, room))
    return;

  set_size_error (self, SIZE_WIDTH, NULL);
  set_size_error (self, SIZE_DEPTH, NULL);
  set_strip_error (self, NULL);

  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (self->strip_depth_row), "");
  gtk_spin_button_set_value (self->strip_height_spin, 0);
  adw_expander_row_set_expanded (self->strip_row, FALSE);
  self->updating--;

  update (self, TRUE);
}

/* Callbacks */

static void
document_changed_cb (HearthRoomPanel *self)
{
  update (self, FALSE);
}

static void
selected_room_changed_cb (HearthRoomPanel *self)
{
  HearthRoom *room = hearth_document_get_selected_room (self->document);

  if (room == self->room)
    return;

  commit_pending (self);
  set_room (self, room);
}

static void
name_row_activated_cb (HearthRoomPanel *self)
{
  apply_name (self);
}

static void
name_row_leave_cb (HearthRoomPanel *self)
{
  apply_name (self);
}

static void
width_row_activated_cb (HearthRoomPanel *self)
{
  apply_size (self, SIZE_WIDTH);
}

static void
width_row_leave_cb (HearthRoomPanel *self)
{
  apply_size (self, SIZE_WIDTH);
}

static void
depth_row_activated_cb (HearthRoomPanel *self)
{
  apply_size (self, SIZE_DEPTH);
}

static void
depth_row_leave_cb (HearthRoomPanel *self)
{
  apply_size (self, SIZE_DEPTH);
}

static void
notes_view_leave_cb (HearthRoomPanel *self)
{
  apply_notes (self);
}

static void
strip_depth_row_activated_cb (HearthRoomPanel *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "room.add-low-ceiling", NULL);
}

static void
use_row_selected_cb (HearthRoomPanel *self)
{
  guint selected = adw_combo_row_get_selected (self->use_row);

  if (!can_edit_room (self) || selected >= N_ROOM_USES)
    return;

  if ((HearthRoomUse) selected != hearth_room_get_use (self->room))
    hearth_document_push (self->document,
                          hearth_edit_set_room_use (get_assessment (self), self->room,
                                                    (HearthRoomUse) selected));
}

static void
living_switch_active_cb (HearthRoomPanel *self)
{
  gboolean active = gtk_switch_get_active (self->living_switch);

  if (!can_edit_room (self))
    return;

  if (active != hearth_room_get_living_room (self->room))
    hearth_document_push (self->document,
                          hearth_edit_set_room_living_room (get_assessment (self), self->room,
                                                            active));
}

/* Actions */

static void
add_low_ceiling_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HearthRoomPanel *self = HEARTH_ROOM_PANEL (widget);
  const HearthPolygon *polygon;
  g_autoptr(HearthLowHeadroom) zone = NULL;
  g_autoptr(HearthRoom) check = NULL;
  g_autoptr(GError) error = NULL;
  guint wall;
  gint64 depth;

  if (!can_edit_room (self))
    return;

  polygon = hearth_room_get_polygon (self->room);
  wall = adw_combo_row_get_selected (self->strip_wall_row);
  if (wall >= hearth_polygon_get_n_points (polygon))
    {
      set_strip_error (self, _("Choose the wall the strip runs along."));
      return;
    }

  if (!hearth_parse_length (gtk_editable_get_text (GTK_EDITABLE (self->strip_depth_row)),
                            &depth, &error))
    {
      set_strip_error (self, error->message);
      return;
    }

  zone = hearth_low_headroom_new (create_strip (polygon, wall, depth),
                                  gtk_spin_button_get_value_as_int (self->strip_height_spin));

  check = copy_room_with (self->room, polygon, zone);
  if (!hearth_room_validate (check, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s says why, e.g. “Room “Bedroom 1”: low-headroom
       * areas 1 and 2 overlap” */
      message = g_strdup_printf (_("This strip does not fit: %s"), error->message);
      set_strip_error (self, message);
      return;
    }

  set_strip_error (self, NULL);
  hearth_document_push (self->document,
                        hearth_edit_add_low_headroom (get_assessment (self), self->room, zone));

  /* Ready for the next strip; the form stays open where focus is. */
  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (self->strip_depth_row), "");
  gtk_spin_button_set_value (self->strip_height_spin, 0);
  self->updating--;
}

static void
remove_low_ceiling_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  HearthRoomPanel *self = HEARTH_ROOM_PANEL (widget);
  guint index = g_variant_get_uint32 (parameter);
  GtkListBoxRow *row;
  guint n;

  if (!can_edit_room (self) || index >= hearth_room_get_n_low_headroom (self->room))
    return;

  hearth_document_push (self->document,
                        hearth_edit_remove_low_headroom (get_assessment (self), self->room, index));

  /* The row with the button is gone: keep keyboard focus in the group. */
  n = hearth_room_get_n_low_headroom (self->room);
  row = n > 0 ? gtk_list_box_get_row_at_index (self->zones_list, MIN (index, n - 1)) : NULL;
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->strip_row));
}

/* GObject overrides */

static void
hearth_room_panel_dispose (GObject *object)
{
  HearthRoomPanel *self = HEARTH_ROOM_PANEL (object);

  hearth_room_panel_set_document (self, NULL);

  /* The child is a template child, which gtk_widget_dispose_template()
   * would unparent behind AdwBin's back: let AdwBin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_ROOM_PANEL);

  g_clear_object (&self->room);
  g_clear_object (&self->walls);

  G_OBJECT_CLASS (hearth_room_panel_parent_class)->dispose (object);
}

static void
hearth_room_panel_finalize (GObject *object)
{
  HearthRoomPanel *self = HEARTH_ROOM_PANEL (object);

  g_clear_pointer (&self->shown_name, g_free);
  g_clear_pointer (&self->shown_width, g_free);
  g_clear_pointer (&self->shown_depth, g_free);
  g_clear_pointer (&self->shown_notes, g_free);
  g_clear_pointer (&self->zones_key, g_free);

  G_OBJECT_CLASS (hearth_room_panel_parent_class)->finalize (object);
}

static void
hearth_room_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HearthRoomPanel *self = HEARTH_ROOM_PANEL (object);

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
hearth_room_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HearthRoomPanel *self = HEARTH_ROOM_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hearth_room_panel_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
hearth_room_panel_class_init (HearthRoomPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_room_panel_dispose;
  object_class->finalize = hearth_room_panel_finalize;
  object_class->get_property = hearth_room_panel_get_property;
  object_class->set_property = hearth_room_panel_set_property;

  /**
   * HearthRoomPanel:document:
   *
   * The document whose selected room is shown, or %NULL.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         HEARTH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) hearth_gui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-room-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, use_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, living_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, living_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, sleepers_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, size_group);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, width_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, width_error_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, width_error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, depth_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, depth_error_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, depth_error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, gross_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, gross_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, countable_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, countable_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, perimeter_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, perimeter_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, min_width_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, min_width_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, zones_list);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, strip_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, strip_wall_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, strip_depth_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, strip_height_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, strip_error_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, strip_error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRoomPanel, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, name_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_row_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, width_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, width_row_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, depth_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, depth_row_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, notes_view_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, strip_depth_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, use_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, living_switch_active_cb);

  gtk_widget_class_install_action (widget_class, "room.add-low-ceiling", NULL,
                                   add_low_ceiling_action);
  gtk_widget_class_install_action (widget_class, "room.remove-low-ceiling", "u",
                                   remove_low_ceiling_action);

  gtk_widget_class_set_css_name (widget_class, "hearthroompanel");
}

static void
hearth_room_panel_init (HearthRoomPanel *self)
{
  g_autoptr(GtkStringList) uses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combo's positions are the HearthRoomUse values. */
  for (HearthRoomUse use = 0; use < N_ROOM_USES; use++)
    gtk_string_list_append (uses, hearth_room_use_get_label (use));

  self->updating++;
  adw_combo_row_set_model (self->use_row, G_LIST_MODEL (uses));
  self->walls = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->strip_wall_row, G_LIST_MODEL (self->walls));
  self->updating--;

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Public API */

GtkWidget *
hearth_room_panel_new (HearthDocument *document)
{
  g_return_val_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document), NULL);

  return g_object_new (HEARTH_TYPE_ROOM_PANEL,
                       "document", document,
                       NULL);
}

HearthDocument *
hearth_room_panel_get_document (HearthRoomPanel *self)
{
  g_return_val_if_fail (HEARTH_IS_ROOM_PANEL (self), NULL);

  return self->document;
}

void
hearth_room_panel_set_document (HearthRoomPanel *self,
                                HearthDocument  *document)
{
  g_return_if_fail (HEARTH_IS_ROOM_PANEL (self));
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
      g_signal_connect_object (document, "notify::selected-room",
                               G_CALLBACK (selected_room_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::floor",
                               G_CALLBACK (selected_room_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  set_room (self, document != NULL ? hearth_document_get_selected_room (document) : NULL);
  update (self, TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}
