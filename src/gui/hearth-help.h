/* hearth-help.h: "How Hearth Decides", the rules explained
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Opens the one help window, transient for @parent's root, or raises it.
 * With @rule_id, scrolls to that rule's section, highlights it and gives
 * it the keyboard focus. @parent and @rule_id may be NULL. */
void       hearth_help_show       (GtkWidget  *parent,
                                   const char *rule_id);

/* The help window, or NULL when none is open (for tests). */
GtkWidget *hearth_help_get_window (void);

/* The section about @rule_id in the open help window, or NULL. */
GtkWidget *hearth_help_get_section (const char *rule_id);

G_END_DECLS
