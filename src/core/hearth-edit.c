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

#include <string.h>

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

/* ------------------------------------------------------------------------- */
/* The case, the household, the hazards and the sharing checklist            */
/* ------------------------------------------------------------------------- */

/* These edits keep their data in a RecordEdit. As above, what an edit
 * finds in the model (the value before, where a row was) it finds when
 * applied, and keeps until reverted. */

/* Something taken out of one of the assessment's lists, and where from. */
typedef struct
{
  guint          index;
  gpointer       item;
  GDestroyNotify free_item;
} Taken;

typedef struct
{
  HearthAssessment  *assessment;
  HearthPerson      *person;        /* the person added, removed or edited */
  HearthPerson      *old_person;    /* detached copies: the values before */
  HearthPerson      *new_person;    /* and after */
  HearthCaseDetails  old_case;
  HearthCaseDetails  new_case;
  char              *old_text;
  char              *new_text;
  char              *first;         /* the members of a couple */
  char              *second;
  HearthHazard      *old_hazard;
  HearthHazard      *new_hazard;
  HearthRecipient   *old_recipient;
  HearthRecipient   *new_recipient;
  HearthReferral    *old_referral;
  HearthReferral    *new_referral;
  guint              index;         /* of the person, couple, hazard or row */

  GPtrArray         *couples;       /* Taken, while applied */
  GPtrArray         *recipients;    /* Taken, while applied */
} RecordEdit;

static void
taken_free (Taken *taken)
{
  if (taken->item != NULL)
    taken->free_item (taken->item);
  g_free (taken);
}

static RecordEdit *
record_edit_new (HearthAssessment *assessment)
{
  RecordEdit *edit = g_new0 (RecordEdit, 1);

  edit->assessment = g_object_ref (assessment);
  g_date_clear (&edit->old_case.visit_date, 1);
  g_date_clear (&edit->old_case.next_review, 1);
  g_date_clear (&edit->new_case.visit_date, 1);
  g_date_clear (&edit->new_case.next_review, 1);
  edit->couples = g_ptr_array_new_with_free_func ((GDestroyNotify) taken_free);
  edit->recipients = g_ptr_array_new_with_free_func ((GDestroyNotify) taken_free);
  return edit;
}

static void
record_edit_free (RecordEdit *edit)
{
  g_clear_object (&edit->assessment);
  g_clear_object (&edit->person);
  g_clear_object (&edit->old_person);
  g_clear_object (&edit->new_person);
  hearth_case_details_clear (&edit->old_case);
  hearth_case_details_clear (&edit->new_case);
  g_free (edit->old_text);
  g_free (edit->new_text);
  g_free (edit->first);
  g_free (edit->second);
  g_clear_pointer (&edit->old_hazard, hearth_hazard_free);
  g_clear_pointer (&edit->new_hazard, hearth_hazard_free);
  g_clear_pointer (&edit->old_recipient, hearth_recipient_free);
  g_clear_pointer (&edit->new_recipient, hearth_recipient_free);
  g_clear_pointer (&edit->old_referral, hearth_referral_free);
  g_clear_pointer (&edit->new_referral, hearth_referral_free);
  g_clear_pointer (&edit->couples, g_ptr_array_unref);
  g_clear_pointer (&edit->recipients, g_ptr_array_unref);
  g_free (edit);
}

static HearthCommand *
record_command_new (const char        *label,
                    HearthCommandFunc  apply,
                    HearthCommandFunc  revert,
                    RecordEdit        *edit)
{
  return hearth_command_new (label, apply, revert, edit, (GDestroyNotify) record_edit_free);
}

/* What a label calls a person: their name, or "Unnamed Person". */
static const char *
person_title (HearthPerson *person)
{
  const char *name = hearth_person_get_name (person);

  return *name ? name : _("Unnamed Person");
}

/* The same for a person id; the id itself if nobody has it. */
static const char *
person_id_title (HearthAssessment *assessment,
                 const char       *id)
{
  HearthPerson *person = hearth_assessment_find_person (assessment, id);

  return person != NULL ? person_title (person) : id;
}

static void
case_details_copy (HearthCaseDetails       *dest,
                   const HearthCaseDetails *src)
{
  dest->reference = g_strdup (src->reference);
  dest->address = g_strdup (src->address);
  dest->assessor = g_strdup (src->assessor);
  dest->visit_date = src->visit_date;
  dest->licensed_hmo = src->licensed_hmo;
  dest->plan_type = src->plan_type;
  dest->next_review = src->next_review;
}

static void
case_details_apply (HearthAssessment        *assessment,
                    const HearthCaseDetails *details)
{
  hearth_assessment_set_reference (assessment, details->reference);
  hearth_assessment_set_address (assessment, details->address);
  hearth_assessment_set_assessor (assessment, details->assessor);
  hearth_assessment_set_visit_date (assessment, &details->visit_date);
  hearth_assessment_set_licensed_hmo (assessment, details->licensed_hmo);
  hearth_assessment_set_plan_type (assessment, details->plan_type);
  hearth_assessment_set_next_review (assessment, &details->next_review);
}

static gboolean
couple_names (const HearthCouple *couple,
              const char         *id)
{
  return id != NULL && (g_str_equal (couple->first, id) || g_str_equal (couple->second, id));
}

/* Takes out every couple naming @first or @second, remembering where each
 * was, in order. */
static void
take_couples (RecordEdit *edit,
              const char *first,
              const char *second)
{
  GPtrArray *couples = hearth_assessment_get_couples (edit->assessment);

  /* Applied twice without a revert between: a caller bypassed the stack. */
  g_warn_if_fail (edit->couples->len == 0);
  g_ptr_array_set_size (edit->couples, 0);

  /* From the end, so that the indexes still to come stay valid. */
  for (guint i = couples->len; i > 0; i--)
    {
      HearthCouple *couple = g_ptr_array_index (couples, i - 1);
      Taken *taken;

      if (!couple_names (couple, first) && !couple_names (couple, second))
        continue;

      taken = g_new0 (Taken, 1);
      taken->index = i - 1;
      taken->item = hearth_assessment_steal_couple (edit->assessment, i - 1);
      taken->free_item = (GDestroyNotify) hearth_couple_free;
      g_ptr_array_insert (edit->couples, 0, taken);
    }
}

static void
take_recipients (RecordEdit *edit,
                 const char *person_id)
{
  GPtrArray *recipients = hearth_assessment_get_recipients (edit->assessment);

  g_warn_if_fail (edit->recipients->len == 0);
  g_ptr_array_set_size (edit->recipients, 0);

  for (guint i = recipients->len; i > 0; i--)
    {
      HearthRecipient *recipient = g_ptr_array_index (recipients, i - 1);
      Taken *taken;

      if (!g_str_equal (recipient->person, person_id))
        continue;

      taken = g_new0 (Taken, 1);
      taken->index = i - 1;
      taken->item = hearth_assessment_steal_recipient (edit->assessment, i - 1);
      taken->free_item = (GDestroyNotify) hearth_recipient_free;
      g_ptr_array_insert (edit->recipients, 0, taken);
    }
}

/* Undoes take_couples() and take_recipients(): inserting in increasing
 * order of index puts each back where it was. */
static void
put_back (RecordEdit *edit)
{
  for (guint i = 0; i < edit->couples->len; i++)
    {
      Taken *taken = g_ptr_array_index (edit->couples, i);

      hearth_assessment_insert_couple (edit->assessment, taken->index, g_steal_pointer (&taken->item));
    }

  for (guint i = 0; i < edit->recipients->len; i++)
    {
      Taken *taken = g_ptr_array_index (edit->recipients, i);

      hearth_assessment_insert_recipient (edit->assessment, taken->index, g_steal_pointer (&taken->item));
    }

  g_ptr_array_set_size (edit->couples, 0);
  g_ptr_array_set_size (edit->recipients, 0);
}

/* Case details and notes */

static void
set_case_apply (gpointer data)
{
  RecordEdit *edit = data;

  hearth_case_details_clear (&edit->old_case);
  hearth_case_details_init (&edit->old_case, edit->assessment);
  case_details_apply (edit->assessment, &edit->new_case);
  hearth_assessment_changed (edit->assessment);
}

static void
set_case_revert (gpointer data)
{
  RecordEdit *edit = data;

  case_details_apply (edit->assessment, &edit->old_case);
  hearth_assessment_changed (edit->assessment);
}

static void
set_notes_apply (gpointer data)
{
  RecordEdit *edit = data;

  g_free (edit->old_text);
  edit->old_text = g_strdup (hearth_assessment_get_notes (edit->assessment));
  hearth_assessment_set_notes (edit->assessment, edit->new_text);
  hearth_assessment_changed (edit->assessment);
}

static void
set_notes_revert (gpointer data)
{
  RecordEdit *edit = data;

  hearth_assessment_set_notes (edit->assessment, edit->old_text);
  hearth_assessment_changed (edit->assessment);
}

/* People */

static void
add_person_apply (gpointer data)
{
  RecordEdit *edit = data;

  hearth_assessment_add_person (edit->assessment, edit->person);
  hearth_assessment_changed (edit->assessment);
}

static void
add_person_revert (gpointer data)
{
  RecordEdit *edit = data;

  hearth_assessment_remove_person (edit->assessment, edit->person);
  hearth_assessment_changed (edit->assessment);
}

static void
remove_person_apply (gpointer data)
{
  RecordEdit *edit = data;
  const char *id = hearth_person_get_id (edit->person);

  g_return_if_fail (g_ptr_array_find (hearth_assessment_get_persons (edit->assessment),
                                      edit->person, &edit->index));

  take_couples (edit, id, NULL);
  take_recipients (edit, id);
  /* The edit's reference keeps the person alive while out of the list. */
  hearth_assessment_remove_person (edit->assessment, edit->person);
  hearth_assessment_changed (edit->assessment);
}

static void
remove_person_revert (gpointer data)
{
  RecordEdit *edit = data;

  hearth_assessment_insert_person (edit->assessment, edit->index, edit->person);
  put_back (edit);
  hearth_assessment_changed (edit->assessment);
}

static void
update_person_apply (gpointer data)
{
  RecordEdit *edit = data;

  g_clear_object (&edit->old_person);
  edit->old_person = hearth_person_copy (edit->person);
  hearth_person_assign (edit->person, edit->new_person);
  hearth_assessment_changed (edit->assessment);
}

static void
update_person_revert (gpointer data)
{
  RecordEdit *edit = data;

  g_return_if_fail (edit->old_person != NULL);

  hearth_person_assign (edit->person, edit->old_person);
  g_clear_object (&edit->old_person);
  hearth_assessment_changed (edit->assessment);
}

static void
set_sleeps_in_apply (gpointer data)
{
  RecordEdit *edit = data;

  g_free (edit->old_text);
  edit->old_text = g_strdup (hearth_person_get_sleeps_in (edit->person));
  hearth_person_set_sleeps_in (edit->person, edit->new_text);
  hearth_assessment_changed (edit->assessment);
}

static void
set_sleeps_in_revert (gpointer data)
{
  RecordEdit *edit = data;

  hearth_person_set_sleeps_in (edit->person, edit->old_text);
  hearth_assessment_changed (edit->assessment);
}

/* The new couple takes the place of the first one ended, so that changing
 * a partner keeps the order of the list; with none ended it goes last. */
static void
set_couple_apply (gpointer data)
{
  RecordEdit *edit = data;

  take_couples (edit, edit->first, edit->second);

  if (edit->second != NULL)
    {
      if (edit->couples->len > 0)
        edit->index = ((Taken *) g_ptr_array_index (edit->couples, 0))->index;
      else
        edit->index = hearth_assessment_get_couples (edit->assessment)->len;

      hearth_assessment_insert_couple (edit->assessment, edit->index,
                                       hearth_couple_new (edit->first, edit->second));
    }

  hearth_assessment_changed (edit->assessment);
}

static void
set_couple_revert (gpointer data)
{
  RecordEdit *edit = data;

  if (edit->second != NULL)
    hearth_couple_free (hearth_assessment_steal_couple (edit->assessment, edit->index));
  put_back (edit);
  hearth_assessment_changed (edit->assessment);
}

/* Hazards */

static void
add_hazard_apply (gpointer data)
{
  RecordEdit *edit = data;

  edit->index = hearth_assessment_get_hazards (edit->assessment)->len;
  hearth_assessment_insert_hazard (edit->assessment, edit->index, hearth_hazard_copy (edit->new_hazard));
  hearth_assessment_changed (edit->assessment);
}

static void
add_hazard_revert (gpointer data)
{
  RecordEdit *edit = data;

  hearth_hazard_free (hearth_assessment_steal_hazard (edit->assessment, edit->index));
  hearth_assessment_changed (edit->assessment);
}

static void
remove_hazard_apply (gpointer data)
{
  RecordEdit *edit = data;

  g_clear_pointer (&edit->old_hazard, hearth_hazard_free);
  edit->old_hazard = hearth_assessment_steal_hazard (edit->assessment, edit->index);
  hearth_assessment_changed (edit->assessment);
}

static void
remove_hazard_revert (gpointer data)
{
  RecordEdit *edit = data;

  g_return_if_fail (edit->old_hazard != NULL);

  hearth_assessment_insert_hazard (edit->assessment, edit->index, g_steal_pointer (&edit->old_hazard));
  hearth_assessment_changed (edit->assessment);
}

static void
update_hazard_apply (gpointer data)
{
  RecordEdit *edit = data;

  g_clear_pointer (&edit->old_hazard, hearth_hazard_free);
  edit->old_hazard = hearth_assessment_steal_hazard (edit->assessment, edit->index);
  hearth_assessment_insert_hazard (edit->assessment, edit->index, hearth_hazard_copy (edit->new_hazard));
  hearth_assessment_changed (edit->assessment);
}

static void
update_hazard_revert (gpointer data)
{
  RecordEdit *edit = data;

  g_return_if_fail (edit->old_hazard != NULL);

  hearth_hazard_free (hearth_assessment_steal_hazard (edit->assessment, edit->index));
  hearth_assessment_insert_hazard (edit->assessment, edit->index, g_steal_pointer (&edit->old_hazard));
  hearth_assessment_changed (edit->assessment);
}

/* The sharing checklist and the referral */

/* A new row goes last; a replaced one stays where it was. */
static void
set_recipient_apply (gpointer data)
{
  RecordEdit *edit = data;
  HearthAssessment *assessment = edit->assessment;

  g_clear_pointer (&edit->old_recipient, hearth_recipient_free);
  if (hearth_assessment_find_recipient (assessment, edit->new_recipient->person, &edit->index))
    edit->old_recipient = hearth_assessment_steal_recipient (assessment, edit->index);
  else
    edit->index = hearth_assessment_get_recipients (assessment)->len;

  hearth_assessment_insert_recipient (assessment, edit->index, hearth_recipient_copy (edit->new_recipient));
  hearth_assessment_changed (assessment);
}

static void
set_recipient_revert (gpointer data)
{
  RecordEdit *edit = data;

  hearth_recipient_free (hearth_assessment_steal_recipient (edit->assessment, edit->index));
  if (edit->old_recipient != NULL)
    hearth_assessment_insert_recipient (edit->assessment, edit->index,
                                        g_steal_pointer (&edit->old_recipient));
  hearth_assessment_changed (edit->assessment);
}

static void
set_referral_apply (gpointer data)
{
  RecordEdit *edit = data;

  g_clear_pointer (&edit->old_referral, hearth_referral_free);
  edit->old_referral = hearth_referral_copy (hearth_assessment_get_referral (edit->assessment));
  hearth_assessment_set_referral (edit->assessment, edit->new_referral);
  hearth_assessment_changed (edit->assessment);
}

static void
set_referral_revert (gpointer data)
{
  RecordEdit *edit = data;

  g_return_if_fail (edit->old_referral != NULL);

  hearth_assessment_set_referral (edit->assessment, edit->old_referral);
  g_clear_pointer (&edit->old_referral, hearth_referral_free);
  hearth_assessment_changed (edit->assessment);
}

/* Public API: the case, the household, the hazards and the sharing checklist */

/* With @assessment NULL, the details of a new assessment. */
void
hearth_case_details_init (HearthCaseDetails *details,
                          HearthAssessment  *assessment)
{
  g_return_if_fail (details != NULL);
  g_return_if_fail (assessment == NULL || HEARTH_IS_ASSESSMENT (assessment));

  memset (details, 0, sizeof *details);
  g_date_clear (&details->visit_date, 1);
  g_date_clear (&details->next_review, 1);

  if (assessment == NULL)
    return;

  details->reference = g_strdup (hearth_assessment_get_reference (assessment));
  details->address = g_strdup (hearth_assessment_get_address (assessment));
  details->assessor = g_strdup (hearth_assessment_get_assessor (assessment));
  if (g_date_valid (hearth_assessment_get_visit_date (assessment)))
    details->visit_date = *hearth_assessment_get_visit_date (assessment);
  details->licensed_hmo = hearth_assessment_get_licensed_hmo (assessment);
  details->plan_type = hearth_assessment_get_plan_type (assessment);
  if (g_date_valid (hearth_assessment_get_next_review (assessment)))
    details->next_review = *hearth_assessment_get_next_review (assessment);
}

/* Frees the texts; @details can be initialised again. */
void
hearth_case_details_clear (HearthCaseDetails *details)
{
  g_return_if_fail (details != NULL);

  g_clear_pointer (&details->reference, g_free);
  g_clear_pointer (&details->address, g_free);
  g_clear_pointer (&details->assessor, g_free);
  g_date_clear (&details->visit_date, 1);
  details->licensed_hmo = FALSE;
  details->plan_type = HEARTH_PLAN_TYPE_NONE;
  g_date_clear (&details->next_review, 1);
}

HearthCommand *
hearth_edit_set_case (HearthAssessment        *assessment,
                      const HearthCaseDetails *details)
{
  RecordEdit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (details != NULL, NULL);

  edit = record_edit_new (assessment);
  case_details_copy (&edit->new_case, details);

  /* Translators: an undo step (the reference, address, visit date, plan…) */
  return record_command_new (_("Edit Case Details"), set_case_apply, set_case_revert, edit);
}

HearthCommand *
hearth_edit_set_notes (HearthAssessment *assessment,
                       const char       *notes)
{
  RecordEdit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);

  edit = record_edit_new (assessment);
  edit->new_text = g_strdup (notes);

  /* Translators: an undo step (the notes on the whole assessment) */
  return record_command_new (_("Edit Notes"), set_notes_apply, set_notes_revert, edit);
}

HearthCommand *
hearth_edit_add_person (HearthAssessment *assessment,
                        HearthPerson     *person)
{
  g_autofree char *label = NULL;
  RecordEdit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);
  g_return_val_if_fail (hearth_assessment_find_person (assessment, hearth_person_get_id (person)) == NULL, NULL);

  edit = record_edit_new (assessment);
  edit->person = g_object_ref (person);

  /* Translators: an undo step; %s is a person's name ("Undo Add Amy Carter") */
  label = g_strdup_printf (_("Add %s"), person_title (person));
  return record_command_new (label, add_person_apply, add_person_revert, edit);
}

HearthCommand *
hearth_edit_remove_person (HearthAssessment *assessment,
                           HearthPerson     *person)
{
  g_autofree char *label = NULL;
  RecordEdit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);
  g_return_val_if_fail (g_ptr_array_find (hearth_assessment_get_persons (assessment), person, NULL), NULL);

  edit = record_edit_new (assessment);
  edit->person = g_object_ref (person);

  /* Translators: an undo step; %s is a person's name */
  label = g_strdup_printf (_("Remove %s"), person_title (person));
  return record_command_new (label, remove_person_apply, remove_person_revert, edit);
}

HearthCommand *
hearth_edit_update_person (HearthAssessment *assessment,
                           HearthPerson     *person,
                           HearthPerson     *values)
{
  g_autofree char *label = NULL;
  RecordEdit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (values), NULL);

  edit = record_edit_new (assessment);
  edit->person = g_object_ref (person);
  edit->new_person = hearth_person_copy (values);

  /* Translators: an undo step; %s is the person's name before the change */
  label = g_strdup_printf (_("Edit %s"), person_title (person));
  return record_command_new (label, update_person_apply, update_person_revert, edit);
}

HearthCommand *
hearth_edit_set_sleeps_in (HearthAssessment *assessment,
                           HearthPerson     *person,
                           const char       *room_id)
{
  g_autofree char *label = NULL;
  RecordEdit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);

  edit = record_edit_new (assessment);
  edit->person = g_object_ref (person);
  edit->new_text = (room_id && *room_id) ? g_strdup (room_id) : NULL;

  if (edit->new_text != NULL)
    {
      HearthRoom *room = hearth_assessment_find_room (assessment, room_id, NULL);

      /* Translators: an undo step; the first %s is a person's name, the
       * second the room they sleep in ("Move Amy Carter to Box room") */
      label = g_strdup_printf (_("Move %s to %s"), person_title (person),
                               room != NULL ? room_title (room) : room_id);
    }
  else
    /* Translators: an undo step; %s is a person's name (no room is
     * recorded as where they sleep) */
    label = g_strdup_printf (_("Move %s Out of Any Room"), person_title (person));

  return record_command_new (label, set_sleeps_in_apply, set_sleeps_in_revert, edit);
}

HearthCommand *
hearth_edit_set_couple (HearthAssessment *assessment,
                        const char       *first,
                        const char       *second)
{
  g_autofree char *label = NULL;
  RecordEdit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (first != NULL, NULL);
  g_return_val_if_fail (g_strcmp0 (first, second) != 0, NULL);

  edit = record_edit_new (assessment);
  edit->first = g_strdup (first);
  edit->second = g_strdup (second);

  if (second != NULL)
    /* Translators: an undo step; each %s is a person's name */
    label = g_strdup_printf (_("Make %s and %s a Couple"),
                             person_id_title (assessment, first),
                             person_id_title (assessment, second));
  else
    /* Translators: an undo step; %s is a person's name */
    label = g_strdup_printf (_("End %s's Couple"), person_id_title (assessment, first));

  return record_command_new (label, set_couple_apply, set_couple_revert, edit);
}

HearthCommand *
hearth_edit_add_hazard (HearthAssessment   *assessment,
                        const HearthHazard *hazard)
{
  g_autofree char *label = NULL;
  RecordEdit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (hazard != NULL, NULL);

  edit = record_edit_new (assessment);
  edit->new_hazard = hearth_hazard_copy (hazard);

  /* Translators: an undo step; %d is the HHSRS hazard number (1–29) */
  label = g_strdup_printf (_("Record Hazard %d"), hazard->number);
  return record_command_new (label, add_hazard_apply, add_hazard_revert, edit);
}

HearthCommand *
hearth_edit_remove_hazard (HearthAssessment *assessment,
                           guint             index)
{
  g_autofree char *label = NULL;
  GPtrArray *hazards;
  RecordEdit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  hazards = hearth_assessment_get_hazards (assessment);
  g_return_val_if_fail (index < hazards->len, NULL);

  edit = record_edit_new (assessment);
  edit->index = index;

  /* Translators: an undo step; %d is the HHSRS hazard number (1–29) */
  label = g_strdup_printf (_("Remove Hazard %d"),
                           ((HearthHazard *) g_ptr_array_index (hazards, index))->number);
  return record_command_new (label, remove_hazard_apply, remove_hazard_revert, edit);
}

HearthCommand *
hearth_edit_update_hazard (HearthAssessment   *assessment,
                           guint               index,
                           const HearthHazard *hazard)
{
  g_autofree char *label = NULL;
  GPtrArray *hazards;
  RecordEdit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (hazard != NULL, NULL);
  hazards = hearth_assessment_get_hazards (assessment);
  g_return_val_if_fail (index < hazards->len, NULL);

  edit = record_edit_new (assessment);
  edit->index = index;
  edit->new_hazard = hearth_hazard_copy (hazard);

  /* Translators: an undo step; %d is the HHSRS hazard number before the
   * change */
  label = g_strdup_printf (_("Edit Hazard %d"),
                           ((HearthHazard *) g_ptr_array_index (hazards, index))->number);
  return record_command_new (label, update_hazard_apply, update_hazard_revert, edit);
}

HearthCommand *
hearth_edit_set_recipient (HearthAssessment      *assessment,
                           const HearthRecipient *recipient)
{
  g_autofree char *label = NULL;
  RecordEdit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (recipient != NULL && recipient->person != NULL, NULL);

  edit = record_edit_new (assessment);
  edit->new_recipient = hearth_recipient_copy (recipient);

  /* Translators: an undo step; %s is a parent's name (a row of the
   * checklist of who the findings are shared with) */
  label = g_strdup_printf (_("Edit Sharing with %s"), person_id_title (assessment, recipient->person));
  return record_command_new (label, set_recipient_apply, set_recipient_revert, edit);
}

HearthCommand *
hearth_edit_set_referral (HearthAssessment     *assessment,
                          const HearthReferral *referral)
{
  RecordEdit *edit;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (referral != NULL, NULL);

  edit = record_edit_new (assessment);
  edit->new_referral = hearth_referral_copy (referral);

  /* Translators: an undo step (the referral to Housing for an HHSRS
   * assessment) */
  return record_command_new (_("Edit Referral"), set_referral_apply, set_referral_revert, edit);
}
