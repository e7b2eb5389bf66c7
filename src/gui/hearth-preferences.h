/* hearth-preferences.h: the Preferences window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every control is bound to a GSettings key, so a change applies at once
 * in every window: the plan settings, the recovery interval, the legal
 * readings (see HearthRuleOptions in hearth-rules.h) and the documents'
 * default of initials only.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_PREFERENCES (hearth_preferences_get_type ())
G_DECLARE_FINAL_TYPE (HearthPreferences, hearth_preferences, HEARTH, PREFERENCES, AdwPreferencesWindow)

/* A new Preferences window, transient for @parent (may be NULL). Without
 * the settings schema installed its controls are insensitive. */
HearthPreferences *hearth_preferences_new (GtkWindow *parent);

G_END_DECLS
