/* hearth-undo-stack.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history is two arrays of steps: @undo (oldest first) and @redo (the
 * next step to redo last). The current position is the length of @undo.
 * Undoing moves a step from @undo to @redo and reverts it; redoing moves it
 * back and applies it; a new edit frees @redo. Since the steps below the
 * position never change except by clear(), the saved point is just a depth
 * in @undo, and it is lost only when a new edit discards the redo branch it
 * lay in.
 *
 * A group is itself a command whose data is the array of its commands: it
 * applies them in order and reverts them in reverse order. While a group is
 * open it is not yet a step, so nothing can be undone or redone (as in GTK's
 * text history during a user action): "can-undo" and "can-redo" are FALSE
 * and undo(), redo(), set_saved() and clear() must wait for end_group().
 */

#include "config.h"

#include "hearth-undo-stack.h"

struct _HearthCommand
{
  char              *label;
  HearthCommandFunc  apply;
  HearthCommandFunc  revert;
  gpointer           data;
  GDestroyNotify     destroy;
};

struct _HearthUndoStack
{
  GObject        parent_instance;

  GPtrArray     *undo;          /* HearthCommand, oldest first */
  GPtrArray     *redo;          /* HearthCommand, next to redo last */

  HearthCommand *group;         /* the open outermost group, or NULL */
  guint          group_depth;

  guint          saved_depth;   /* the length of @undo at the saved point */
  guint          saved_reachable : 1;
  guint          running : 1;   /* inside a command's apply or revert */

  /* The values last notified. */
  guint          can_undo : 1;
  guint          can_redo : 1;
  guint          modified : 1;
  char          *undo_label;
  char          *redo_label;
};

G_DEFINE_FINAL_TYPE (HearthUndoStack, hearth_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Commands */

HearthCommand *
hearth_command_new (const char        *label,
                    HearthCommandFunc  apply,
                    HearthCommandFunc  revert,
                    gpointer           data,
                    GDestroyNotify     destroy)
{
  HearthCommand *command;

  g_return_val_if_fail (apply != NULL, NULL);
  g_return_val_if_fail (revert != NULL, NULL);

  command = g_new0 (HearthCommand, 1);
  command->label = g_strdup (label ? label : "");
  command->apply = apply;
  command->revert = revert;
  command->data = data;
  command->destroy = destroy;
  return command;
}

void
hearth_command_free (HearthCommand *command)
{
  if (command == NULL)
    return;

  if (command->destroy != NULL)
    command->destroy (command->data);
  g_free (command->label);
  g_free (command);
}

const char *
hearth_command_get_label (HearthCommand *command)
{
  g_return_val_if_fail (command != NULL, NULL);
  return command->label;
}

void
hearth_command_apply (HearthCommand *command)
{
  g_return_if_fail (command != NULL);
  command->apply (command->data);
}

void
hearth_command_revert (HearthCommand *command)
{
  g_return_if_fail (command != NULL);
  command->revert (command->data);
}

/* Groups */

static void
group_apply (gpointer data)
{
  GPtrArray *commands = data;

  for (guint i = 0; i < commands->len; i++)
    hearth_command_apply (g_ptr_array_index (commands, i));
}

static void
group_revert (gpointer data)
{
  GPtrArray *commands = data;

  for (guint i = commands->len; i > 0; i--)
    hearth_command_revert (g_ptr_array_index (commands, i - 1));
}

static HearthCommand *
group_new (const char *label)
{
  GPtrArray *commands = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_command_free);

  return hearth_command_new (label, group_apply, group_revert,
                             commands, (GDestroyNotify) g_ptr_array_unref);
}

static GPtrArray *
group_get_commands (HearthCommand *group)
{
  return group->data;
}

/* Helpers */

static const char *
top_label (GPtrArray *steps)
{
  if (steps->len == 0)
    return NULL;
  return hearth_command_get_label (g_ptr_array_index (steps, steps->len - 1));
}

static gboolean
compute_modified (HearthUndoStack *self)
{
  /* An open group that holds commands has changed the state already. */
  if (self->group != NULL && group_get_commands (self->group)->len > 0)
    return TRUE;

  return !self->saved_reachable || self->undo->len != self->saved_depth;
}

static void
set_label (HearthUndoStack *self,
           char           **field,
           const char      *label,
           GParamSpec      *pspec)
{
  if (g_strcmp0 (*field, label) == 0)
    return;

  g_free (*field);
  *field = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* Brings the properties up to date, notifying those whose value changed,
 * then emits "changed". */
static void
update_state (HearthUndoStack *self)
{
  gboolean open = self->group != NULL;
  gboolean can_undo = !open && self->undo->len > 0;
  gboolean can_redo = !open && self->redo->len > 0;
  gboolean modified = compute_modified (self);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->can_undo != can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }

  if (self->can_redo != can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }

  set_label (self, &self->undo_label, can_undo ? top_label (self->undo) : NULL,
             properties[PROP_UNDO_LABEL]);
  set_label (self, &self->redo_label, can_redo ? top_label (self->redo) : NULL,
             properties[PROP_REDO_LABEL]);

  if (self->modified != modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }

  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

/* A new edit: whatever could be redone is gone, and with it the saved
 * point if it lay there. */
static void
discard_redo (HearthUndoStack *self)
{
  if (self->saved_reachable && self->saved_depth > self->undo->len)
    self->saved_reachable = FALSE;

  g_ptr_array_set_size (self->redo, 0);
}

static void
record (HearthUndoStack *self,
        HearthCommand   *command,
        gboolean         apply)
{
  if (apply)
    {
      self->running = TRUE;
      hearth_command_apply (command);
      self->running = FALSE;
    }

  discard_redo (self);

  if (self->group != NULL)
    g_ptr_array_add (group_get_commands (self->group), command);
  else
    g_ptr_array_add (self->undo, command);

  update_state (self);
}

/* GObject */

static void
hearth_undo_stack_finalize (GObject *object)
{
  HearthUndoStack *self = (HearthUndoStack *) object;

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->group, hearth_command_free);
  g_clear_pointer (&self->undo_label, g_free);
  g_clear_pointer (&self->redo_label, g_free);

  G_OBJECT_CLASS (hearth_undo_stack_parent_class)->finalize (object);
}

static void
hearth_undo_stack_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HearthUndoStack *self = HEARTH_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, hearth_undo_stack_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, hearth_undo_stack_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, hearth_undo_stack_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, hearth_undo_stack_get_redo_label (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, hearth_undo_stack_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_undo_stack_class_init (HearthUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_undo_stack_finalize;
  object_class->get_property = hearth_undo_stack_get_property;

  /**
   * HearthUndoStack:can-undo:
   *
   * Whether there is a step to undo. FALSE while a group is open.
   */
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * HearthUndoStack:can-redo:
   *
   * Whether there is a step to redo. FALSE while a group is open.
   */
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * HearthUndoStack:undo-label:
   *
   * The label of the step undo() would revert, or NULL when
   * #HearthUndoStack:can-undo is FALSE.
   */
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * HearthUndoStack:redo-label:
   *
   * The label of the step redo() would apply, or NULL when
   * #HearthUndoStack:can-redo is FALSE.
   */
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * HearthUndoStack:modified:
   *
   * Whether the state differs from the saved point.
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthUndoStack::changed:
   *
   * The history changed: emitted after every push (also inside a group),
   * undo, redo, end of a group, set_saved() and clear(), once the
   * properties are up to date and notified.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
hearth_undo_stack_init (HearthUndoStack *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_command_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_command_free);
  self->saved_reachable = TRUE;
}

/* Public API */

HearthUndoStack *
hearth_undo_stack_new (void)
{
  return g_object_new (HEARTH_TYPE_UNDO_STACK, NULL);
}

/**
 * hearth_undo_stack_push:
 * @command: (transfer full): the edit, not yet applied
 *
 * Applies @command and records it. Must not be called from inside a
 * command's apply or revert (say, from a handler of the model's "changed").
 */
void
hearth_undo_stack_push (HearthUndoStack *self,
                        HearthCommand   *command)
{
  g_autoptr(HearthCommand) owned = command;

  g_return_if_fail (HEARTH_IS_UNDO_STACK (self));
  g_return_if_fail (command != NULL);
  g_return_if_fail (!self->running);

  record (self, g_steal_pointer (&owned), TRUE);
}

/**
 * hearth_undo_stack_push_applied:
 * @command: (transfer full): the edit, already made
 */
void
hearth_undo_stack_push_applied (HearthUndoStack *self,
                                HearthCommand   *command)
{
  g_autoptr(HearthCommand) owned = command;

  g_return_if_fail (HEARTH_IS_UNDO_STACK (self));
  g_return_if_fail (command != NULL);
  g_return_if_fail (!self->running);

  record (self, g_steal_pointer (&owned), FALSE);
}

/**
 * hearth_undo_stack_begin_group:
 * @label: (nullable): the step's label; when NULL, the label of the
 *   group's first command
 *
 * Undo, redo, set_saved() and clear() must wait until the outermost group
 * has ended; until then "can-undo" and "can-redo" are FALSE.
 */
void
hearth_undo_stack_begin_group (HearthUndoStack *self,
                               const char      *label)
{
  g_return_if_fail (HEARTH_IS_UNDO_STACK (self));
  g_return_if_fail (!self->running);

  if (self->group_depth++ > 0)
    return;

  self->group = group_new (label);
  update_state (self);
}

void
hearth_undo_stack_end_group (HearthUndoStack *self)
{
  g_autoptr(HearthCommand) group = NULL;
  GPtrArray *commands;

  g_return_if_fail (HEARTH_IS_UNDO_STACK (self));
  g_return_if_fail (self->group_depth > 0);
  g_return_if_fail (!self->running);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  commands = group_get_commands (group);

  if (commands->len > 0)
    {
      if (group->label[0] == '\0')
        {
          g_free (group->label);
          group->label = g_strdup (hearth_command_get_label (g_ptr_array_index (commands, 0)));
        }

      /* The redo branch went with the group's first command. */
      g_ptr_array_add (self->undo, g_steal_pointer (&group));
    }

  update_state (self);
}

/**
 * hearth_undo_stack_undo:
 *
 * Reverts the last step. Not while a group is open: end it first.
 *
 * Returns: FALSE when there was nothing to undo
 */
gboolean
hearth_undo_stack_undo (HearthUndoStack *self)
{
  HearthCommand *command;

  g_return_val_if_fail (HEARTH_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);
  g_return_val_if_fail (!self->running, FALSE);

  if (self->undo->len == 0)
    return FALSE;

  command = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  g_ptr_array_add (self->redo, command);

  self->running = TRUE;
  hearth_command_revert (command);
  self->running = FALSE;

  update_state (self);
  return TRUE;
}

/**
 * hearth_undo_stack_redo:
 *
 * Applies again the last step undone. Not while a group is open: end it
 * first.
 *
 * Returns: FALSE when there was nothing to redo
 */
gboolean
hearth_undo_stack_redo (HearthUndoStack *self)
{
  HearthCommand *command;

  g_return_val_if_fail (HEARTH_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);
  g_return_val_if_fail (!self->running, FALSE);

  if (self->redo->len == 0)
    return FALSE;

  command = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  g_ptr_array_add (self->undo, command);

  self->running = TRUE;
  hearth_command_apply (command);
  self->running = FALSE;

  update_state (self);
  return TRUE;
}

gboolean
hearth_undo_stack_get_can_undo (HearthUndoStack *self)
{
  g_return_val_if_fail (HEARTH_IS_UNDO_STACK (self), FALSE);
  return self->can_undo;
}

gboolean
hearth_undo_stack_get_can_redo (HearthUndoStack *self)
{
  g_return_val_if_fail (HEARTH_IS_UNDO_STACK (self), FALSE);
  return self->can_redo;
}

const char *
hearth_undo_stack_get_undo_label (HearthUndoStack *self)
{
  g_return_val_if_fail (HEARTH_IS_UNDO_STACK (self), NULL);
  return self->undo_label;
}

const char *
hearth_undo_stack_get_redo_label (HearthUndoStack *self)
{
  g_return_val_if_fail (HEARTH_IS_UNDO_STACK (self), NULL);
  return self->redo_label;
}

/**
 * hearth_undo_stack_set_saved:
 *
 * Marks the current state as the one on disk. Not while a group is open.
 */
void
hearth_undo_stack_set_saved (HearthUndoStack *self)
{
  g_return_if_fail (HEARTH_IS_UNDO_STACK (self));
  g_return_if_fail (self->group == NULL);

  self->saved_depth = self->undo->len;
  self->saved_reachable = TRUE;
  update_state (self);
}

gboolean
hearth_undo_stack_get_modified (HearthUndoStack *self)
{
  g_return_val_if_fail (HEARTH_IS_UNDO_STACK (self), FALSE);
  return self->modified;
}

/**
 * hearth_undo_stack_clear:
 *
 * Forgets all history (after loading a file, say); the current state
 * becomes the saved one. Not while a group is open.
 */
void
hearth_undo_stack_clear (HearthUndoStack *self)
{
  g_return_if_fail (HEARTH_IS_UNDO_STACK (self));
  g_return_if_fail (self->group == NULL);
  g_return_if_fail (!self->running);

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->saved_depth = 0;
  self->saved_reachable = TRUE;
  update_state (self);
}

guint
hearth_undo_stack_get_depth (HearthUndoStack *self)
{
  g_return_val_if_fail (HEARTH_IS_UNDO_STACK (self), 0);
  return self->undo->len;
}
