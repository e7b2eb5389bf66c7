/* hearth-room.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-room.h"

struct _HearthRoom
{
  GObject        parent_instance;

  char          *id;
  char          *name;
  HearthRoomUse  use;
  gboolean       living_room;
  HearthPolygon *polygon;
  GPtrArray     *low_headroom; /* HearthLowHeadroom */
  char          *notes;
};

G_DEFINE_FINAL_TYPE (HearthRoom, hearth_room, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (HearthLowHeadroom, hearth_low_headroom,
                     hearth_low_headroom_copy, hearth_low_headroom_free)

/* Low-headroom zones */

HearthLowHeadroom *
hearth_low_headroom_new (HearthPolygon *polygon,
                         gint64         max_height_mm)
{
  HearthLowHeadroom *zone;

  g_return_val_if_fail (polygon != NULL, NULL);
  g_return_val_if_fail (max_height_mm >= 0, NULL);

  zone = g_new0 (HearthLowHeadroom, 1);
  zone->polygon = polygon;
  zone->max_height_mm = max_height_mm;
  return zone;
}

HearthLowHeadroom *
hearth_low_headroom_copy (const HearthLowHeadroom *zone)
{
  g_return_val_if_fail (zone != NULL, NULL);

  return hearth_low_headroom_new (hearth_polygon_copy (zone->polygon),
                                  zone->max_height_mm);
}

void
hearth_low_headroom_free (HearthLowHeadroom *zone)
{
  if (zone == NULL)
    return;
  hearth_polygon_free (zone->polygon);
  g_free (zone);
}

gboolean
hearth_low_headroom_is_excluded (const HearthLowHeadroom *zone,
                                 HearthHeadroomRule       rule)
{
  g_return_val_if_fail (zone != NULL, FALSE);

  /* 0 records only "under 1.5 m", which every rule excludes. */
  if (zone->max_height_mm == 0)
    return TRUE;

  switch (rule)
    {
    case HEARTH_HEADROOM_RULE_UNDER_1500:
      return zone->max_height_mm < 1500;
    case HEARTH_HEADROOM_RULE_AT_MOST_1524:
      return zone->max_height_mm <= 1524;
    default:
      g_return_val_if_reached (TRUE);
    }
}

/* GObject */

static void
hearth_room_finalize (GObject *object)
{
  HearthRoom *self = (HearthRoom *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->polygon, hearth_polygon_free);
  g_clear_pointer (&self->low_headroom, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (hearth_room_parent_class)->finalize (object);
}

static void
hearth_room_class_init (HearthRoomClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_room_finalize;
}

static void
hearth_room_init (HearthRoom *self)
{
  self->low_headroom = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_low_headroom_free);
}

/* Public API */

/**
 * hearth_room_new:
 * @polygon: (transfer full): the outline
 */
HearthRoom *
hearth_room_new (const char    *id,
                 const char    *name,
                 HearthRoomUse  use,
                 HearthPolygon *polygon)
{
  HearthRoom *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (polygon != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_ROOM, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name ? name : "");
  self->use = use;
  self->polygon = polygon;
  return self;
}

const char *
hearth_room_get_id (HearthRoom *self)
{
  g_return_val_if_fail (HEARTH_IS_ROOM (self), NULL);
  return self->id;
}

const char *
hearth_room_get_name (HearthRoom *self)
{
  g_return_val_if_fail (HEARTH_IS_ROOM (self), NULL);
  return self->name;
}

void
hearth_room_set_name (HearthRoom *self,
                      const char *name)
{
  g_return_if_fail (HEARTH_IS_ROOM (self));
  g_free (self->name);
  self->name = g_strdup (name ? name : "");
}

HearthRoomUse
hearth_room_get_use (HearthRoom *self)
{
  g_return_val_if_fail (HEARTH_IS_ROOM (self), HEARTH_ROOM_USE_UNKNOWN);
  return self->use;
}

void
hearth_room_set_use (HearthRoom    *self,
                     HearthRoomUse  use)
{
  g_return_if_fail (HEARTH_IS_ROOM (self));
  self->use = use;
}

gboolean
hearth_room_get_living_room (HearthRoom *self)
{
  g_return_val_if_fail (HEARTH_IS_ROOM (self), FALSE);
  return self->living_room;
}

void
hearth_room_set_living_room (HearthRoom *self,
                             gboolean    living_room)
{
  g_return_if_fail (HEARTH_IS_ROOM (self));
  self->living_room = !!living_room;
}

const HearthPolygon *
hearth_room_get_polygon (HearthRoom *self)
{
  g_return_val_if_fail (HEARTH_IS_ROOM (self), NULL);
  return self->polygon;
}

void
hearth_room_set_polygon (HearthRoom    *self,
                         HearthPolygon *polygon)
{
  g_return_if_fail (HEARTH_IS_ROOM (self));
  g_return_if_fail (polygon != NULL);

  if (polygon == self->polygon)
    return;
  hearth_polygon_free (self->polygon);
  self->polygon = polygon;
}

const char *
hearth_room_get_notes (HearthRoom *self)
{
  g_return_val_if_fail (HEARTH_IS_ROOM (self), NULL);
  return self->notes;
}

void
hearth_room_set_notes (HearthRoom *self,
                       const char *notes)
{
  g_return_if_fail (HEARTH_IS_ROOM (self));
  g_free (self->notes);
  self->notes = (notes && *notes) ? g_strdup (notes) : NULL;
}

guint
hearth_room_get_n_low_headroom (HearthRoom *self)
{
  g_return_val_if_fail (HEARTH_IS_ROOM (self), 0);
  return self->low_headroom->len;
}

const HearthLowHeadroom *
hearth_room_get_low_headroom (HearthRoom *self,
                              guint       index)
{
  g_return_val_if_fail (HEARTH_IS_ROOM (self), NULL);
  g_return_val_if_fail (index < self->low_headroom->len, NULL);
  return g_ptr_array_index (self->low_headroom, index);
}

void
hearth_room_add_low_headroom (HearthRoom        *self,
                              HearthLowHeadroom *zone)
{
  g_return_if_fail (HEARTH_IS_ROOM (self));
  g_return_if_fail (zone != NULL);
  g_ptr_array_add (self->low_headroom, zone);
}

void
hearth_room_remove_low_headroom (HearthRoom *self,
                                 guint       index)
{
  g_return_if_fail (HEARTH_IS_ROOM (self));
  g_return_if_fail (index < self->low_headroom->len);
  g_ptr_array_remove_index (self->low_headroom, index);
}

gint64
hearth_room_get_gross_area2 (HearthRoom *self)
{
  g_return_val_if_fail (HEARTH_IS_ROOM (self), 0);
  return hearth_polygon_get_area2 (self->polygon);
}

gint64
hearth_room_get_countable_area2 (HearthRoom         *self,
                                 HearthHeadroomRule  rule)
{
  gint64 area2;

  g_return_val_if_fail (HEARTH_IS_ROOM (self), 0);

  area2 = hearth_polygon_get_area2 (self->polygon);
  for (guint i = 0; i < self->low_headroom->len; i++)
    {
      const HearthLowHeadroom *zone = g_ptr_array_index (self->low_headroom, i);

      if (hearth_low_headroom_is_excluded (zone, rule))
        area2 -= hearth_polygon_get_area2 (zone->polygon);
    }

  /* Validated zones lie inside the room and never overlap. */
  return MAX (area2, 0);
}

gboolean
hearth_room_validate (HearthRoom  *self,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (HEARTH_IS_ROOM (self), FALSE);

  if (!hearth_polygon_validate (self->polygon, &local_error))
    {
      g_set_error (error, HEARTH_GEOMETRY_ERROR, local_error->code,
                   /* Translators: the first %s is a room name, the second why its outline is wrong */
                   _("Room “%s”: %s"), self->name, local_error->message);
      return FALSE;
    }

  for (guint i = 0; i < self->low_headroom->len; i++)
    {
      const HearthLowHeadroom *zone = g_ptr_array_index (self->low_headroom, i);

      if (!hearth_polygon_validate (zone->polygon, &local_error))
        {
          g_set_error (error, HEARTH_GEOMETRY_ERROR, local_error->code,
                       _("Room “%s”, low-headroom area %u: %s"),
                       self->name, i + 1, local_error->message);
          return FALSE;
        }

      if (!hearth_polygon_contains_polygon (self->polygon, zone->polygon))
        {
          g_set_error (error, HEARTH_GEOMETRY_ERROR, HEARTH_GEOMETRY_ERROR_NOT_INSIDE,
                       _("Room “%s”: low-headroom area %u reaches outside the room"),
                       self->name, i + 1);
          return FALSE;
        }

      for (guint j = 0; j < i; j++)
        {
          const HearthLowHeadroom *other = g_ptr_array_index (self->low_headroom, j);

          if (hearth_polygons_overlap (zone->polygon, other->polygon))
            {
              g_set_error (error, HEARTH_GEOMETRY_ERROR, HEARTH_GEOMETRY_ERROR_OVERLAP,
                           _("Room “%s”: low-headroom areas %u and %u overlap"),
                           self->name, j + 1, i + 1);
              return FALSE;
            }
        }
    }

  return TRUE;
}
