/* hearth-application.c: the application: windows, app-wide actions, About
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-application.h"
#include "hearth-window.h"

struct _HearthApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthApplication, hearth_application, ADW_TYPE_APPLICATION)

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

static void
hearth_application_quit_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = hearth_application_about_action },
  { .name = "quit", .activate = hearth_application_quit_action },
};

/* GApplication overrides */

static void
hearth_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (hearth_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
}

static void
hearth_application_activate (GApplication *app)
{
  HearthWindow *window;

  window = hearth_window_new (HEARTH_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
}

static void
hearth_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      HearthWindow *window = hearth_window_new (HEARTH_APPLICATION (app));

      hearth_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

/* Class */

static void
hearth_application_class_init (HearthApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = hearth_application_startup;
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
