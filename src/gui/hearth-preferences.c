/* hearth-preferences.c: the Preferences window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sections: the instance, mappings, GObject, class, public API.
 */

#include "config.h"

#include "hearth-gui-resources.h"
#include "hearth-preferences.h"


struct _HearthPreferences
{
  AdwPreferencesWindow  parent_instance;

  /* Template children */
  AdwComboRow          *area_unit_row;
  GtkSpinButton        *grid_step_spin;
  GtkSwitch            *snap_to_grid_switch;
  GtkSwitch            *snap_to_rooms_switch;
  GtkSpinButton        *autosave_spin;
  GtkSwitch            *initials_only_switch;
  AdwComboRow          *headroom_row;
  GtkSwitch            *kitchens_switch;
  GtkSwitch            *small_rooms_switch;
  AdwComboRow          *pairing_row;

  GSettings            *settings;           /* NULL without the schema */
};

G_DEFINE_FINAL_TYPE (HearthPreferences, hearth_preferences, ADW_TYPE_PREFERENCES_WINDOW)

/* Mappings
 *
 * A combo row's "selected" position stands for one of a string key's
 * choices, in the order of the row's model (see the .ui file). */

static const char * const area_units[] = { "m2", "sqft", NULL };
static const char * const headroom_rules[] = { "under-1.5m", "at-most-5ft", NULL };
static const char * const pairings[] = { "optimal", "sequential", NULL };

static gboolean
choice_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    {
      if (g_str_equal (choices[i], choice))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
position_to_choice (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *choices = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) choices))
    return NULL;

  return g_variant_new_string (choices[position]);
}

static void
bind_combo (HearthPreferences  *self,
            const char         *key,
            AdwComboRow        *row,
            const char * const *choices)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                choice_to_position, position_to_choice,
                                (gpointer) choices, NULL);
}

/* GObject overrides */

static void
hearth_preferences_dispose (GObject *object)
{
  HearthPreferences *self = HEARTH_PREFERENCES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PREFERENCES);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hearth_preferences_parent_class)->dispose (object);
}

/* Class */

static void
hearth_preferences_class_init (HearthPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_preferences_dispose;

  /* Links the resources in from the static library. */
  (void) hearth_gui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPreferences, area_unit_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferences, grid_step_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferences, snap_to_grid_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferences, snap_to_rooms_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferences, autosave_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferences, initials_only_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferences, headroom_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferences, kitchens_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferences, small_rooms_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferences, pairing_row);
}

static void
hearth_preferences_init (HearthPreferences *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    {
      /* Nothing to change without the schema (an unconfigured tree). */
      GtkWidget *controls[] = {
        GTK_WIDGET (self->area_unit_row), GTK_WIDGET (self->grid_step_spin),
        GTK_WIDGET (self->snap_to_grid_switch), GTK_WIDGET (self->snap_to_rooms_switch),
        GTK_WIDGET (self->autosave_spin), GTK_WIDGET (self->initials_only_switch),
        GTK_WIDGET (self->headroom_row), GTK_WIDGET (self->kitchens_switch),
        GTK_WIDGET (self->small_rooms_switch), GTK_WIDGET (self->pairing_row),
      };

      g_debug ("Schema %s not found; preferences cannot be changed", SETTINGS_SCHEMA_ID);
      for (guint i = 0; i < G_N_ELEMENTS (controls); i++)
        gtk_widget_set_sensitive (controls[i], FALSE);
      return;
    }

  self->settings = g_settings_new_full (schema, NULL, NULL);

  /* Plan */
  bind_combo (self, "area-unit", self->area_unit_row, area_units);
  g_settings_bind (self->settings, "grid-step", self->grid_step_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "snap-to-grid", self->snap_to_grid_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "snap-to-rooms", self->snap_to_rooms_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "autosave-interval", self->autosave_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "initials-only", self->initials_only_switch, "active", G_SETTINGS_BIND_DEFAULT);

  /* Legal readings */
  bind_combo (self, "headroom-rule", self->headroom_row, headroom_rules);
  g_settings_bind (self->settings, "kitchens-count", self->kitchens_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "small-rooms-count", self->small_rooms_switch, "active", G_SETTINGS_BIND_DEFAULT);
  bind_combo (self, "bedroom-pairing", self->pairing_row, pairings);
}

/* Public API */

HearthPreferences *
hearth_preferences_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (HEARTH_TYPE_PREFERENCES,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
}
