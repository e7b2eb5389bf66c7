/* hearth-floor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hearth-floor.h"

struct _HearthFloor
{
  GObject    parent_instance;

  char      *id;
  char      *name;
  int        level;
  GPtrArray *rooms; /* HearthRoom */
};

G_DEFINE_FINAL_TYPE (HearthFloor, hearth_floor, G_TYPE_OBJECT)

static void
hearth_floor_finalize (GObject *object)
{
  HearthFloor *self = (HearthFloor *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->rooms, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_floor_parent_class)->finalize (object);
}

static void
hearth_floor_class_init (HearthFloorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_floor_finalize;
}

static void
hearth_floor_init (HearthFloor *self)
{
  self->rooms = g_ptr_array_new_with_free_func (g_object_unref);
}

HearthFloor *
hearth_floor_new (const char *id,
                  const char *name,
                  int         level)
{
  HearthFloor *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_FLOOR, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name ? name : "");
  self->level = level;
  return self;
}

const char *
hearth_floor_get_id (HearthFloor *self)
{
  g_return_val_if_fail (HEARTH_IS_FLOOR (self), NULL);
  return self->id;
}

const char *
hearth_floor_get_name (HearthFloor *self)
{
  g_return_val_if_fail (HEARTH_IS_FLOOR (self), NULL);
  return self->name;
}

void
hearth_floor_set_name (HearthFloor *self,
                       const char  *name)
{
  g_return_if_fail (HEARTH_IS_FLOOR (self));
  g_free (self->name);
  self->name = g_strdup (name ? name : "");
}

int
hearth_floor_get_level (HearthFloor *self)
{
  g_return_val_if_fail (HEARTH_IS_FLOOR (self), 0);
  return self->level;
}

void
hearth_floor_set_level (HearthFloor *self,
                        int          level)
{
  g_return_if_fail (HEARTH_IS_FLOOR (self));
  self->level = level;
}

guint
hearth_floor_get_n_rooms (HearthFloor *self)
{
  g_return_val_if_fail (HEARTH_IS_FLOOR (self), 0);
  return self->rooms->len;
}

HearthRoom *
hearth_floor_get_room (HearthFloor *self,
                       guint        index)
{
  g_return_val_if_fail (HEARTH_IS_FLOOR (self), NULL);
  g_return_val_if_fail (index < self->rooms->len, NULL);
  return g_ptr_array_index (self->rooms, index);
}

void
hearth_floor_add_room (HearthFloor *self,
                       HearthRoom  *room)
{
  g_return_if_fail (HEARTH_IS_FLOOR (self));
  hearth_floor_insert_room (self, self->rooms->len, room);
}

void
hearth_floor_insert_room (HearthFloor *self,
                          guint        index,
                          HearthRoom  *room)
{
  g_return_if_fail (HEARTH_IS_FLOOR (self));
  g_return_if_fail (HEARTH_IS_ROOM (room));
  g_return_if_fail (index <= self->rooms->len);
  g_ptr_array_insert (self->rooms, index, g_object_ref (room));
}

gboolean
hearth_floor_remove_room (HearthFloor *self,
                          HearthRoom  *room)
{
  g_return_val_if_fail (HEARTH_IS_FLOOR (self), FALSE);
  return g_ptr_array_remove (self->rooms, room);
}
