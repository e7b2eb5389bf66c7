/* hearth-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-document.h"
#include "hearth-file.h"

struct _HearthDocument
{
  GObject           parent_instance;

  HearthAssessment *assessment;
  HearthUndoStack  *undo_stack;
  GFile            *file;
  char             *title;
  HearthFloor      *floor;
  HearthRoom       *selected_room;
};

G_DEFINE_FINAL_TYPE (HearthDocument, hearth_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_UNDO_STACK,
  PROP_FILE,
  PROP_TITLE,
  PROP_MODIFIED,
  PROP_FLOOR,
  PROP_SELECTED_ROOM,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static void
update_title (HearthDocument *self)
{
  g_autofree char *title = NULL;

  if (self->file != NULL)
    {
      g_autoptr(GFileInfo) info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);

      title = info ? g_strdup (g_file_info_get_display_name (info)) : g_file_get_basename (self->file);
    }
  else
    title = g_strdup (_("New Assessment"));

  if (g_strcmp0 (title, self->title) == 0)
    return;

  g_free (self->title);
  self->title = g_steal_pointer (&title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static gboolean
floor_is_in_plan (HearthDocument *self,
                  HearthFloor    *floor)
{
  GPtrArray *floors = hearth_assessment_get_floors (self->assessment);

  return floor != NULL && g_ptr_array_find (floors, floor, NULL);
}

static HearthFloor *
floor_of_room (HearthDocument *self,
               HearthRoom     *room)
{
  GPtrArray *floors = hearth_assessment_get_floors (self->assessment);

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);

      for (guint j = 0; j < hearth_floor_get_n_rooms (floor); j++)
        if (hearth_floor_get_room (floor, j) == room)
          return floor;
    }

  return NULL;
}

/* Callbacks */

/* An edit (or its undo) may have removed the shown floor or the selected
 * room, or moved the room to another floor: keep the view pointing at
 * things that exist. */
static void
assessment_changed_cb (HearthDocument   *self,
                       HearthAssessment *assessment)
{
  if (self->selected_room != NULL)
    {
      HearthFloor *floor = floor_of_room (self, self->selected_room);

      if (floor == NULL)
        hearth_document_set_selected_room (self, NULL);
      else if (floor != self->floor)
        hearth_document_set_floor (self, floor);
    }

  if (!floor_is_in_plan (self, self->floor))
    {
      GPtrArray *floors = hearth_assessment_get_floors (assessment);
      hearth_document_set_floor (self, floors->len > 0 ? g_ptr_array_index (floors, 0) : NULL);
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
modified_changed_cb (HearthDocument  *self,
                     GParamSpec      *pspec,
                     HearthUndoStack *stack)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* GObject */

static void
hearth_document_constructed (GObject *object)
{
  HearthDocument *self = (HearthDocument *) object;
  GPtrArray *floors;

  G_OBJECT_CLASS (hearth_document_parent_class)->constructed (object);

  if (self->assessment == NULL)
    self->assessment = hearth_assessment_new ();
  self->undo_stack = hearth_undo_stack_new ();

  g_signal_connect_object (self->assessment, "changed",
                           G_CALLBACK (assessment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo_stack, "notify::modified",
                           G_CALLBACK (modified_changed_cb), self, G_CONNECT_SWAPPED);

  floors = hearth_assessment_get_floors (self->assessment);
  if (floors->len > 0)
    self->floor = g_object_ref (g_ptr_array_index (floors, 0));

  update_title (self);
}

static void
hearth_document_dispose (GObject *object)
{
  HearthDocument *self = (HearthDocument *) object;

  g_clear_object (&self->selected_room);
  g_clear_object (&self->floor);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->assessment);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hearth_document_parent_class)->dispose (object);
}

static void
hearth_document_finalize (GObject *object)
{
  HearthDocument *self = (HearthDocument *) object;

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (hearth_document_parent_class)->finalize (object);
}

static void
hearth_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HearthDocument *self = HEARTH_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_UNDO_STACK:
      g_value_set_object (value, self->undo_stack);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, hearth_document_get_modified (self));
      break;
    case PROP_FLOOR:
      g_value_set_object (value, self->floor);
      break;
    case PROP_SELECTED_ROOM:
      g_value_set_object (value, self->selected_room);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_document_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HearthDocument *self = HEARTH_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    case PROP_FLOOR:
      hearth_document_set_floor (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_ROOM:
      hearth_document_set_selected_room (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_document_class_init (HearthDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hearth_document_constructed;
  object_class->dispose = hearth_document_dispose;
  object_class->finalize = hearth_document_finalize;
  object_class->get_property = hearth_document_get_property;
  object_class->set_property = hearth_document_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, HEARTH_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_STACK] =
    g_param_spec_object ("undo-stack", NULL, NULL, HEARTH_TYPE_UNDO_STACK,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Set once at construction; later through hearth_document_set_file(). */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FLOOR] =
    g_param_spec_object ("floor", NULL, NULL, HEARTH_TYPE_FLOOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ROOM] =
    g_param_spec_object ("selected-room", NULL, NULL, HEARTH_TYPE_ROOM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthDocument::changed:
   *
   * The assessment was edited, or an edit undone or redone.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
hearth_document_init (HearthDocument *self)
{
}

/* Public API */

HearthDocument *
hearth_document_new (void)
{
  g_autoptr(HearthAssessment) assessment = hearth_assessment_new ();
  g_autoptr(HearthFloor) floor = hearth_floor_new ("ground", _("Ground floor"), 0);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  hearth_assessment_set_visit_date (assessment, &today);
  hearth_assessment_add_floor (assessment, floor);

  return hearth_document_new_for_assessment (assessment, NULL);
}

HearthDocument *
hearth_document_new_for_assessment (HearthAssessment *assessment,
                                    GFile            *file)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  return g_object_new (HEARTH_TYPE_DOCUMENT,
                       "assessment", assessment,
                       "file", file,
                       NULL);
}

HearthAssessment *
hearth_document_get_assessment (HearthDocument *self)
{
  g_return_val_if_fail (HEARTH_IS_DOCUMENT (self), NULL);
  return self->assessment;
}

HearthUndoStack *
hearth_document_get_undo_stack (HearthDocument *self)
{
  g_return_val_if_fail (HEARTH_IS_DOCUMENT (self), NULL);
  return self->undo_stack;
}

GFile *
hearth_document_get_file (HearthDocument *self)
{
  g_return_val_if_fail (HEARTH_IS_DOCUMENT (self), NULL);
  return self->file;
}

void
hearth_document_set_file (HearthDocument *self,
                          GFile          *file)
{
  g_return_if_fail (HEARTH_IS_DOCUMENT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (file == self->file || (file && self->file && g_file_equal (file, self->file)))
    return;

  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  update_title (self);
}

const char *
hearth_document_get_title (HearthDocument *self)
{
  g_return_val_if_fail (HEARTH_IS_DOCUMENT (self), NULL);
  return self->title;
}

gboolean
hearth_document_get_modified (HearthDocument *self)
{
  g_return_val_if_fail (HEARTH_IS_DOCUMENT (self), FALSE);
  return self->undo_stack != NULL && hearth_undo_stack_get_modified (self->undo_stack);
}

HearthFloor *
hearth_document_get_floor (HearthDocument *self)
{
  g_return_val_if_fail (HEARTH_IS_DOCUMENT (self), NULL);
  return self->floor;
}

void
hearth_document_set_floor (HearthDocument *self,
                           HearthFloor    *floor)
{
  g_return_if_fail (HEARTH_IS_DOCUMENT (self));
  g_return_if_fail (floor == NULL || HEARTH_IS_FLOOR (floor));

  if (floor == self->floor)
    return;

  g_set_object (&self->floor, floor);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLOOR]);

  /* The selection is always on the floor shown. */
  if (self->selected_room != NULL && floor_of_room (self, self->selected_room) != floor)
    hearth_document_set_selected_room (self, NULL);
}

HearthRoom *
hearth_document_get_selected_room (HearthDocument *self)
{
  g_return_val_if_fail (HEARTH_IS_DOCUMENT (self), NULL);
  return self->selected_room;
}

void
hearth_document_set_selected_room (HearthDocument *self,
                                   HearthRoom     *room)
{
  HearthFloor *floor = NULL;

  g_return_if_fail (HEARTH_IS_DOCUMENT (self));
  g_return_if_fail (room == NULL || HEARTH_IS_ROOM (room));

  if (room == self->selected_room)
    return;

  if (room != NULL)
    {
      floor = floor_of_room (self, room);
      g_return_if_fail (floor != NULL);
    }

  g_set_object (&self->selected_room, room);
  if (floor != NULL)
    hearth_document_set_floor (self, floor);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ROOM]);
}

void
hearth_document_push (HearthDocument *self,
                      HearthCommand  *command)
{
  g_return_if_fail (HEARTH_IS_DOCUMENT (self));
  g_return_if_fail (command != NULL);

  hearth_undo_stack_push (self->undo_stack, command);
}

gboolean
hearth_document_save (HearthDocument  *self,
                      GFile           *file,
                      GCancellable    *cancellable,
                      GError         **error)
{
  GFile *target;

  g_return_val_if_fail (HEARTH_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  target = file ? file : self->file;
  if (!hearth_assessment_save_to_file (self->assessment, target, cancellable, error))
    return FALSE;

  hearth_document_set_file (self, target);
  hearth_undo_stack_set_saved (self->undo_stack);
  return TRUE;
}
