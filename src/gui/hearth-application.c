/* hearth-application.c: the application: windows, app-wide actions, About,
 * and unsaved work offered back after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <glib/gi18n.h>
#include <glib-unix.h>

#include "hearth-application.h"
#include "hearth-preferences.h"
#include "hearth-recovery.h"
#include "hearth-window.h"

struct _HearthApplication
{
  AdwApplication parent_instance;

  /* Orphaned work is offered once, at the first window. */
  gboolean       recovery_offered;

  guint          sigterm_source;
  guint          sighup_source;
};

G_DEFINE_FINAL_TYPE (HearthApplication, hearth_application, ADW_TYPE_APPLICATION)

#define ORPHANS_KEY "hearth-orphans"

/* Recovery after a crash */

/* “23 November, 13:41”, with the year when it is not this year's. */
static char *
format_written (GDateTime *written)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (g_date_time_get_year (written) == g_date_time_get_year (now))
    /* Translators: when unsaved work was last copied, e.g. “23 November,
     * 13:41”; see the GLib reference of g_date_time_format() */
    return g_date_time_format (written, _("%-d %B, %H:%M"));
  else
    /* Translators: when unsaved work was last copied, e.g. “23 November
     * 2026, 13:41”; see the GLib reference of g_date_time_format() */
    return g_date_time_format (written, _("%-d %B %Y, %H:%M"));
}

static char *
dup_entry_name (HearthRecoveryEntry *entry)
{
  GFile *original = hearth_recovery_entry_get_original (entry);
  g_autofree char *basename = NULL;

  if (original == NULL)
    return g_strdup (_("New Assessment"));

  basename = g_file_get_basename (original);
  return g_filename_display_name (basename);
}

static GtkWidget *
create_orphans_list (GPtrArray *orphans)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  for (guint i = 0; i < orphans->len; i++)
    {
      HearthRecoveryEntry *entry = g_ptr_array_index (orphans, i);
      g_autofree char *name = dup_entry_name (entry);
      g_autofree char *when = format_written (hearth_recovery_entry_get_written (entry));
      GtkWidget *row;

      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", name,
                          "subtitle", when,
                          "use-markup", FALSE,
                          "activatable", FALSE,
                          NULL);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  return list;
}

static void
show_restore_error (HearthWindow        *window,
                    HearthRecoveryEntry *entry,
                    const GError        *error)
{
  g_autofree char *name = dup_entry_name (entry);
  g_autofree char *text = NULL;

  /* Translators: %s is a file name or “New Assessment”, then the reason */
  text = g_strdup_printf (_("Could not restore the unsaved work on “%s”: %s"),
                          name, error->message);
  hearth_window_show_error (window, text);
}

static void
restore_orphans (HearthApplication *self,
                 HearthWindow      *window,
                 GPtrArray         *orphans)
{
  for (guint i = 0; i < orphans->len; i++)
    {
      HearthRecoveryEntry *entry = g_ptr_array_index (orphans, i);
      g_autoptr(GError) error = NULL;
      HearthWindow *target = window;

      if (!hearth_window_is_blank (window))
        target = hearth_window_new (self);

      if (hearth_window_restore (target, entry, &error))
        {
          gtk_window_present (GTK_WINDOW (target));
          continue;
        }

      /* The copy stays where it is, to be tried again. */
      if (target != window)
        gtk_window_destroy (GTK_WINDOW (target));
      show_restore_error (window, entry, error);
    }
}

static void
recovery_response_cb (AdwMessageDialog  *dialog,
                      const char        *response,
                      HearthApplication *self)
{
  GPtrArray *orphans = g_object_get_data (G_OBJECT (dialog), ORPHANS_KEY);
  GtkWindow *window = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  /* Answered: a later close of the dialog is no second answer. */
  g_signal_handlers_disconnect_by_func (dialog, recovery_response_cb, self);

  if (g_str_equal (response, "restore") && HEARTH_IS_WINDOW (window))
    restore_orphans (self, HEARTH_WINDOW (window), orphans);
  else if (g_str_equal (response, "discard"))
    {
      for (guint i = 0; i < orphans->len; i++)
        hearth_recovery_discard (g_ptr_array_index (orphans, i));
    }

  /* Otherwise (closed): nothing is deleted; offered again next time. */
}

/* Work that a Hearth which is no longer running never saved: offer it
 * back. Nothing is deleted until the caseworker has chosen. */
static void
offer_recovery (HearthApplication *self,
                HearthWindow      *window)
{
  g_autoptr(GPtrArray) orphans = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;

  orphans = hearth_recovery_list_orphans ();
  if (orphans->len == 0)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                       _("Restore Unsaved Work?"),
                                                       NULL));
  adw_message_dialog_set_body (dialog,
                               _("Hearth closed before this work was saved. Restore it to carry on "
                                 "where you left off, or discard it for good."));

  list = create_orphans_list (orphans);
  adw_message_dialog_set_extra_child (dialog, list);

  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  /* Escape or closing the dialog chooses neither: ask again next time. */
  adw_message_dialog_set_close_response (dialog, "later");

  g_object_set_data_full (G_OBJECT (dialog), ORPHANS_KEY,
                          g_steal_pointer (&orphans), (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Quitting: each window with unsaved changes asks in turn */

typedef struct {
  HearthApplication *app;
  GPtrArray         *windows;   /* HearthWindow still to close */
} QuitData;

static void
quit_data_free (QuitData *data)
{
  g_object_unref (data->app);
  g_ptr_array_unref (data->windows);
  g_free (data);
}

static void close_next_window (QuitData *data);

static void
window_closed_for_quit_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  QuitData *data = user_data;

  /* Cancelled: stop quitting, leave the rest open. */
  if (!hearth_window_close_finish (HEARTH_WINDOW (object), result, NULL))
    {
      quit_data_free (data);
      return;
    }

  close_next_window (data);
}

static void
close_next_window (QuitData *data)
{
  while (data->windows->len > 0)
    {
      g_autoptr(HearthWindow) window = g_ptr_array_steal_index (data->windows, 0);

      /* Closed meanwhile. */
      if (gtk_window_get_application (GTK_WINDOW (window)) == NULL)
        continue;

      hearth_window_close_async (window, NULL, window_closed_for_quit_cb, data);
      return;
    }

  g_application_quit (G_APPLICATION (data->app));
  quit_data_free (data);
}

/* Asked to stop (log out, shut down, kill): every window's unsaved work
 * goes to its recovery copy now, rather than up to an autosave interval
 * ago, and is offered at the next start. */
static gboolean
terminate_cb (gpointer user_data)
{
  HearthApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    {
      /* Destroyed without a choice made, a window keeps its copy. */
      if (HEARTH_IS_WINDOW (l->data))
        gtk_window_destroy (GTK_WINDOW (l->data));
    }

  g_application_quit (G_APPLICATION (self));

  return G_SOURCE_CONTINUE;
}

/* Actions */

static void
hearth_application_about_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  HearthApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwAboutWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "application-name", _("Hearth"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Hearth contributors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Sketch a family’s home, work out room areas and flag crowding hazards for children’s social work in England.\n\n"
                                      "Hearth supports professional judgement; it does not replace it, nor an HHSRS inspection by the local housing authority."),
                        "transient-for", parent,
                        "modal", parent != NULL,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* One Preferences window at a time: asked again, it comes to the front. */
static void
hearth_application_preferences_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  HearthApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  HearthPreferences *preferences;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (HEARTH_IS_PREFERENCES (l->data))
        {
          gtk_window_present (GTK_WINDOW (l->data));
          return;
        }
    }

  preferences = hearth_preferences_new (parent);
  gtk_window_set_application (GTK_WINDOW (preferences), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
hearth_application_quit_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  HearthApplication *self = user_data;
  QuitData *data = g_new0 (QuitData, 1);

  data->app = g_object_ref (self);
  data->windows = g_ptr_array_new_with_free_func (g_object_unref);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (HEARTH_IS_WINDOW (l->data))
        g_ptr_array_add (data->windows, g_object_ref (l->data));
    }

  close_next_window (data);
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = hearth_application_about_action },
  { .name = "preferences", .activate = hearth_application_preferences_action },
  { .name = "quit", .activate = hearth_application_quit_action },
};

/* GApplication overrides */

static void
hearth_application_startup (GApplication *app)
{
  HearthApplication *self = HEARTH_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (hearth_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);

  self->sigterm_source = g_unix_signal_add (SIGTERM, terminate_cb, self);
  self->sighup_source = g_unix_signal_add (SIGHUP, terminate_cb, self);
}

static void
hearth_application_shutdown (GApplication *app)
{
  HearthApplication *self = HEARTH_APPLICATION (app);

  g_clear_handle_id (&self->sigterm_source, g_source_remove);
  g_clear_handle_id (&self->sighup_source, g_source_remove);

  G_APPLICATION_CLASS (hearth_application_parent_class)->shutdown (app);
}

static void
hearth_application_activate (GApplication *app)
{
  HearthApplication *self = HEARTH_APPLICATION (app);
  g_autoptr(HearthDocument) document = NULL;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));
  HearthWindow *window;

  if (active != NULL)
    {
      gtk_window_present (active);
      return;
    }

  /* Ready to draw straight away, like a new document in an editor. */
  document = hearth_document_new ();
  window = hearth_window_new_for_document (self, document);
  gtk_window_present (GTK_WINDOW (window));

  offer_recovery (self, window);
}

static void
hearth_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  HearthApplication *self = HEARTH_APPLICATION (app);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));
  HearthWindow *window = NULL;

  for (int i = 0; i < n_files; i++)
    {
      HearthWindow *target;
      HearthWindow *shown;

      if (i == 0 && HEARTH_IS_WINDOW (active) && hearth_window_is_blank (HEARTH_WINDOW (active)))
        target = HEARTH_WINDOW (active);
      else
        target = hearth_window_new (self);

      /* Each file gets its own window, so that one that fails to open
       * shows why on its own; one open already is shown where it is. */
      shown = hearth_window_present_file (target, files[i]);
      if (shown != target && GTK_WINDOW (target) != active)
        gtk_window_destroy (GTK_WINDOW (target));

      window = shown;
    }

  if (window != NULL)
    offer_recovery (self, window);
}

/* Class */

static void
hearth_application_class_init (HearthApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = hearth_application_startup;
  app_class->shutdown = hearth_application_shutdown;
  app_class->activate = hearth_application_activate;
  app_class->open = hearth_application_open;
}

static void
hearth_application_init (HearthApplication *self)
{
}

/* Public API */

HearthApplication *
hearth_application_new (void)
{
  return g_object_new (HEARTH_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       /* The same resources for the development build, whose
                        * app id (and so default base path) differs. */
                       "resource-base-path", "/io/github/hearthapp/Hearth",
                       NULL);
}
