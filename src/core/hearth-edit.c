/* hearth-edit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every command's data is one Edit: references to the objects it touches
 * and copies of the values before and after. Where an edit must find
 * something in the model (the floor and index a room is removed from, who
 * slept in it), it looks when applied, not when created, and keeps what it
 * found until reverted: the undo stack guarantees that a revert sees the
 * model exactly as the apply left it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-edit.h"

/* Someone who slept in a removed room. */
typedef struct
{
  HearthPerson *person;
  char         *room_id;
} Sleeper;

/* A hazard that listed a removed room, by its index in the assessment
 * (hazards are plain structs, so they cannot be referenced). */
typedef struct
{
  guint  hazard;
  GStrv  rooms;    /* the list before the removal */
} HazardRooms;

typedef struct
{
  HearthAssessment  *assessment;
  HearthFloor       *floor;        /* the floor edited, or the room's floor */
  HearthFloor       *to_floor;     /* where a room moves to */
  HearthRoom        *room;
  guint              index;        /* of the room, floor or zone */
  guint              to_index;     /* where a floor moves to */

  void             (*set_text) (HearthRoom *room,
                                const char *text);
  char              *old_text;
  char              *new_text;
  int                old_value;    /* a HearthRoomUse or a gboolean */
  int                new_value;
  HearthPolygon     *old_polygon;
  HearthPolygon     *new_polygon;
  HearthLowHeadroom *zone;

  GPtrArray         *sleepers;     /* Sleeper, while a removal is applied */
  GPtrArray         *hazards;      /* HazardRooms, likewise */
} Edit;

/* Structs */

static void
sleeper_free (Sleeper *sleeper)
{
  g_clear_object (&sleeper->person);
  g_free (sleeper->room_id);
  g_free (sleeper);
}

static void
hazard_rooms_free (HazardRooms *entry)
{
  g_strfreev (entry->rooms);
  g_free (entry);
}

static Edit *
edit_new (HearthAssessment *assessment)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->assessment = g_object_ref (assessment);
  edit->sleepers = g_ptr_array_new_with_free_func ((GDestroyNotify) sleeper_free);
  edit->hazards = g_ptr_array_new_with_free_func ((GDestroyNotify) hazard_rooms_free);
  return edit;
}

static void
edit_free (Edit *edit)
{
  g_clear_object (&edit->assessment);
  g_clear_object (&edit->floor);
  g_clear_object (&edit->to_floor);
  g_clear_object (&edit->room);
  g_free (edit->old_text);
  g_free (edit->new_text);
  g_clear_pointer (&edit->old_polygon, hearth_polygon_free);
  g_clear_pointer (&edit->new_polygon, hearth_polygon_free);
  g_clear_pointer (&edit->zone, hearth_low_headroom_free);
  g_clear_pointer (&edit->sleepers, g_ptr_array_unref);
  g_clear_pointer (&edit->hazards, g_ptr_array_unref);
  g_free (edit);
}

static HearthCommand *
command_new (const char        *label,
             HearthCommandFunc  apply,
             HearthCommandFunc  revert,
             Edit              *edit)
{
  return hearth_command_new (label, apply, revert, edit, (GDestroyNotify) edit_free);
}

/* Helpers */

/* What a label calls a room: its name, or its use when it has none. */
static const char *
room_title (HearthRoom *room)
{
  const char *name = hearth_room_get_name (room);

  return *name ? name : hearth_room_use_get_label (hearth_room_get_use (room));
}

static const char *
floor_title (HearthFloor *floor)
{
  const char *name = hearth_floor_get_name (floor);

  return *name ? name : _("Unnamed Floor");
}

static gboolean
find_floor_index (HearthAssessment *assessment,
                  HearthFloor      *floor,
                  guint            *index)
{
  return g_ptr_array_find (hearth_assessment_get_floors (assessment), floor, index);
}

static gboolean
find_room_index (HearthFloor *floor,
                 HearthRoom  *room,
                 guint       *index)
{
  for (guint i = 0; i < hearth_floor_get_n_rooms (floor); i++)
    {
      if (hearth_floor_get_room (floor, i) == room)
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Finds the floor holding @room (by identity) and its index there. */
static HearthFloor *
find_room (HearthAssessment *assessment,
           HearthRoom       *room,
           guint            *index)
{
  GPtrArray *floors = hearth_assessment_get_floors (assessment);

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);

      if (find_room_index (floor, room, index))
        return floor;
    }

  return NULL;
}

/* Clears every reference to the rooms in @room_ids (a set) from the
 * persons and hazards, remembering them in @edit. */
static void
detach_rooms (Edit       *edit,
              GHashTable *room_ids)
{
  GPtrArray *persons = hearth_assessment_get_persons (edit->assessment);
  GPtrArray *hazards = hearth_assessment_get_hazards (edit->assessment);

  /* Applied twice without a revert between: a caller bypassed the stack. */
  g_warn_if_fail (edit->sleepers->len == 0 && edit->hazards->len == 0);
  g_ptr_array_set_size (edit->sleepers, 0);
  g_ptr_array_set_size (edit->hazards, 0);

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      const char *room_id = hearth_person_get_sleeps_in (person);
      Sleeper *sleeper;

      if (room_id == NULL || !g_hash_table_contains (room_ids, room_id))
        continue;

      sleeper = g_new0 (Sleeper, 1);
      sleeper->person = g_object_ref (person);
      sleeper->room_id = g_strdup (room_id);
      g_ptr_array_add (edit->sleepers, sleeper);
      hearth_person_set_sleeps_in (person, NULL);
    }

  for (guint i = 0; i < hazards->len; i++)
    {
      HearthHazard *hazard = g_ptr_array_index (hazards, i);
      g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
      gboolean found = FALSE;
      HazardRooms *entry;

      if (hazard->rooms == NULL)
        continue;

      for (guint j = 0; hazard->rooms[j] != NULL; j++)
        {
          if (g_hash_table_contains (room_ids, hazard->rooms[j]))
            found = TRUE;
          else
            g_strv_builder_add (kept, hazard->rooms[j]);
        }

      if (!found)
        continue;

      entry = g_new0 (HazardRooms, 1);
      entry->hazard = i;
      entry->rooms = g_steal_pointer (&hazard->rooms);
      g_ptr_array_add (edit->hazards, entry);
      hazard->rooms = g_strv_builder_end (kept);
    }
}

static void
detach_room (Edit       *edit,
             HearthRoom *room)
{
  g_autoptr(GHashTable) room_ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_add (room_ids, (gpointer) hearth_room_get_id (room));
  detach_rooms (edit, room_ids);
}

/* Undoes detach_rooms(). */
static void
reattach_rooms (Edit *edit)
{
  GPtrArray *hazards = hearth_assessment_get_hazards (edit->assessment);

  for (guint i = 0; i < edit->sleepers->len; i++)
    {
      Sleeper *sleeper = g_ptr_array_index (edit->sleepers, i);

      hearth_person_set_sleeps_in (sleeper->person, sleeper->room_id);
    }

  for (guint i = 0; i < edit->hazards->len; i++)
    {
      HazardRooms *entry = g_ptr_array_index (edit->hazards, i);
      HearthHazard *hazard;

      g_return_if_fail (entry->hazard < hazards->len);

      hazard = g_ptr_array_index (hazards, entry->hazard);
      g_strfreev (hazard->rooms);
      hazard->rooms = g_steal_pointer (&entry->rooms);
    }

  g_ptr_array_set_size (edit->sleepers, 0);
  g_ptr_array_set_size (edit->hazards, 0);
}

/* The room has no call to insert a zone, so this takes the later ones off
 * and puts them back after it. */
static void
insert_low_headroom (HearthRoom              *room,
                     guint                    index,
                     const HearthLowHeadroom *zone)
{
  g_autoptr(GPtrArray) later = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_low_headroom_free);
  guint n = hearth_room_get_n_low_headroom (room);

  g_return_if_fail (index <= n);

  for (guint i = index; i < n; i++)
    g_ptr_array_add (later, hearth_low_headroom_copy (hearth_room_get_low_headroom (room, i)));
  for (guint i = n; i > index; i--)
    hearth_room_remove_low_headroom (room, i - 1);

  hearth_room_add_low_headroom (room, hearth_low_headroom_copy (zone));
  for (guint i = 0; i < later->len; i++)
    hearth_room_add_low_headroom (room, g_steal_pointer (&later->pdata[i]));
}

/* Rooms */

static void
add_room_apply (gpointer data)
{
  Edit *edit = data;

  hearth_floor_add_room (edit->floor, edit->room);
  hearth_assessment_changed (edit->assessment);
}

static void
add_room_revert (gpointer data)
{
  Edit *edit = data;

  hearth_floor_remove_room (edit->floor, edit->room);
  hearth_assessment_changed (edit->assessment);
}

static void
remove_room_apply (gpointer data)
{
  Edit *edit = data;
  HearthFloor *floor;

  floor = find_room (edit->assessment, edit->room, &edit->index);
  g_return_if_fail (floor != NULL);
  g_set_object (&edit->floor, floor);

  detach_room (edit, edit->room);
  hearth_floor_remove_room (edit->floor, edit->room);
  hearth_assessment_changed (edit->assessment);
}

static void
remove_room_revert (gpointer data)
{
  Edit *edit = data;

  g_return_if_fail (edit->floor != NULL);

  hearth_floor_insert_room (edit->floor, edit->index, edit->room);
  reattach_rooms (edit);
  g_clear_object (&edit->floor);
  hearth_assessment_changed (edit->assessment);
}

static void
set_polygon_apply (gpointer data)
{
  Edit *edit = data;

  hearth_room_set_polygon (edit->room, hearth_polygon_copy (edit->new_polygon));
  hearth_assessment_changed (edit->assessment);
}

static void
set_polygon_revert (gpointer data)
{
  Edit *edit = data;

  hearth_room_set_polygon (edit->room, hearth_polygon_copy (edit->old_polygon));
  hearth_assessment_changed (edit->assessment);
}

static void
set_room_text_apply (gpointer data)
{
  Edit *edit = data;

  edit->set_text (edit->room, edit->new_text);
  hearth_assessment_changed (edit->assessment);
}

static void
set_room_text_revert (gpointer data)
{
  Edit *edit = data;

  edit->set_text (edit->room, edit->old_text);
  hearth_assessment_changed (edit->assessment);
}

static void
set_room_use_apply (gpointer data)
{
  Edit *edit = data;

  hearth_room_set_use (edit->room, edit->new_value);
  hearth_assessment_changed (edit->assessment);
}

static void
set_room_use_revert (gpointer data)
{
  Edit *edit = data;

  hearth_room_set_use (edit->room, edit->old_value);
  hearth_assessment_changed (edit->assessment);
}

static void
set_living_room_apply (gpointer data)
{
  Edit *edit = data;

  hearth_room_set_living_room (edit->room, edit->new_value);
  hearth_assessment_changed (edit->assessment);
}

static void
set_living_room_revert (gpointer data)
{
  Edit *edit = data;

  hearth_room_set_living_room (edit->room, edit->old_value);
  hearth_assessment_changed (edit->assessment);
}

static void
add_low_headroom_apply (gpointer data)
{
  Edit *edit = data;

  edit->index = hearth_room_get_n_low_headroom (edit->room);
  hearth_room_add_low_headroom (edit->room, hearth_low_headroom_copy (edit->zone));
  hearth_assessment_changed (edit->assessment);
}

static void
add_low_headroom_revert (gpointer data)
{
  Edit *edit = data;

  hearth_room_remove_low_headroom (edit->room, edit->index);
  hearth_assessment_changed (edit->assessment);
}

static void
remove_low_headroom_apply (gpointer data)
{
  Edit *edit = data;

  hearth_room_remove_low_headroom (edit->room, edit->index);
  hearth_assessment_changed (edit->assessment);
}

static void
remove_low_headroom_revert (gpointer data)
{
  Edit *edit = data;

  insert_low_headroom (edit->room, edit->index, edit->zone);
  hearth_assessment_changed (edit->assessment);
}

static void
move_room_apply (gpointer data)
{
  Edit *edit = data;
  HearthFloor *floor;

  floor = find_room (edit->assessment, edit->room, &edit->index);
  g_return_if_fail (floor != NULL);
  g_set_object (&edit->floor, floor);

  hearth_floor_remove_room (edit->floor, edit->room);
  hearth_floor_add_room (edit->to_floor, edit->room);
  hearth_assessment_changed (edit->assessment);
}

static void
move_room_revert (gpointer data)
{
  Edit *edit = data;

  g_return_if_fail (edit->floor != NULL);

  hearth_floor_remove_room (edit->to_floor, edit->room);
  hearth_floor_insert_room (edit->floor, edit->index, edit->room);
  g_clear_object (&edit->floor);
  hearth_assessment_changed (edit->assessment);
}

/* Floors */

static void
add_floor_apply (gpointer data)
{
  Edit *edit = data;

  hearth_assessment_insert_floor (edit->assessment, edit->index, edit->floor);
  hearth_assessment_changed (edit->assessment);
}

static void
add_floor_revert (gpointer data)
{
  Edit *edit = data;

  hearth_assessment_remove_floor (edit->assessment, edit->floor);
  hearth_assessment_changed (edit->assessment);
}

static void
remove_floor_apply (gpointer data)
{
  Edit *edit = data;
  g_autoptr(GHashTable) room_ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_if_fail (find_floor_index (edit->assessment, edit->floor, &edit->index));

  for (guint i = 0; i < hearth_floor_get_n_rooms (edit->floor); i++)
    g_hash_table_add (room_ids, (gpointer) hearth_room_get_id (hearth_floor_get_room (edit->floor, i)));
  detach_rooms (edit, room_ids);

  hearth_assessment_remove_floor (edit->assessment, edit->floor);
  hearth_assessment_changed (edit->assessment);
}

static void
remove_floor_revert (gpointer data)
{
  Edit *edit = data;

  hearth_assessment_insert_floor (edit->assessment, edit->index, edit->floor);
  reattach_rooms (edit);
  hearth_assessment_changed (edit->assessment);
}

static void
rename_floor_apply (gpointer data)
{
  Edit *edit = data;

  hearth_floor_set_name (edit->floor, edit->new_text);
  hearth_assessment_changed (edit->assessment);
}

static void
rename_floor_revert (gpointer data)
{
  Edit *edit = data;

  hearth_floor_set_name (edit->floor, edit->old_text);
  hearth_assessment_changed (edit->assessment);
}

/* The edit's reference keeps the floor alive while it is out of the list. */
static void
move_floor_to (Edit  *edit,
               guint  index)
{
  GPtrArray *floors = hearth_assessment_get_floors (edit->assessment);

  g_return_if_fail (hearth_assessment_remove_floor (edit->assessment, edit->floor));
  hearth_assessment_insert_floor (edit->assessment, MIN (index, floors->len), edit->floor);
}

static void
move_floor_apply (gpointer data)
{
  Edit *edit = data;

  g_return_if_fail (find_floor_index (edit->assessment, edit->floor, &edit->index));

  move_floor_to (edit, edit->to_index);
  hearth_assessment_changed (edit->assessment);
}

static void
move_floor_revert (gpointer data)
{
  Edit *edit = data;

  move_floor_to (edit, edit->index);
  hearth_assessment_changed (edit->assessment);
}

/* Public API */

HearthCommand *
hearth_edit_add_room (HearthAssessment *assessment,
                      HearthFloor      *floor,
                      HearthRoom       *room)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_FLOOR (floor), NULL);
  g_return_val_if_fail (HEARTH_IS_ROOM (room), NULL);

  edit = edit_new (assessment);
  edit->floor = g_object_ref (floor);
  edit->room = g_object_ref (room);

  /* Translators: an undo step; %s is a room's name ("Undo Add Bedroom 2") */
  label = g_strdup_printf (_("Add %s"), room_title (room));
  return command_new (label, add_room_apply, add_room_revert, edit);
}

HearthCommand *
hearth_edit_remove_room (HearthAssessment *assessment,
                         HearthRoom       *room)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_ROOM (room), NULL);

  edit = edit_new (assessment);
  edit->room = g_object_ref (room);

  /* Translators: an undo step; %s is a room's name */
  label = g_strdup_printf (_("Delete %s"), room_title (room));
  return command_new (label, remove_room_apply, remove_room_revert, edit);
}

HearthCommand *
hearth_edit_set_polygon (HearthAssessment    *assessment,
                         HearthRoom          *room,
                         const HearthPolygon *old_polygon,
                         const HearthPolygon *new_polygon,
                         const char          *label)
{
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_ROOM (room), NULL);
  g_return_val_if_fail (old_polygon != NULL, NULL);
  g_return_val_if_fail (new_polygon != NULL, NULL);

  edit = edit_new (assessment);
  edit->room = g_object_ref (room);
  edit->old_polygon = hearth_polygon_copy (old_polygon);
  edit->new_polygon = hearth_polygon_copy (new_polygon);

  return command_new (label, set_polygon_apply, set_polygon_revert, edit);
}

HearthCommand *
hearth_edit_set_room_name (HearthAssessment *assessment,
                           HearthRoom       *room,
                           const char       *name)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_ROOM (room), NULL);

  edit = edit_new (assessment);
  edit->room = g_object_ref (room);
  edit->set_text = hearth_room_set_name;
  edit->old_text = g_strdup (hearth_room_get_name (room));
  edit->new_text = g_strdup (name);

  /* Translators: an undo step; %s is the room's name before the change */
  label = g_strdup_printf (_("Rename %s"), room_title (room));
  return command_new (label, set_room_text_apply, set_room_text_revert, edit);
}

HearthCommand *
hearth_edit_set_room_use (HearthAssessment *assessment,
                          HearthRoom       *room,
                          HearthRoomUse     use)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_ROOM (room), NULL);

  edit = edit_new (assessment);
  edit->room = g_object_ref (room);
  edit->old_value = hearth_room_get_use (room);
  edit->new_value = use;

  /* Translators: an undo step; %s is a room's name */
  label = g_strdup_printf (_("Change Use of %s"), room_title (room));
  return command_new (label, set_room_use_apply, set_room_use_revert, edit);
}

HearthCommand *
hearth_edit_set_room_living_room (HearthAssessment *assessment,
                                  HearthRoom       *room,
                                  gboolean          living_room)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_ROOM (room), NULL);

  edit = edit_new (assessment);
  edit->room = g_object_ref (room);
  edit->old_value = hearth_room_get_living_room (room);
  edit->new_value = !!living_room;

  if (living_room)
    /* Translators: an undo step; %s is a room's name (a kitchen that
     * counts as a living room under the space standard) */
    label = g_strdup_printf (_("Mark %s as Living Room"), room_title (room));
  else
    /* Translators: an undo step; %s is a room's name */
    label = g_strdup_printf (_("Unmark %s as Living Room"), room_title (room));
  return command_new (label, set_living_room_apply, set_living_room_revert, edit);
}

HearthCommand *
hearth_edit_set_room_notes (HearthAssessment *assessment,
                            HearthRoom       *room,
                            const char       *notes)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_ROOM (room), NULL);

  edit = edit_new (assessment);
  edit->room = g_object_ref (room);
  edit->set_text = hearth_room_set_notes;
  edit->old_text = g_strdup (hearth_room_get_notes (room));
  edit->new_text = g_strdup (notes);

  /* Translators: an undo step; %s is a room's name */
  label = g_strdup_printf (_("Edit Notes of %s"), room_title (room));
  return command_new (label, set_room_text_apply, set_room_text_revert, edit);
}

HearthCommand *
hearth_edit_add_low_headroom (HearthAssessment        *assessment,
                              HearthRoom              *room,
                              const HearthLowHeadroom *zone)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_ROOM (room), NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  edit = edit_new (assessment);
  edit->room = g_object_ref (room);
  edit->zone = hearth_low_headroom_copy (zone);

  /* Translators: an undo step; %s is a room's name (a part of it where
   * the ceiling is low) */
  label = g_strdup_printf (_("Add Low Ceiling to %s"), room_title (room));
  return command_new (label, add_low_headroom_apply, add_low_headroom_revert, edit);
}

HearthCommand *
hearth_edit_remove_low_headroom (HearthAssessment *assessment,
                                 HearthRoom       *room,
                                 guint             index)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_ROOM (room), NULL);
  g_return_val_if_fail (index < hearth_room_get_n_low_headroom (room), NULL);

  edit = edit_new (assessment);
  edit->room = g_object_ref (room);
  edit->index = index;
  edit->zone = hearth_low_headroom_copy (hearth_room_get_low_headroom (room, index));

  /* Translators: an undo step; %s is a room's name */
  label = g_strdup_printf (_("Remove Low Ceiling from %s"), room_title (room));
  return command_new (label, remove_low_headroom_apply, remove_low_headroom_revert, edit);
}

HearthCommand *
hearth_edit_move_room_to_floor (HearthAssessment *assessment,
                                HearthRoom       *room,
                                HearthFloor      *floor)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_ROOM (room), NULL);
  g_return_val_if_fail (HEARTH_IS_FLOOR (floor), NULL);

  edit = edit_new (assessment);
  edit->room = g_object_ref (room);
  edit->to_floor = g_object_ref (floor);

  /* Translators: an undo step; the first %s is a room's name, the second
   * a floor's ("Move Bedroom 2 to First floor") */
  label = g_strdup_printf (_("Move %s to %s"), room_title (room), floor_title (floor));
  return command_new (label, move_room_apply, move_room_revert, edit);
}

HearthCommand *
hearth_edit_add_floor (HearthAssessment *assessment,
                       HearthFloor      *floor,
                       guint             index)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_FLOOR (floor), NULL);
  g_return_val_if_fail (index <= hearth_assessment_get_floors (assessment)->len, NULL);

  edit = edit_new (assessment);
  edit->floor = g_object_ref (floor);
  edit->index = index;

  /* Translators: an undo step; %s is a floor's name ("Add Loft") */
  label = g_strdup_printf (_("Add %s"), floor_title (floor));
  return command_new (label, add_floor_apply, add_floor_revert, edit);
}

HearthCommand *
hearth_edit_remove_floor (HearthAssessment *assessment,
                          HearthFloor      *floor)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_FLOOR (floor), NULL);

  edit = edit_new (assessment);
  edit->floor = g_object_ref (floor);

  /* Translators: an undo step; %s is a floor's name */
  label = g_strdup_printf (_("Delete %s"), floor_title (floor));
  return command_new (label, remove_floor_apply, remove_floor_revert, edit);
}

HearthCommand *
hearth_edit_rename_floor (HearthAssessment *assessment,
                          HearthFloor      *floor,
                          const char       *name)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_FLOOR (floor), NULL);

  edit = edit_new (assessment);
  edit->floor = g_object_ref (floor);
  edit->old_text = g_strdup (hearth_floor_get_name (floor));
  edit->new_text = g_strdup (name);

  /* Translators: an undo step; %s is the floor's name before the change */
  label = g_strdup_printf (_("Rename %s"), floor_title (floor));
  return command_new (label, rename_floor_apply, rename_floor_revert, edit);
}

HearthCommand *
hearth_edit_move_floor (HearthAssessment *assessment,
                        HearthFloor      *floor,
                        guint             index)
{
  g_autofree char *label = NULL;
  Edit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_FLOOR (floor), NULL);
  g_return_val_if_fail (index < hearth_assessment_get_floors (assessment)->len, NULL);

  edit = edit_new (assessment);
  edit->floor = g_object_ref (floor);
  edit->to_index = index;

  /* Translators: an undo step; %s is a floor's name (moved up or down the
   * list of floors) */
  label = g_strdup_printf (_("Move %s"), floor_title (floor));
  return command_new (label, move_floor_apply, move_floor_revert, edit);
}
