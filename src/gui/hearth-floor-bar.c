/* hearth-floor-bar.c: the floor switcher above the plan, with the floor
 * commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floors are listed in the order of the assessment. “Move Up” and
 * “Move Down” move the floor shown one place earlier or later in that
 * list; a new floor goes above the highest or below the lowest, so that
 * no two floors share a level.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-edit.h"
#include "hearth-floor-bar.h"
#include "hearth-gui-resources.h"

struct _HearthFloorBar
{
  GtkWidget       parent_instance;

  /* Template children */
  GtkBox         *box;
  GtkDropDown    *floor_dropdown;
  GtkMenuButton  *menu_button;
  GtkPopover     *rename_popover;
  GtkEntry       *rename_entry;
  GtkButton      *rename_button;
  GMenu          *move_room_section;

  /* State */
  HearthDocument *document;
  GtkStringList  *floor_names;  /* the model of floor_dropdown */
  guint           updating;     /* > 0 while the bar sets its own widgets */
};

G_DEFINE_FINAL_TYPE (HearthFloorBar, hearth_floor_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

enum {
  FLOOR_DELETED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static GPtrArray *
get_floors (HearthFloorBar *self)
{
  return hearth_assessment_get_floors (hearth_document_get_assessment (self->document));
}

static const char *
get_floor_title (HearthFloor *floor)
{
  const char *name = hearth_floor_get_name (floor);

  if (name != NULL && *name != '\0')
    return name;

  return hearth_floor_get_id (floor);
}

/* The index of the floor shown, or -1. */
static int
get_current_index (HearthFloorBar *self)
{
  HearthFloor *floor;
  guint index;

  if (self->document == NULL)
    return -1;

  floor = hearth_document_get_floor (self->document);
  if (floor == NULL || !g_ptr_array_find (get_floors (self), floor, &index))
    return -1;

  return (int) index;
}

static gboolean
floor_name_taken (GPtrArray  *floors,
                  const char *name)
{
  for (guint i = 0; i < floors->len; i++)
    {
      if (g_strcmp0 (hearth_floor_get_name (g_ptr_array_index (floors, i)), name) == 0)
        return TRUE;
    }

  return FALSE;
}

/* What a storey is usually called: “First floor”, “Basement”, else
 * “Floor 7”, or “Floor 7 (2)” when that is taken too. */
static char *
dup_floor_name (GPtrArray *floors,
                int        level)
{
  g_autofree char *name = NULL;

  switch (level)
    {
    case -2: name = g_strdup (_("Lower basement")); break;
    case -1: name = g_strdup (_("Basement")); break;
    case 0: name = g_strdup (_("Ground floor")); break;
    case 1: name = g_strdup (_("First floor")); break;
    case 2: name = g_strdup (_("Second floor")); break;
    case 3: name = g_strdup (_("Third floor")); break;
    case 4: name = g_strdup (_("Fourth floor")); break;
    case 5: name = g_strdup (_("Fifth floor")); break;
    default: break;
    }

  if (name == NULL || floor_name_taken (floors, name))
    {
      g_free (name);
      /* Translators: a floor with no usual name; %d is its level, 0 being
       * the ground floor */
      name = g_strdup_printf (_("Floor %d"), level);
    }

  for (guint n = 2; floor_name_taken (floors, name); n++)
    {
      g_free (name);
      /* Translators: a floor's name when another floor has the usual one;
       * %d is its level, %u tells it apart, “Floor 7 (2)” */
      name = g_strdup_printf (_("Floor %d (%u)"), level, n);
    }

  return g_steal_pointer (&name);
}

static void
update_actions (HearthFloorBar *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_document = self->document != NULL;
  guint n_floors = has_document ? get_floors (self)->len : 0;
  int index = get_current_index (self);
  gboolean has_room = has_document && hearth_document_get_selected_room (self->document) != NULL;

  gtk_widget_action_set_enabled (widget, "floors.add-above", has_document);
  gtk_widget_action_set_enabled (widget, "floors.add-below", has_document);
  gtk_widget_action_set_enabled (widget, "floors.rename", index >= 0);
  gtk_widget_action_set_enabled (widget, "floors.move-up", index > 0);
  gtk_widget_action_set_enabled (widget, "floors.move-down", index >= 0 && (guint) index + 1 < n_floors);
  gtk_widget_action_set_enabled (widget, "floors.delete", index >= 0 && n_floors > 1);
  gtk_widget_action_set_enabled (widget, "floors.move-room-to", has_room && n_floors > 1);
}

/* “Move Room to Floor ▸” with the other floors, when there are any. */
static void
update_move_room_menu (HearthFloorBar *self)
{
  g_autoptr(GMenu) submenu = NULL;
  HearthFloor *current;
  GPtrArray *floors;

  g_menu_remove_all (self->move_room_section);

  if (self->document == NULL)
    return;

  floors = get_floors (self);
  if (floors->len < 2)
    return;

  current = hearth_document_get_floor (self->document);
  submenu = g_menu_new ();

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);
      g_autoptr(GMenuItem) item = NULL;

      if (floor == current)
        continue;

      item = g_menu_item_new (get_floor_title (floor), NULL);
      g_menu_item_set_action_and_target_value (item, "floors.move-room-to",
                                               g_variant_new_string (hearth_floor_get_id (floor)));
      g_menu_append_item (submenu, item);
    }

  g_menu_append_submenu (self->move_room_section, _("Move Room to _Floor"), G_MENU_MODEL (submenu));
}

static void
update_dropdown (HearthFloorBar *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->floor_names));
  gboolean same = TRUE;
  int index = get_current_index (self);

  if (self->document != NULL)
    {
      GPtrArray *floors = get_floors (self);

      for (guint i = 0; i < floors->len; i++)
        g_ptr_array_add (names, (gpointer) get_floor_title (g_ptr_array_index (floors, i)));
    }

  if (names->len != n_old)
    same = FALSE;
  for (guint i = 0; same && i < names->len; i++)
    same = g_strcmp0 (gtk_string_list_get_string (self->floor_names, i),
                      g_ptr_array_index (names, i)) == 0;

  self->updating++;

  if (!same)
    {
      g_ptr_array_add (names, NULL);
      gtk_string_list_splice (self->floor_names, 0, n_old, (const char * const *) names->pdata);
    }

  gtk_drop_down_set_selected (self->floor_dropdown,
                              index >= 0 ? (guint) index : GTK_INVALID_LIST_POSITION);
  gtk_widget_set_sensitive (GTK_WIDGET (self->floor_dropdown), index >= 0);

  self->updating--;
}

static void
update (HearthFloorBar *self)
{
  update_dropdown (self);
  update_move_room_menu (self);
  update_actions (self);
}

static void
add_floor (HearthFloorBar *self,
           gboolean        above)
{
  HearthAssessment *assessment = hearth_document_get_assessment (self->document);
  GPtrArray *floors = hearth_assessment_get_floors (assessment);
  g_autoptr(HearthFloor) floor = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  int level = 0;
  guint index;

  for (guint i = 0; i < floors->len; i++)
    {
      int floor_level = hearth_floor_get_level (g_ptr_array_index (floors, i));

      if (i == 0)
        level = floor_level;
      else
        level = above ? MAX (level, floor_level) : MIN (level, floor_level);
    }

  if (floors->len > 0)
    level += above ? 1 : -1;

  index = above ? floors->len : 0;
  id = hearth_assessment_new_id (assessment, "floor");
  name = dup_floor_name (floors, level);
  floor = hearth_floor_new (id, name, level);

  hearth_document_push (self->document, hearth_edit_add_floor (assessment, floor, index));
  hearth_document_set_floor (self->document, floor);
}

static void
move_floor (HearthFloorBar *self,
            int             delta)
{
  HearthFloor *floor = hearth_document_get_floor (self->document);
  int index = get_current_index (self);
  int n_floors = (int) get_floors (self)->len;

  if (index < 0 || index + delta < 0 || index + delta >= n_floors)
    return;

  hearth_document_push (self->document,
                        hearth_edit_move_floor (hearth_document_get_assessment (self->document),
                                                floor, (guint) (index + delta)));
}

static void
apply_rename (HearthFloorBar *self)
{
  g_autofree char *name = NULL;
  HearthFloor *floor;

  if (self->document == NULL || (floor = hearth_document_get_floor (self->document)) == NULL)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rename_entry))));
  if (*name == '\0')
    return;

  if (g_strcmp0 (name, hearth_floor_get_name (floor)) != 0)
    hearth_document_push (self->document,
                          hearth_edit_rename_floor (hearth_document_get_assessment (self->document),
                                                    floor, name));

  gtk_popover_popdown (self->rename_popover);
}

/* Callbacks */

static void
document_changed_cb (HearthFloorBar *self)
{
  update (self);
}

static void
floor_dropdown_selected_cb (HearthFloorBar *self)
{
  guint selected = gtk_drop_down_get_selected (self->floor_dropdown);
  GPtrArray *floors;

  if (self->updating > 0 || self->document == NULL)
    return;

  floors = get_floors (self);
  if (selected < floors->len)
    hearth_document_set_floor (self->document, g_ptr_array_index (floors, selected));
}

static void
rename_entry_activated_cb (HearthFloorBar *self)
{
  apply_rename (self);
}

static void
rename_button_clicked_cb (HearthFloorBar *self)
{
  apply_rename (self);
}

static void
rename_entry_changed_cb (HearthFloorBar *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rename_entry))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->rename_button), *name != '\0');
}

static void
rename_popover_closed_cb (HearthFloorBar *self)
{
  /* Back to where renaming started from, unless the bar is going away. */
  if (self->floor_dropdown != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->floor_dropdown));
}

/* Actions */

static void
add_above_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthFloorBar *self = HEARTH_FLOOR_BAR (widget);

  if (self->document != NULL)
    add_floor (self, TRUE);
}

static void
add_below_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthFloorBar *self = HEARTH_FLOOR_BAR (widget);

  if (self->document != NULL)
    add_floor (self, FALSE);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthFloorBar *self = HEARTH_FLOOR_BAR (widget);
  HearthFloor *floor;
  graphene_rect_t bounds;

  if (self->document == NULL || (floor = hearth_document_get_floor (self->document)) == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->rename_entry), hearth_floor_get_name (floor));

  /* The popover points at the floor it renames. */
  if (gtk_widget_compute_bounds (GTK_WIDGET (self->floor_dropdown), GTK_WIDGET (self), &bounds))
    {
      GdkRectangle rect = {
        (int) bounds.origin.x, (int) bounds.origin.y,
        (int) bounds.size.width, (int) bounds.size.height,
      };

      gtk_popover_set_pointing_to (self->rename_popover, &rect);
    }

  gtk_popover_popup (self->rename_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->rename_entry));
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthFloorBar *self = HEARTH_FLOOR_BAR (widget);

  if (self->document != NULL)
    move_floor (self, -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthFloorBar *self = HEARTH_FLOOR_BAR (widget);

  if (self->document != NULL)
    move_floor (self, 1);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthFloorBar *self = HEARTH_FLOOR_BAR (widget);
  g_autofree char *name = NULL;
  HearthFloor *floor;

  if (self->document == NULL || (floor = hearth_document_get_floor (self->document)) == NULL)
    return;

  /* The only floor stays: a plan always has one to draw on. */
  if (get_floors (self)->len < 2)
    return;

  name = g_strdup (get_floor_title (floor));
  hearth_document_push (self->document,
                        hearth_edit_remove_floor (hearth_document_get_assessment (self->document),
                                                  floor));

  g_signal_emit (self, signals[FLOOR_DELETED], 0, name);
}

static void
move_room_to_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HearthFloorBar *self = HEARTH_FLOOR_BAR (widget);
  const char *floor_id = g_variant_get_string (parameter, NULL);
  HearthRoom *room;
  GPtrArray *floors;

  if (self->document == NULL ||
      (room = hearth_document_get_selected_room (self->document)) == NULL)
    return;

  floors = get_floors (self);
  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);

      if (g_strcmp0 (hearth_floor_get_id (floor), floor_id) != 0)
        continue;

      /* The document then shows the room on its new floor. */
      if (floor != hearth_document_get_floor (self->document))
        hearth_document_push (self->document,
                              hearth_edit_move_room_to_floor (hearth_document_get_assessment (self->document),
                                                              room, floor));
      return;
    }
}

/* GtkWidget overrides: the bar lays out its box and keeps the rename
 * popover placed. */

static void
hearth_floor_bar_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  HearthFloorBar *self = HEARTH_FLOOR_BAR (widget);

  gtk_widget_measure (GTK_WIDGET (self->box), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
hearth_floor_bar_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  HearthFloorBar *self = HEARTH_FLOOR_BAR (widget);

  gtk_widget_allocate (GTK_WIDGET (self->box), width, height, baseline, NULL);
  gtk_popover_present (self->rename_popover);
}

/* A widget with a layout manager does not pass on its children's wish to
 * expand by itself: without this, a parent box would not give the bar
 * what its contents ask for. */
static void
hearth_floor_bar_compute_expand (GtkWidget *widget,
                                 gboolean  *hexpand,
                                 gboolean  *vexpand)
{
  gboolean h = FALSE;
  gboolean v = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_NATIVE (child))
        continue;

      h = h || gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
      v = v || gtk_widget_compute_expand (child, GTK_ORIENTATION_VERTICAL);
    }

  *hexpand = h;
  *vexpand = v;
}

/* GObject overrides */

static void
hearth_floor_bar_dispose (GObject *object)
{
  HearthFloorBar *self = HEARTH_FLOOR_BAR (object);
  GtkWidget *child;

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_clear_object (&self->document);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FLOOR_BAR);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->floor_names);

  G_OBJECT_CLASS (hearth_floor_bar_parent_class)->dispose (object);
}

static void
hearth_floor_bar_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HearthFloorBar *self = HEARTH_FLOOR_BAR (object);

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
hearth_floor_bar_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HearthFloorBar *self = HEARTH_FLOOR_BAR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hearth_floor_bar_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
hearth_floor_bar_class_init (HearthFloorBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_floor_bar_dispose;
  object_class->get_property = hearth_floor_bar_get_property;
  object_class->set_property = hearth_floor_bar_set_property;

  widget_class->compute_expand = hearth_floor_bar_compute_expand;

  widget_class->measure = hearth_floor_bar_measure;
  widget_class->size_allocate = hearth_floor_bar_size_allocate;

  /**
   * HearthFloorBar:document:
   *
   * The document whose floors are shown, or %NULL.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         HEARTH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthFloorBar::floor-deleted:
   * @name: the deleted floor's name
   *
   * A floor was deleted (an undoable edit), so that the window can offer
   * to undo it.
   */
  signals[FLOOR_DELETED] = g_signal_new ("floor-deleted",
                                         G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1,
                                         G_TYPE_STRING);

  (void) hearth_gui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-floor-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFloorBar, box);
  gtk_widget_class_bind_template_child (widget_class, HearthFloorBar, floor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthFloorBar, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HearthFloorBar, rename_popover);
  gtk_widget_class_bind_template_child (widget_class, HearthFloorBar, rename_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthFloorBar, rename_button);
  gtk_widget_class_bind_template_child (widget_class, HearthFloorBar, move_room_section);
  gtk_widget_class_bind_template_callback (widget_class, floor_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, rename_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, rename_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, rename_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, rename_popover_closed_cb);

  gtk_widget_class_install_action (widget_class, "floors.add-above", NULL, add_above_action);
  gtk_widget_class_install_action (widget_class, "floors.add-below", NULL, add_below_action);
  gtk_widget_class_install_action (widget_class, "floors.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "floors.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "floors.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "floors.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "floors.move-room-to", "s", move_room_to_action);

  /* F2 renames, as it renames files elsewhere in GNOME. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "floors.rename", NULL);

  gtk_widget_class_set_css_name (widget_class, "hearthfloorbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TOOLBAR);
}

static void
hearth_floor_bar_init (HearthFloorBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->floor_names = gtk_string_list_new (NULL);

  self->updating++;
  gtk_drop_down_set_model (self->floor_dropdown, G_LIST_MODEL (self->floor_names));
  self->updating--;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Floors"),
                                  -1);
  update (self);
}

/* Public API */

GtkWidget *
hearth_floor_bar_new (HearthDocument *document)
{
  g_return_val_if_fail (document == NULL || HEARTH_IS_DOCUMENT (document), NULL);

  return g_object_new (HEARTH_TYPE_FLOOR_BAR,
                       "document", document,
                       NULL);
}

HearthDocument *
hearth_floor_bar_get_document (HearthFloorBar *self)
{
  g_return_val_if_fail (HEARTH_IS_FLOOR_BAR (self), NULL);

  return self->document;
}

void
hearth_floor_bar_set_document (HearthFloorBar *self,
                               HearthDocument *document)
{
  g_return_if_fail (HEARTH_IS_FLOOR_BAR (self));
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
                               G_CALLBACK (document_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}
