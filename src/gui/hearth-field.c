/* hearth-field.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hearth-field.h"

void
hearth_field_sync_text (GtkEditable  *editable,
                        char        **shown,
                        const char   *text,
                        gboolean      force)
{
  const char *current;

  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (shown != NULL);

  current = gtk_editable_get_text (editable);
  if (text == NULL)
    text = "";

  if (!force && g_strcmp0 (current, *shown != NULL ? *shown : "") != 0)
    return;

  if (g_strcmp0 (current, text) != 0)
    gtk_editable_set_text (editable, text);

  g_free (*shown);
  *shown = g_strdup (text);
}

void
hearth_field_set_error (GtkWidget  *field,
                        GtkWidget  *error_row,
                        GtkLabel   *error_label,
                        const char *hint,
                        const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (field));

  if (message != NULL)
    {
      gtk_label_set_label (error_label, message);
      gtk_widget_set_visible (error_row, TRUE);
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (field),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
      return;
    }

  gtk_label_set_label (error_label, "");
  gtk_widget_set_visible (error_row, FALSE);
  gtk_widget_remove_css_class (field, "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
  if (hint != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (field),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}
