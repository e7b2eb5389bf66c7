/* test-undo.c: the undo stack, and the plan edits recorded on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stack is tested on a model of its own: a string that commands append
 * one letter to. Reverting checks that the letter it removes is the last
 * one, so a group reverted in the wrong order fails at once, and a command
 * applied twice shows as a doubled letter.
 *
 * The edits are tested on one small home (see fixture_new()), described as
 * strings; every expected string below is written out by hand.
 */

#include <glib.h>
#include <string.h>

#include "hearth-edit.h"
#include "hearth-test-utils.h"
#include "hearth-undo-stack.h"

/* ------------------------------------------------------------------------- */
/* A model of letters                                                        */
/* ------------------------------------------------------------------------- */

typedef struct
{
  GString *text;
  char     letter;
} Letter;

static void
letter_apply (gpointer data)
{
  Letter *letter = data;

  g_string_append_c (letter->text, letter->letter);
}

static void
letter_revert (gpointer data)
{
  Letter *letter = data;

  g_assert_cmpuint (letter->text->len, >, 0);
  g_assert_cmpint (letter->text->str[letter->text->len - 1], ==, letter->letter);
  g_string_truncate (letter->text, letter->text->len - 1);
}

static HearthCommand *
letter_command_new (GString    *text,
                    char        c,
                    const char *label)
{
  Letter *letter = g_new0 (Letter, 1);

  letter->text = text;
  letter->letter = c;
  return hearth_command_new (label, letter_apply, letter_revert, letter, g_free);
}

/* ------------------------------------------------------------------------- */
/* Sequences of steps                                                        */
/* ------------------------------------------------------------------------- */

typedef enum {
  STEP_NONE,         /* ends a sequence */
  STEP_PUSH,         /* push letter, label */
  STEP_PUSH_APPLIED, /* append letter to the model, then push_applied */
  STEP_UNDO,         /* undo; returns ok */
  STEP_REDO,         /* redo; returns ok */
  STEP_BEGIN,        /* begin_group (label) */
  STEP_END,          /* end_group */
  STEP_SAVE,         /* set_saved */
  STEP_CLEAR,        /* clear */
} StepOp;

typedef struct
{
  StepOp      op;
  char        letter;
  const char *label;
  gboolean    ok;
  /* After the step: */
  const char *text;
  gboolean    can_undo;
  gboolean    can_redo;
  const char *undo_label;
  const char *redo_label;
  gboolean    modified;
  guint       depth;
} Step;

#define MAX_STEPS 16

typedef struct
{
  const char *name;
  Step        steps[MAX_STEPS];
} Sequence;

#define T TRUE
#define F FALSE

/* Columns: op, letter, label, ok | text, can-undo, can-redo, undo-label,
 * redo-label, modified, depth. The initial state is saved. */
static const Sequence sequences[] = {
  { "linear", {
    { STEP_PUSH, 'a', "Type A", T, "a", T, F, "Type A", NULL, T, 1 },
    { STEP_PUSH, 'b', "Type B", T, "ab", T, F, "Type B", NULL, T, 2 },
    { STEP_UNDO, 0, NULL, T, "a", T, T, "Type A", "Type B", T, 1 },
    { STEP_UNDO, 0, NULL, T, "", F, T, NULL, "Type A", F, 0 },
    { STEP_UNDO, 0, NULL, F, "", F, T, NULL, "Type A", F, 0 },
    { STEP_REDO, 0, NULL, T, "a", T, T, "Type A", "Type B", T, 1 },
    { STEP_REDO, 0, NULL, T, "ab", T, F, "Type B", NULL, T, 2 },
    { STEP_REDO, 0, NULL, F, "ab", T, F, "Type B", NULL, T, 2 },
  } },
  { "push-after-undo-clears-redo", {
    { STEP_PUSH, 'a', "Type A", T, "a", T, F, "Type A", NULL, T, 1 },
    { STEP_PUSH, 'b', "Type B", T, "ab", T, F, "Type B", NULL, T, 2 },
    { STEP_UNDO, 0, NULL, T, "a", T, T, "Type A", "Type B", T, 1 },
    { STEP_PUSH, 'c', "Type C", T, "ac", T, F, "Type C", NULL, T, 2 },
    { STEP_REDO, 0, NULL, F, "ac", T, F, "Type C", NULL, T, 2 },
    { STEP_UNDO, 0, NULL, T, "a", T, T, "Type A", "Type C", T, 1 },
    { STEP_UNDO, 0, NULL, T, "", F, T, NULL, "Type A", F, 0 },
  } },
  /* Reverted in reverse order, or letter_revert() fails. */
  { "group", {
    { STEP_BEGIN, 0, "Type Word", T, "", F, F, NULL, NULL, F, 0 },
    { STEP_PUSH, 'w', "Type W", T, "w", F, F, NULL, NULL, T, 0 },
    { STEP_PUSH, 'o', "Type O", T, "wo", F, F, NULL, NULL, T, 0 },
    { STEP_PUSH, 'r', "Type R", T, "wor", F, F, NULL, NULL, T, 0 },
    { STEP_END, 0, NULL, T, "wor", T, F, "Type Word", NULL, T, 1 },
    { STEP_UNDO, 0, NULL, T, "", F, T, NULL, "Type Word", F, 0 },
    { STEP_REDO, 0, NULL, T, "wor", T, F, "Type Word", NULL, T, 1 },
  } },
  { "nested-groups-count-once", {
    { STEP_PUSH, 'a', "Type A", T, "a", T, F, "Type A", NULL, T, 1 },
    { STEP_BEGIN, 0, "Outer", T, "a", F, F, NULL, NULL, T, 1 },
    { STEP_PUSH, 'b', "Type B", T, "ab", F, F, NULL, NULL, T, 1 },
    { STEP_BEGIN, 0, "Inner", T, "ab", F, F, NULL, NULL, T, 1 },
    { STEP_PUSH, 'c', "Type C", T, "abc", F, F, NULL, NULL, T, 1 },
    { STEP_END, 0, NULL, T, "abc", F, F, NULL, NULL, T, 1 },
    { STEP_PUSH, 'd', "Type D", T, "abcd", F, F, NULL, NULL, T, 1 },
    { STEP_END, 0, NULL, T, "abcd", T, F, "Outer", NULL, T, 2 },
    { STEP_UNDO, 0, NULL, T, "a", T, T, "Type A", "Outer", T, 1 },
    { STEP_UNDO, 0, NULL, T, "", F, T, NULL, "Type A", F, 0 },
    { STEP_REDO, 0, NULL, T, "a", T, T, "Type A", "Outer", T, 1 },
    { STEP_REDO, 0, NULL, T, "abcd", T, F, "Outer", NULL, T, 2 },
  } },
  /* An empty group is no edit: what could be redone still can. */
  { "empty-group-records-nothing", {
    { STEP_PUSH, 'a', "Type A", T, "a", T, F, "Type A", NULL, T, 1 },
    { STEP_UNDO, 0, NULL, T, "", F, T, NULL, "Type A", F, 0 },
    { STEP_BEGIN, 0, "Nothing", T, "", F, F, NULL, NULL, F, 0 },
    { STEP_BEGIN, 0, "Still nothing", T, "", F, F, NULL, NULL, F, 0 },
    { STEP_END, 0, NULL, T, "", F, F, NULL, NULL, F, 0 },
    { STEP_END, 0, NULL, T, "", F, T, NULL, "Type A", F, 0 },
    { STEP_REDO, 0, NULL, T, "a", T, F, "Type A", NULL, T, 1 },
  } },
  { "group-of-one-takes-group-label", {
    { STEP_BEGIN, 0, "Move Kitchen", T, "", F, F, NULL, NULL, F, 0 },
    { STEP_PUSH, 'a', "Type A", T, "a", F, F, NULL, NULL, T, 0 },
    { STEP_END, 0, NULL, T, "a", T, F, "Move Kitchen", NULL, T, 1 },
    { STEP_UNDO, 0, NULL, T, "", F, T, NULL, "Move Kitchen", F, 0 },
  } },
  { "group-without-label-takes-first", {
    { STEP_BEGIN, 0, NULL, T, "", F, F, NULL, NULL, F, 0 },
    { STEP_PUSH, 'a', "Type A", T, "a", F, F, NULL, NULL, T, 0 },
    { STEP_PUSH, 'b', "Type B", T, "ab", F, F, NULL, NULL, T, 0 },
    { STEP_END, 0, NULL, T, "ab", T, F, "Type A", NULL, T, 1 },
  } },
  /* The first push inside a group is a new edit: redo goes at once. */
  { "group-clears-redo", {
    { STEP_PUSH, 'a', "Type A", T, "a", T, F, "Type A", NULL, T, 1 },
    { STEP_UNDO, 0, NULL, T, "", F, T, NULL, "Type A", F, 0 },
    { STEP_BEGIN, 0, "Word", T, "", F, F, NULL, NULL, F, 0 },
    { STEP_PUSH, 'b', "Type B", T, "b", F, F, NULL, NULL, T, 0 },
    { STEP_END, 0, NULL, T, "b", T, F, "Word", NULL, T, 1 },
    { STEP_REDO, 0, NULL, F, "b", T, F, "Word", NULL, T, 1 },
  } },
  /* Recorded, not applied: a doubled letter would show. */
  { "push-applied", {
    { STEP_PUSH_APPLIED, 'a', "Type A", T, "a", T, F, "Type A", NULL, T, 1 },
    { STEP_UNDO, 0, NULL, T, "", F, T, NULL, "Type A", F, 0 },
    { STEP_REDO, 0, NULL, T, "a", T, F, "Type A", NULL, T, 1 },
    { STEP_BEGIN, 0, "Drag", T, "a", F, F, NULL, NULL, T, 1 },
    { STEP_PUSH_APPLIED, 'b', "Step B", T, "ab", F, F, NULL, NULL, T, 1 },
    { STEP_PUSH_APPLIED, 'c', "Step C", T, "abc", F, F, NULL, NULL, T, 1 },
    { STEP_END, 0, NULL, T, "abc", T, F, "Drag", NULL, T, 2 },
    { STEP_UNDO, 0, NULL, T, "a", T, T, "Type A", "Drag", T, 1 },
    { STEP_REDO, 0, NULL, T, "abc", T, F, "Drag", NULL, T, 2 },
  } },
  { "saved-point", {
    { STEP_PUSH, 'a', "Type A", T, "a", T, F, "Type A", NULL, T, 1 },
    { STEP_SAVE, 0, NULL, T, "a", T, F, "Type A", NULL, F, 1 },
    { STEP_PUSH, 'b', "Type B", T, "ab", T, F, "Type B", NULL, T, 2 },
    { STEP_UNDO, 0, NULL, T, "a", T, T, "Type A", "Type B", F, 1 },
    { STEP_UNDO, 0, NULL, T, "", F, T, NULL, "Type A", T, 0 },
    { STEP_REDO, 0, NULL, T, "a", T, T, "Type A", "Type B", F, 1 },
    { STEP_REDO, 0, NULL, T, "ab", T, F, "Type B", NULL, T, 2 },
  } },
  /* Saved at "ab", undone to "a", then "c" typed: "ab" can never come
   * back, so every state is modified until saved again (even "ac", at the
   * saved depth). */
  { "saved-point-discarded", {
    { STEP_PUSH, 'a', "Type A", T, "a", T, F, "Type A", NULL, T, 1 },
    { STEP_PUSH, 'b', "Type B", T, "ab", T, F, "Type B", NULL, T, 2 },
    { STEP_SAVE, 0, NULL, T, "ab", T, F, "Type B", NULL, F, 2 },
    { STEP_UNDO, 0, NULL, T, "a", T, T, "Type A", "Type B", T, 1 },
    { STEP_PUSH, 'c', "Type C", T, "ac", T, F, "Type C", NULL, T, 2 },
    { STEP_UNDO, 0, NULL, T, "a", T, T, "Type A", "Type C", T, 1 },
    { STEP_UNDO, 0, NULL, T, "", F, T, NULL, "Type A", T, 0 },
    { STEP_REDO, 0, NULL, T, "a", T, T, "Type A", "Type C", T, 1 },
    { STEP_REDO, 0, NULL, T, "ac", T, F, "Type C", NULL, T, 2 },
    { STEP_SAVE, 0, NULL, T, "ac", T, F, "Type C", NULL, F, 2 },
    { STEP_UNDO, 0, NULL, T, "a", T, T, "Type A", "Type C", T, 1 },
  } },
  /* Saved at "a" below the branch point: still reachable. */
  { "saved-point-below-branch", {
    { STEP_PUSH, 'a', "Type A", T, "a", T, F, "Type A", NULL, T, 1 },
    { STEP_SAVE, 0, NULL, T, "a", T, F, "Type A", NULL, F, 1 },
    { STEP_PUSH, 'b', "Type B", T, "ab", T, F, "Type B", NULL, T, 2 },
    { STEP_UNDO, 0, NULL, T, "a", T, T, "Type A", "Type B", F, 1 },
    { STEP_PUSH, 'c', "Type C", T, "ac", T, F, "Type C", NULL, T, 2 },
    { STEP_UNDO, 0, NULL, T, "a", T, T, "Type A", "Type C", F, 1 },
  } },
  { "clear", {
    { STEP_PUSH, 'a', "Type A", T, "a", T, F, "Type A", NULL, T, 1 },
    { STEP_PUSH, 'b', "Type B", T, "ab", T, F, "Type B", NULL, T, 2 },
    { STEP_UNDO, 0, NULL, T, "a", T, T, "Type A", "Type B", T, 1 },
    { STEP_CLEAR, 0, NULL, T, "a", F, F, NULL, NULL, F, 0 },
    { STEP_UNDO, 0, NULL, F, "a", F, F, NULL, NULL, F, 0 },
    { STEP_PUSH, 'c', "Type C", T, "ac", T, F, "Type C", NULL, T, 1 },
    { STEP_UNDO, 0, NULL, T, "a", F, T, NULL, "Type C", F, 0 },
  } },
};

static void
perform_step (HearthUndoStack *stack,
              GString         *text,
              const Step      *step)
{
  switch (step->op)
    {
    case STEP_PUSH:
      hearth_undo_stack_push (stack, letter_command_new (text, step->letter, step->label));
      break;

    case STEP_PUSH_APPLIED:
      g_string_append_c (text, step->letter);
      hearth_undo_stack_push_applied (stack, letter_command_new (text, step->letter, step->label));
      break;

    case STEP_UNDO:
      g_assert_cmpint (hearth_undo_stack_undo (stack), ==, step->ok);
      break;

    case STEP_REDO:
      g_assert_cmpint (hearth_undo_stack_redo (stack), ==, step->ok);
      break;

    case STEP_BEGIN:
      hearth_undo_stack_begin_group (stack, step->label);
      break;

    case STEP_END:
      hearth_undo_stack_end_group (stack);
      break;

    case STEP_SAVE:
      hearth_undo_stack_set_saved (stack);
      break;

    case STEP_CLEAR:
      hearth_undo_stack_clear (stack);
      break;

    case STEP_NONE:
    default:
      g_assert_not_reached ();
    }
}

static void
test_sequence (gconstpointer data)
{
  const Sequence *sequence = data;
  g_autoptr(GString) text = g_string_new ("");
  HearthUndoStack *stack = hearth_undo_stack_new ();

  g_assert_false (hearth_undo_stack_get_can_undo (stack));
  g_assert_false (hearth_undo_stack_get_can_redo (stack));
  g_assert_false (hearth_undo_stack_get_modified (stack));

  for (guint i = 0; i < MAX_STEPS && sequence->steps[i].op != STEP_NONE; i++)
    {
      const Step *step = &sequence->steps[i];
      gboolean can_undo, can_redo, modified;
      g_autofree char *undo_label = NULL;
      g_autofree char *redo_label = NULL;

      g_test_message ("step %u", i + 1);
      perform_step (stack, text, step);

      g_assert_cmpstr (text->str, ==, step->text);
      g_assert_cmpint (hearth_undo_stack_get_can_undo (stack), ==, step->can_undo);
      g_assert_cmpint (hearth_undo_stack_get_can_redo (stack), ==, step->can_redo);
      g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, step->undo_label);
      g_assert_cmpstr (hearth_undo_stack_get_redo_label (stack), ==, step->redo_label);
      g_assert_cmpint (hearth_undo_stack_get_modified (stack), ==, step->modified);
      g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, step->depth);

      /* The properties say the same as the getters. */
      g_object_get (stack,
                    "can-undo", &can_undo,
                    "can-redo", &can_redo,
                    "undo-label", &undo_label,
                    "redo-label", &redo_label,
                    "modified", &modified,
                    NULL);
      g_assert_cmpint (can_undo, ==, step->can_undo);
      g_assert_cmpint (can_redo, ==, step->can_redo);
      g_assert_cmpstr (undo_label, ==, step->undo_label);
      g_assert_cmpstr (redo_label, ==, step->redo_label);
      g_assert_cmpint (modified, ==, step->modified);
    }

  g_assert_finalize_object (stack);
}

/* ------------------------------------------------------------------------- */
/* Notifications                                                             */
/* ------------------------------------------------------------------------- */

enum {
  COUNT_CAN_UNDO,
  COUNT_CAN_REDO,
  COUNT_UNDO_LABEL,
  COUNT_REDO_LABEL,
  COUNT_MODIFIED,
  COUNT_CHANGED,
  N_COUNTS
};

static const char * const notify_signals[] = {
  "notify::can-undo",
  "notify::can-redo",
  "notify::undo-label",
  "notify::redo-label",
  "notify::modified",
  "changed",
};

typedef struct
{
  Step step;            /* only op, letter, label and ok are used */
  guint counts[N_COUNTS]; /* emissions so far */
} NotifyStep;

/* Each count is a running total; a property is notified only when its value
 * changes ("Type A" replacing "Type A" is no change), "changed" after every
 * call that did something. */
static const NotifyStep notify_steps[] = {
  /*                                            undo redo  ulab rlab mod  changed */
  { { STEP_PUSH, 'a', "Type A", T },          { 1,   0,    1,   0,   1,   1 } },
  { { STEP_PUSH, 'b', "Type B", T },          { 1,   0,    2,   0,   1,   2 } },
  { { STEP_UNDO, 0, NULL, T },                { 1,   1,    3,   1,   1,   3 } },
  /* Back at the saved point (the start). */
  { { STEP_UNDO, 0, NULL, T },                { 2,   1,    4,   2,   2,   4 } },
  /* Nothing to undo: nothing happens. */
  { { STEP_UNDO, 0, NULL, F },                { 2,   1,    4,   2,   2,   4 } },
  { { STEP_REDO, 0, NULL, T },                { 3,   1,    5,   3,   3,   5 } },
  { { STEP_SAVE, 0, NULL, T },                { 3,   1,    5,   3,   4,   6 } },
  /* Saving again changes no property. */
  { { STEP_SAVE, 0, NULL, T },                { 3,   1,    5,   3,   4,   7 } },
  /* An open group: nothing to undo or redo. */
  { { STEP_BEGIN, 0, "Word", T },             { 4,   2,    6,   4,   4,   8 } },
  { { STEP_PUSH, 'c', "Type C", T },          { 4,   2,    6,   4,   5,   9 } },
  { { STEP_END, 0, NULL, T },                 { 5,   2,    7,   4,   5,   10 } },
  /* Back at "a", saved. */
  { { STEP_UNDO, 0, NULL, T },                { 5,   3,    8,   5,   6,   11 } },
  /* The undo label stays "Type A". */
  { { STEP_PUSH, 'd', "Type A", T },          { 5,   4,    8,   6,   7,   12 } },
};

static void
count_cb (gpointer user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_notify (void)
{
  g_autoptr(GString) text = g_string_new ("");
  HearthUndoStack *stack = hearth_undo_stack_new ();
  guint counts[N_COUNTS] = { 0, };

  for (guint i = 0; i < N_COUNTS; i++)
    g_signal_connect_swapped (stack, notify_signals[i], G_CALLBACK (count_cb), &counts[i]);

  for (guint i = 0; i < G_N_ELEMENTS (notify_steps); i++)
    {
      g_test_message ("step %u", i + 1);
      perform_step (stack, text, &notify_steps[i].step);

      for (guint j = 0; j < N_COUNTS; j++)
        {
          g_test_message ("%s", notify_signals[j]);
          g_assert_cmpuint (counts[j], ==, notify_steps[i].counts[j]);
        }
    }

  g_assert_finalize_object (stack);
}

/* ------------------------------------------------------------------------- */
/* Misuse                                                                    */
/* ------------------------------------------------------------------------- */

static void
test_undo_in_group (void)
{
  g_autoptr(GString) text = g_string_new ("");
  HearthUndoStack *stack = hearth_undo_stack_new ();

  hearth_undo_stack_push (stack, letter_command_new (text, 'a', "Type A"));
  hearth_undo_stack_begin_group (stack, "Drag");
  hearth_undo_stack_push (stack, letter_command_new (text, 'b', "Type B"));

  g_test_expect_message ("Hearth", G_LOG_LEVEL_CRITICAL, "*assertion*self->group == NULL*");
  g_assert_false (hearth_undo_stack_undo (stack));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Hearth", G_LOG_LEVEL_CRITICAL, "*assertion*self->group == NULL*");
  g_assert_false (hearth_undo_stack_redo (stack));
  g_test_assert_expected_messages ();
  g_assert_cmpstr (text->str, ==, "ab");

  /* Ending the group first makes it work. */
  hearth_undo_stack_end_group (stack);
  g_assert_true (hearth_undo_stack_undo (stack));
  g_assert_cmpstr (text->str, ==, "a");

  g_test_expect_message ("Hearth", G_LOG_LEVEL_CRITICAL, "*assertion*group_depth > 0*");
  hearth_undo_stack_end_group (stack);
  g_test_assert_expected_messages ();

  g_assert_finalize_object (stack);
}

typedef struct
{
  HearthUndoStack *stack;
  GString         *text;
} Reentry;

static void
reentry_apply (gpointer data)
{
  Reentry *reentry = data;

  /* As a handler of the model's "changed" might. */
  g_test_expect_message ("Hearth", G_LOG_LEVEL_CRITICAL, "*assertion*!self->running*");
  hearth_undo_stack_push (reentry->stack, letter_command_new (reentry->text, 'x', "Type X"));
  g_test_assert_expected_messages ();
}

static void
reentry_revert (gpointer data)
{
}

static void
test_push_while_applying (void)
{
  g_autoptr(GString) text = g_string_new ("");
  HearthUndoStack *stack = hearth_undo_stack_new ();
  Reentry reentry = { stack, text };

  hearth_undo_stack_push (stack, hearth_command_new ("Reenter", reentry_apply, reentry_revert,
                                                     &reentry, NULL));
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, 1);
  g_assert_cmpstr (text->str, ==, "");

  g_assert_finalize_object (stack);
}

/* An open group is freed with the stack. */
static void
test_finalize_with_open_group (void)
{
  g_autoptr(GString) text = g_string_new ("");
  HearthUndoStack *stack = hearth_undo_stack_new ();

  hearth_undo_stack_push (stack, letter_command_new (text, 'a', "Type A"));
  hearth_undo_stack_undo (stack);
  hearth_undo_stack_begin_group (stack, "Drag");
  hearth_undo_stack_push (stack, letter_command_new (text, 'b', "Type B"));

  g_assert_finalize_object (stack);
  g_assert_cmpstr (text->str, ==, "b");
}

/* ------------------------------------------------------------------------- */
/* The plan edits                                                            */
/* ------------------------------------------------------------------------- */

/* A two-storey house. Rectangles are x, y, width, height in mm.
 *
 *   Ground floor: Kitchen (0, 0, 3000 × 4000), Lounge (3000, 0, 4000 × 4000),
 *                 Bedroom 1 (0, 4000, 3000 × 3000)
 *   First floor:  Bedroom 2 (0, 0, 3500 × 3000) with two low ceilings, at
 *                 most 1200 mm over (0, 0, 1000 × 3000) and 1400 mm over
 *                 (2500, 0, 1000 × 3000); Bathroom (3500, 0, 2000 × 3000)
 *
 * Alice and Ben sleep in Bedroom 2, Cara in Bedroom 1, Dan nowhere yet.
 * Hazard 1 names the kitchen, bedroom 2 and the lounge, hazard 2 the
 * bathroom, hazard 3 no room. */
static HearthRoom *
room_new (const char    *id,
          const char    *name,
          HearthRoomUse  use,
          gint64         x,
          gint64         y,
          gint64         width,
          gint64         height)
{
  return hearth_room_new (id, name, use, hearth_polygon_new_rectangle (x, y, width, height));
}

static void
add_person (HearthAssessment *assessment,
            const char       *id,
            const char       *sleeps_in)
{
  g_autoptr(HearthPerson) person = hearth_person_new (id, id);

  hearth_person_set_sleeps_in (person, sleeps_in);
  hearth_assessment_add_person (assessment, person);
}

static void
add_hazard (HearthAssessment   *assessment,
            int                 number,
            const char * const *rooms)
{
  HearthHazard *hazard = hearth_hazard_new (number);

  g_strfreev (hazard->rooms);
  hazard->rooms = g_strdupv ((GStrv) rooms);
  hearth_assessment_add_hazard (assessment, hazard);
}

static HearthAssessment *
fixture_new (void)
{
  HearthAssessment *assessment = hearth_assessment_new ();
  g_autoptr(HearthFloor) ground = hearth_floor_new ("ground", "Ground floor", 0);
  g_autoptr(HearthFloor) first = hearth_floor_new ("first", "First floor", 1);
  g_autoptr(HearthRoom) kitchen = room_new ("kitchen", "Kitchen", HEARTH_ROOM_USE_KITCHEN, 0, 0, 3000, 4000);
  g_autoptr(HearthRoom) lounge = room_new ("lounge", "Lounge", HEARTH_ROOM_USE_LIVING, 3000, 0, 4000, 4000);
  g_autoptr(HearthRoom) bedroom1 = room_new ("bedroom-1", "Bedroom 1", HEARTH_ROOM_USE_BEDROOM, 0, 4000, 3000, 3000);
  g_autoptr(HearthRoom) bedroom2 = room_new ("bedroom-2", "Bedroom 2", HEARTH_ROOM_USE_BEDROOM, 0, 0, 3500, 3000);
  g_autoptr(HearthRoom) bathroom = room_new ("bathroom", "Bathroom", HEARTH_ROOM_USE_BATHROOM, 3500, 0, 2000, 3000);
  const char * const hazard1[] = { "kitchen", "bedroom-2", "lounge", NULL };
  const char * const hazard2[] = { "bathroom", NULL };
  const char * const hazard3[] = { NULL };

  hearth_room_add_low_headroom (bedroom2, hearth_low_headroom_new (hearth_polygon_new_rectangle (0, 0, 1000, 3000), 1200));
  hearth_room_add_low_headroom (bedroom2, hearth_low_headroom_new (hearth_polygon_new_rectangle (2500, 0, 1000, 3000), 1400));

  hearth_floor_add_room (ground, kitchen);
  hearth_floor_add_room (ground, lounge);
  hearth_floor_add_room (ground, bedroom1);
  hearth_floor_add_room (first, bedroom2);
  hearth_floor_add_room (first, bathroom);
  hearth_assessment_add_floor (assessment, ground);
  hearth_assessment_add_floor (assessment, first);

  add_person (assessment, "alice", "bedroom-2");
  add_person (assessment, "ben", "bedroom-2");
  add_person (assessment, "cara", "bedroom-1");
  add_person (assessment, "dan", NULL);

  add_hazard (assessment, 1, hazard1);
  add_hazard (assessment, 2, hazard2);
  add_hazard (assessment, 3, hazard3);

  return assessment;
}

#define PLAN_BEFORE "Ground floor: Kitchen, Lounge, Bedroom 1 | First floor: Bedroom 2, Bathroom"
#define SLEEPERS_BEFORE "alice=bedroom-2 ben=bedroom-2 cara=bedroom-1 dan=-"
#define HAZARDS_BEFORE "1:kitchen,bedroom-2,lounge 2:bathroom 3:"

/* "Ground floor: Kitchen, Lounge | First floor:" */
static char *
describe_plan (HearthAssessment *assessment)
{
  GPtrArray *floors = hearth_assessment_get_floors (assessment);
  GString *out = g_string_new ("");

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);

      g_string_append_printf (out, "%s%s:", i > 0 ? " | " : "", hearth_floor_get_name (floor));
      for (guint j = 0; j < hearth_floor_get_n_rooms (floor); j++)
        g_string_append_printf (out, "%s%s", j > 0 ? ", " : " ",
                                hearth_room_get_name (hearth_floor_get_room (floor, j)));
    }

  return g_string_free (out, FALSE);
}

/* "alice=bedroom-2 dan=-" */
static char *
describe_sleepers (HearthAssessment *assessment)
{
  GPtrArray *persons = hearth_assessment_get_persons (assessment);
  GString *out = g_string_new ("");

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      const char *room_id = hearth_person_get_sleeps_in (person);

      g_string_append_printf (out, "%s%s=%s", i > 0 ? " " : "",
                              hearth_person_get_id (person), room_id ? room_id : "-");
    }

  return g_string_free (out, FALSE);
}

/* "1:kitchen,lounge 2:" */
static char *
describe_hazards (HearthAssessment *assessment)
{
  GPtrArray *hazards = hearth_assessment_get_hazards (assessment);
  GString *out = g_string_new ("");

  for (guint i = 0; i < hazards->len; i++)
    {
      HearthHazard *hazard = g_ptr_array_index (hazards, i);
      g_autofree char *rooms = g_strjoinv (",", hazard->rooms);

      g_string_append_printf (out, "%s%d:%s", i > 0 ? " " : "", hazard->number, rooms);
    }

  return g_string_free (out, FALSE);
}

/* "Kitchen|kitchen|living=no|notes=-|0,0-3000,4000|zones=1200,1400": name,
 * use, living room, notes, bounds, and the low ceilings' heights in order. */
static char *
describe_room (HearthAssessment *assessment,
               const char       *id)
{
  HearthRoom *room = hearth_assessment_find_room (assessment, id, NULL);
  const char *notes;
  gint64 x0, y0, x1, y1;
  GString *out;

  g_assert_nonnull (room);
  notes = hearth_room_get_notes (room);
  hearth_polygon_get_bounds (hearth_room_get_polygon (room), &x0, &y0, &x1, &y1);

  out = g_string_new ("");
  g_string_append_printf (out, "%s|%s|living=%s|notes=%s|%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT
                          "-%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT "|zones=",
                          hearth_room_get_name (room),
                          hearth_room_use_to_string (hearth_room_get_use (room)),
                          hearth_room_get_living_room (room) ? "yes" : "no",
                          notes ? notes : "-",
                          x0, y0, x1, y1);
  for (guint i = 0; i < hearth_room_get_n_low_headroom (room); i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            hearth_room_get_low_headroom (room, i)->max_height_mm);

  return g_string_free (out, FALSE);
}

static HearthRoom *
get_room (HearthAssessment *assessment,
          const char       *id)
{
  HearthRoom *room = hearth_assessment_find_room (assessment, id, NULL);

  g_assert_nonnull (room);
  return room;
}

static HearthFloor *
get_floor (HearthAssessment *assessment,
           guint             index)
{
  GPtrArray *floors = hearth_assessment_get_floors (assessment);

  g_assert_cmpuint (index, <, floors->len);
  return g_ptr_array_index (floors, index);
}

/* The edits under test, one per row below. */

static HearthCommand *
make_add_room (HearthAssessment *assessment)
{
  g_autoptr(HearthRoom) study = room_new ("study", "Study", HEARTH_ROOM_USE_STUDY, 5500, 0, 2000, 3000);

  return hearth_edit_add_room (assessment, get_floor (assessment, 1), study);
}

static HearthCommand *
make_remove_bedroom_2 (HearthAssessment *assessment)
{
  return hearth_edit_remove_room (assessment, get_room (assessment, "bedroom-2"));
}

static HearthCommand *
make_remove_lounge (HearthAssessment *assessment)
{
  return hearth_edit_remove_room (assessment, get_room (assessment, "lounge"));
}

static HearthCommand *
make_reshape_kitchen (HearthAssessment *assessment)
{
  HearthRoom *kitchen = get_room (assessment, "kitchen");
  g_autoptr(HearthPolygon) wider = hearth_polygon_new_rectangle (0, 0, 3500, 4000);

  return hearth_edit_set_polygon (assessment, kitchen, hearth_room_get_polygon (kitchen), wider,
                                  "Reshape Kitchen");
}

static HearthCommand *
make_rename_kitchen (HearthAssessment *assessment)
{
  return hearth_edit_set_room_name (assessment, get_room (assessment, "kitchen"), "Kitchen-diner");
}

static HearthCommand *
make_change_use (HearthAssessment *assessment)
{
  return hearth_edit_set_room_use (assessment, get_room (assessment, "kitchen"),
                                   HEARTH_ROOM_USE_KITCHEN_DINER);
}

static HearthCommand *
make_mark_living_room (HearthAssessment *assessment)
{
  return hearth_edit_set_room_living_room (assessment, get_room (assessment, "kitchen"), TRUE);
}

static HearthCommand *
make_unmark_living_room (HearthAssessment *assessment)
{
  HearthRoom *kitchen = get_room (assessment, "kitchen");

  hearth_room_set_living_room (kitchen, TRUE);
  return hearth_edit_set_room_living_room (assessment, kitchen, FALSE);
}

static HearthCommand *
make_edit_notes (HearthAssessment *assessment)
{
  return hearth_edit_set_room_notes (assessment, get_room (assessment, "kitchen"),
                                     "Damp behind the fridge.");
}

static HearthCommand *
make_add_low_headroom (HearthAssessment *assessment)
{
  g_autoptr(HearthLowHeadroom) zone =
    hearth_low_headroom_new (hearth_polygon_new_rectangle (1000, 0, 500, 500), 900);

  return hearth_edit_add_low_headroom (assessment, get_room (assessment, "bedroom-2"), zone);
}

static HearthCommand *
make_remove_low_headroom (HearthAssessment *assessment)
{
  return hearth_edit_remove_low_headroom (assessment, get_room (assessment, "bedroom-2"), 0);
}

static HearthCommand *
make_move_lounge_upstairs (HearthAssessment *assessment)
{
  return hearth_edit_move_room_to_floor (assessment, get_room (assessment, "lounge"),
                                         get_floor (assessment, 1));
}

static HearthCommand *
make_add_basement (HearthAssessment *assessment)
{
  g_autoptr(HearthFloor) basement = hearth_floor_new ("basement", "Basement", -1);

  return hearth_edit_add_floor (assessment, basement, 0);
}

static HearthCommand *
make_add_loft (HearthAssessment *assessment)
{
  g_autoptr(HearthFloor) loft = hearth_floor_new ("loft", "Loft", 2);

  return hearth_edit_add_floor (assessment, loft, 2);
}

static HearthCommand *
make_remove_first_floor (HearthAssessment *assessment)
{
  return hearth_edit_remove_floor (assessment, get_floor (assessment, 1));
}

static HearthCommand *
make_remove_ground_floor (HearthAssessment *assessment)
{
  return hearth_edit_remove_floor (assessment, get_floor (assessment, 0));
}

static HearthCommand *
make_rename_first_floor (HearthAssessment *assessment)
{
  return hearth_edit_rename_floor (assessment, get_floor (assessment, 1), "Upstairs");
}

static HearthCommand *
make_move_first_floor_down (HearthAssessment *assessment)
{
  return hearth_edit_move_floor (assessment, get_floor (assessment, 1), 0);
}

static HearthCommand *
make_move_ground_floor_up (HearthAssessment *assessment)
{
  return hearth_edit_move_floor (assessment, get_floor (assessment, 0), 1);
}

typedef struct
{
  const char      *name;
  HearthCommand *(*make) (HearthAssessment *assessment);
  const char      *label;
  /* After the edit; NULL when the same as before (PLAN_BEFORE etc.). */
  const char      *plan;
  const char      *sleepers;
  const char      *hazards;
  /* A room to look at closely, or NULL. */
  const char      *room;
  const char      *room_before;
  const char      *room_after;
} EditCase;

#define KITCHEN_BEFORE "Kitchen|kitchen|living=no|notes=-|0,0-3000,4000|zones="
#define BEDROOM_2_BEFORE "Bedroom 2|bedroom|living=no|notes=-|0,0-3500,3000|zones=1200,1400"

static const EditCase edit_cases[] = {
  { "add-room", make_add_room, "Add Study",
    "Ground floor: Kitchen, Lounge, Bedroom 1 | First floor: Bedroom 2, Bathroom, Study",
    NULL, NULL, "study", NULL, "Study|study|living=no|notes=-|5500,0-7500,3000|zones=" },
  /* Two sleepers and a hazard; the room comes back first on its floor. */
  { "remove-room-with-sleepers-and-hazard", make_remove_bedroom_2, "Delete Bedroom 2",
    "Ground floor: Kitchen, Lounge, Bedroom 1 | First floor: Bathroom",
    "alice=- ben=- cara=bedroom-1 dan=-",
    "1:kitchen,lounge 2:bathroom 3:",
    NULL, NULL, NULL },
  /* No sleepers; the room comes back in the middle of its floor and of
   * the hazard's list. */
  { "remove-room-in-middle", make_remove_lounge, "Delete Lounge",
    "Ground floor: Kitchen, Bedroom 1 | First floor: Bedroom 2, Bathroom",
    NULL,
    "1:kitchen,bedroom-2 2:bathroom 3:",
    NULL, NULL, NULL },
  /* set_polygon takes the caller's label as it is. */
  { "set-polygon", make_reshape_kitchen, "Reshape Kitchen",
    NULL, NULL, NULL,
    "kitchen", KITCHEN_BEFORE, "Kitchen|kitchen|living=no|notes=-|0,0-3500,4000|zones=" },
  /* Labelled with the old name. */
  { "rename-room", make_rename_kitchen, "Rename Kitchen",
    "Ground floor: Kitchen-diner, Lounge, Bedroom 1 | First floor: Bedroom 2, Bathroom",
    NULL, NULL,
    "kitchen", KITCHEN_BEFORE, "Kitchen-diner|kitchen|living=no|notes=-|0,0-3000,4000|zones=" },
  { "change-use", make_change_use, "Change Use of Kitchen",
    NULL, NULL, NULL,
    "kitchen", KITCHEN_BEFORE, "Kitchen|kitchen-diner|living=no|notes=-|0,0-3000,4000|zones=" },
  { "mark-living-room", make_mark_living_room, "Mark Kitchen as Living Room",
    NULL, NULL, NULL,
    "kitchen", KITCHEN_BEFORE, "Kitchen|kitchen|living=yes|notes=-|0,0-3000,4000|zones=" },
  { "unmark-living-room", make_unmark_living_room, "Unmark Kitchen as Living Room",
    NULL, NULL, NULL,
    "kitchen", "Kitchen|kitchen|living=yes|notes=-|0,0-3000,4000|zones=", KITCHEN_BEFORE },
  { "edit-notes", make_edit_notes, "Edit Notes of Kitchen",
    NULL, NULL, NULL,
    "kitchen", KITCHEN_BEFORE,
    "Kitchen|kitchen|living=no|notes=Damp behind the fridge.|0,0-3000,4000|zones=" },
  { "add-low-headroom", make_add_low_headroom, "Add Low Ceiling to Bedroom 2",
    NULL, NULL, NULL,
    "bedroom-2", BEDROOM_2_BEFORE, "Bedroom 2|bedroom|living=no|notes=-|0,0-3500,3000|zones=1200,1400,900" },
  /* The first zone comes back first. */
  { "remove-low-headroom", make_remove_low_headroom, "Remove Low Ceiling from Bedroom 2",
    NULL, NULL, NULL,
    "bedroom-2", BEDROOM_2_BEFORE, "Bedroom 2|bedroom|living=no|notes=-|0,0-3500,3000|zones=1400" },
  /* Appended upstairs; back between Kitchen and Bedroom 1. */
  { "move-room-to-floor", make_move_lounge_upstairs, "Move Lounge to First floor",
    "Ground floor: Kitchen, Bedroom 1 | First floor: Bedroom 2, Bathroom, Lounge",
    NULL, NULL, NULL, NULL, NULL },
  { "add-floor-first", make_add_basement, "Add Basement",
    "Basement: | Ground floor: Kitchen, Lounge, Bedroom 1 | First floor: Bedroom 2, Bathroom",
    NULL, NULL, NULL, NULL, NULL },
  { "add-floor-last", make_add_loft, "Add Loft",
    "Ground floor: Kitchen, Lounge, Bedroom 1 | First floor: Bedroom 2, Bathroom | Loft:",
    NULL, NULL, NULL, NULL, NULL },
  /* Both rooms go, with Alice's and Ben's beds and every hazard entry. */
  { "remove-floor-with-rooms", make_remove_first_floor, "Delete First floor",
    "Ground floor: Kitchen, Lounge, Bedroom 1",
    "alice=- ben=- cara=bedroom-1 dan=-",
    "1:kitchen,lounge 2: 3:",
    NULL, NULL, NULL },
  /* The ground floor comes back before the first. */
  { "remove-first-floor-in-list", make_remove_ground_floor, "Delete Ground floor",
    "First floor: Bedroom 2, Bathroom",
    "alice=bedroom-2 ben=bedroom-2 cara=- dan=-",
    "1:bedroom-2 2:bathroom 3:",
    NULL, NULL, NULL },
  { "rename-floor", make_rename_first_floor, "Rename First floor",
    "Ground floor: Kitchen, Lounge, Bedroom 1 | Upstairs: Bedroom 2, Bathroom",
    NULL, NULL, NULL, NULL, NULL },
  { "move-floor-to-start", make_move_first_floor_down, "Move First floor",
    "First floor: Bedroom 2, Bathroom | Ground floor: Kitchen, Lounge, Bedroom 1",
    NULL, NULL, NULL, NULL, NULL },
  { "move-floor-to-end", make_move_ground_floor_up, "Move Ground floor",
    "First floor: Bedroom 2, Bathroom | Ground floor: Kitchen, Lounge, Bedroom 1",
    NULL, NULL, NULL, NULL, NULL },
};

static void
assert_state (HearthAssessment *assessment,
              const char       *plan,
              const char       *sleepers,
              const char       *hazards,
              const char       *room,
              const char       *room_state)
{
  g_autofree char *plan_now = describe_plan (assessment);
  g_autofree char *sleepers_now = describe_sleepers (assessment);
  g_autofree char *hazards_now = describe_hazards (assessment);

  g_assert_cmpstr (plan_now, ==, plan);
  g_assert_cmpstr (sleepers_now, ==, sleepers);
  g_assert_cmpstr (hazards_now, ==, hazards);

  if (room != NULL && room_state != NULL)
    {
      g_autofree char *room_now = describe_room (assessment, room);

      g_assert_cmpstr (room_now, ==, room_state);
    }
}

#define assert_before(a, c) \
  assert_state (a, PLAN_BEFORE, SLEEPERS_BEFORE, HAZARDS_BEFORE, (c)->room, (c)->room_before)
#define assert_after(a, c) \
  assert_state (a, (c)->plan ? (c)->plan : PLAN_BEFORE, \
                (c)->sleepers ? (c)->sleepers : SLEEPERS_BEFORE, \
                (c)->hazards ? (c)->hazards : HAZARDS_BEFORE, \
                (c)->room, (c)->room_after)

static void
test_edit (gconstpointer data)
{
  const EditCase *edit_case = data;
  HearthAssessment *assessment = fixture_new ();
  HearthUndoStack *stack = hearth_undo_stack_new ();
  HearthCommand *command;
  guint n_changed = 0;

  g_signal_connect_swapped (assessment, "changed", G_CALLBACK (count_cb), &n_changed);

  command = edit_case->make (assessment);
  g_assert_nonnull (command);
  g_assert_cmpstr (hearth_command_get_label (command), ==, edit_case->label);
  assert_before (assessment, edit_case);
  g_assert_cmpuint (n_changed, ==, 0);

  /* Apply, revert, apply again, revert again: "changed" every time. */
  hearth_undo_stack_push (stack, command);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, edit_case->label);
  assert_after (assessment, edit_case);

  g_assert_true (hearth_undo_stack_undo (stack));
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpstr (hearth_undo_stack_get_redo_label (stack), ==, edit_case->label);
  assert_before (assessment, edit_case);

  g_assert_true (hearth_undo_stack_redo (stack));
  g_assert_cmpuint (n_changed, ==, 3);
  assert_after (assessment, edit_case);

  g_assert_true (hearth_undo_stack_undo (stack));
  g_assert_cmpuint (n_changed, ==, 4);
  assert_before (assessment, edit_case);

  /* The commands hold the model, never the stack. */
  g_assert_finalize_object (stack);
  g_assert_finalize_object (assessment);
}

/* A drag moves the kitchen live, 100 mm at a time, recording each move
 * without applying it; the whole drag undoes as one step. */
static void
test_drag (void)
{
  HearthAssessment *assessment = fixture_new ();
  HearthUndoStack *stack = hearth_undo_stack_new ();
  HearthRoom *kitchen = get_room (assessment, "kitchen");
  g_autoptr(HearthPolygon) start = hearth_polygon_new_rectangle (0, 0, 3000, 4000);
  g_autoptr(HearthPolygon) end = hearth_polygon_new_rectangle (1000, 0, 3000, 4000);
  guint n_changed = 0;

  g_signal_connect_swapped (assessment, "changed", G_CALLBACK (count_cb), &n_changed);

  hearth_undo_stack_begin_group (stack, "Move Kitchen");
  for (gint64 x = 100; x <= 1000; x += 100)
    {
      g_autoptr(HearthPolygon) old = hearth_polygon_copy (hearth_room_get_polygon (kitchen));
      HearthPolygon *moved = hearth_polygon_new_rectangle (x, 0, 3000, 4000);

      hearth_room_set_polygon (kitchen, moved);
      hearth_undo_stack_push_applied (stack, hearth_edit_set_polygon (assessment, kitchen, old, moved,
                                                                       "Move Kitchen"));
    }
  hearth_undo_stack_end_group (stack);

  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, 1);
  g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, "Move Kitchen");
  g_assert_true (hearth_polygon_equal (hearth_room_get_polygon (kitchen), end));

  /* One undo: ten reverts, each announcing itself. */
  g_assert_true (hearth_undo_stack_undo (stack));
  g_assert_true (hearth_polygon_equal (hearth_room_get_polygon (kitchen), start));
  g_assert_cmpuint (hearth_undo_stack_get_depth (stack), ==, 0);
  g_assert_cmpuint (n_changed, ==, 10);

  g_assert_true (hearth_undo_stack_redo (stack));
  g_assert_true (hearth_polygon_equal (hearth_room_get_polygon (kitchen), end));
  g_assert_cmpuint (n_changed, ==, 20);

  g_assert_finalize_object (stack);
  g_assert_finalize_object (assessment);
}

/* Removing a room and then its floor: undoing both restores everything. */
static void
test_remove_room_then_floor (void)
{
  HearthAssessment *assessment = fixture_new ();
  HearthUndoStack *stack = hearth_undo_stack_new ();

  hearth_undo_stack_push (stack, hearth_edit_remove_room (assessment, get_room (assessment, "bedroom-2")));
  hearth_undo_stack_push (stack, hearth_edit_remove_floor (assessment, get_floor (assessment, 1)));
  assert_state (assessment,
                "Ground floor: Kitchen, Lounge, Bedroom 1",
                "alice=- ben=- cara=bedroom-1 dan=-",
                "1:kitchen,lounge 2: 3:",
                NULL, NULL);

  g_assert_true (hearth_undo_stack_undo (stack));
  assert_state (assessment,
                "Ground floor: Kitchen, Lounge, Bedroom 1 | First floor: Bathroom",
                "alice=- ben=- cara=bedroom-1 dan=-",
                "1:kitchen,lounge 2:bathroom 3:",
                NULL, NULL);

  g_assert_true (hearth_undo_stack_undo (stack));
  assert_state (assessment, PLAN_BEFORE, SLEEPERS_BEFORE, HAZARDS_BEFORE, NULL, NULL);

  g_assert_finalize_object (stack);
  g_assert_finalize_object (assessment);
}

/* Moving a room to another floor and back with a second edit. */
static void
test_move_room_and_back (void)
{
  HearthAssessment *assessment = fixture_new ();
  HearthUndoStack *stack = hearth_undo_stack_new ();
  HearthRoom *bedroom1 = get_room (assessment, "bedroom-1");

  hearth_undo_stack_push (stack, hearth_edit_move_room_to_floor (assessment, bedroom1, get_floor (assessment, 1)));
  hearth_undo_stack_push (stack, hearth_edit_move_room_to_floor (assessment, bedroom1, get_floor (assessment, 0)));
  g_assert_cmpstr (hearth_undo_stack_get_undo_label (stack), ==, "Move Bedroom 1 to Ground floor");
  /* Back downstairs, but appended: already last, so as before. */
  assert_state (assessment, PLAN_BEFORE, SLEEPERS_BEFORE, HAZARDS_BEFORE, NULL, NULL);

  g_assert_true (hearth_undo_stack_undo (stack));
  assert_state (assessment,
                "Ground floor: Kitchen, Lounge | First floor: Bedroom 2, Bathroom, Bedroom 1",
                SLEEPERS_BEFORE, HAZARDS_BEFORE, NULL, NULL);
  g_assert_true (hearth_undo_stack_undo (stack));
  assert_state (assessment, PLAN_BEFORE, SLEEPERS_BEFORE, HAZARDS_BEFORE, NULL, NULL);

  g_assert_finalize_object (stack);
  g_assert_finalize_object (assessment);
}

/* A room or floor without a name is called by its use, or "Unnamed Floor". */
static void
test_unnamed_labels (void)
{
  HearthAssessment *assessment = fixture_new ();
  g_autoptr(HearthRoom) room = room_new ("room-1", "", HEARTH_ROOM_USE_BEDROOM, 0, 0, 2000, 2000);
  g_autoptr(HearthFloor) floor = hearth_floor_new ("floor-1", "", 3);
  g_autoptr(HearthCommand) add_room = hearth_edit_add_room (assessment, get_floor (assessment, 0), room);
  g_autoptr(HearthCommand) add_floor = hearth_edit_add_floor (assessment, floor, 2);

  g_assert_cmpstr (hearth_command_get_label (add_room), ==, "Add Bedroom");
  g_assert_cmpstr (hearth_command_get_label (add_floor), ==, "Add Unnamed Floor");

  g_clear_pointer (&add_room, hearth_command_free);
  g_clear_pointer (&add_floor, hearth_command_free);
  g_assert_finalize_object (assessment);
}

/* A command can be applied and reverted without a stack, and freed
 * whether applied or not. */
static void
test_command_alone (void)
{
  HearthAssessment *assessment = fixture_new ();
  g_autoptr(HearthCommand) remove = hearth_edit_remove_floor (assessment, get_floor (assessment, 1));
  g_autoptr(HearthCommand) unused = hearth_edit_remove_room (assessment, get_room (assessment, "kitchen"));

  hearth_command_apply (remove);
  assert_state (assessment, "Ground floor: Kitchen, Lounge, Bedroom 1",
                "alice=- ben=- cara=bedroom-1 dan=-", "1:kitchen,lounge 2: 3:", NULL, NULL);
  hearth_command_revert (remove);
  assert_state (assessment, PLAN_BEFORE, SLEEPERS_BEFORE, HAZARDS_BEFORE, NULL, NULL);

  /* Freed while applied: it owns the floor it took out. */
  hearth_command_apply (remove);
  g_clear_pointer (&remove, hearth_command_free);
  g_clear_pointer (&unused, hearth_command_free);
  g_assert_finalize_object (assessment);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_CASES ("/undo/sequence", sequences, test_sequence);
  g_test_add_func ("/undo/notify", test_notify);
  g_test_add_func ("/undo/undo-in-group", test_undo_in_group);
  g_test_add_func ("/undo/push-while-applying", test_push_while_applying);
  g_test_add_func ("/undo/finalize-with-open-group", test_finalize_with_open_group);

  ADD_CASES ("/edit/round-trip", edit_cases, test_edit);
  g_test_add_func ("/edit/drag", test_drag);
  g_test_add_func ("/edit/remove-room-then-floor", test_remove_room_then_floor);
  g_test_add_func ("/edit/move-room-and-back", test_move_room_and_back);
  g_test_add_func ("/edit/unnamed-labels", test_unnamed_labels);
  g_test_add_func ("/edit/command-alone", test_command_alone);

  return g_test_run ();
}
