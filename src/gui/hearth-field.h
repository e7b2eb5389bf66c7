/* hearth-field.h: what every panel does with a typed field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Puts @text in @editable unless someone is typing there, that is its text
 * differs from what the panel put there last (*@shown); @force puts it
 * anyway. *@shown becomes @text. NULL @text is the empty string. */
void hearth_field_sync_text (GtkEditable  *editable,
                             char        **shown,
                             const char   *text,
                             gboolean      force);

/* Shows @message under a typed field in @error_row (or hides it, when
 * NULL), marks the field invalid and gives it the message as its
 * description; without a message the description goes back to @hint,
 * or none when @hint is NULL. */
void hearth_field_set_error (GtkWidget  *field,
                             GtkWidget  *error_row,
                             GtkLabel   *error_label,
                             const char *hint,
                             const char *message);

G_END_DECLS
