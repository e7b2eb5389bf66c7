/* hearth-undo-stack.h: a GTK-free undo history with groups and a saved point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One edit: @apply does it, @revert undoes it; both get @data. */
typedef struct _HearthCommand HearthCommand;
typedef void (*HearthCommandFunc) (gpointer data);

HearthCommand *hearth_command_new       (const char        *label,
                                         HearthCommandFunc  apply,
                                         HearthCommandFunc  revert,
                                         gpointer           data,
                                         GDestroyNotify     destroy);
void           hearth_command_free      (HearthCommand     *command);
/* What the edit did, for "Undo Move Bedroom 2": "Move Bedroom 2". */
const char    *hearth_command_get_label (HearthCommand     *command);
void           hearth_command_apply     (HearthCommand     *command);
void           hearth_command_revert    (HearthCommand     *command);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthCommand, hearth_command_free)

#define HEARTH_TYPE_UNDO_STACK (hearth_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (HearthUndoStack, hearth_undo_stack, HEARTH, UNDO_STACK, GObject)

/* Properties, each notified when it changes: "can-undo", "can-redo",
 * "undo-label", "redo-label" (NULL when there is nothing), "modified"
 * (the state differs from the saved point). Signal "changed" after every
 * push, undo or redo. */

HearthUndoStack *hearth_undo_stack_new            (void);

/* Applies @command and records it (takes ownership). A new edit clears
 * what could be redone. Inside a group, it joins the group. */
void         hearth_undo_stack_push               (HearthUndoStack *self,
                                                   HearthCommand   *command);
/* Records @command without applying it: the edit has already been made
 * (a drag that moved the room live). */
void         hearth_undo_stack_push_applied       (HearthUndoStack *self,
                                                   HearthCommand   *command);
/* Everything pushed until the matching end_group() undoes as one step
 * labelled @label. Groups nest; only the outermost counts. An empty
 * group records nothing. */
void         hearth_undo_stack_begin_group        (HearthUndoStack *self,
                                                   const char      *label);
void         hearth_undo_stack_end_group          (HearthUndoStack *self);

gboolean     hearth_undo_stack_undo               (HearthUndoStack *self);
gboolean     hearth_undo_stack_redo               (HearthUndoStack *self);
gboolean     hearth_undo_stack_get_can_undo       (HearthUndoStack *self);
gboolean     hearth_undo_stack_get_can_redo       (HearthUndoStack *self);
const char  *hearth_undo_stack_get_undo_label     (HearthUndoStack *self);
const char  *hearth_undo_stack_get_redo_label     (HearthUndoStack *self);

/* The current state is what is on disk. */
void         hearth_undo_stack_set_saved          (HearthUndoStack *self);
/* Whether the state differs from the saved point; TRUE when the saved
 * state can no longer be reached (it was undone and a new edit made). */
gboolean     hearth_undo_stack_get_modified       (HearthUndoStack *self);
/* Forgets all history; the current state becomes the saved one. */
void         hearth_undo_stack_clear              (HearthUndoStack *self);
/* How many steps can be undone. */
guint        hearth_undo_stack_get_depth          (HearthUndoStack *self);

G_END_DECLS
