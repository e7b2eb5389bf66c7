/* hearth-window.c: a window editing one assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sections: the instance, the assessment view (read-only rooms and
 * findings until the canvas takes its place), titles and errors, recent
 * files, recovery copies, opening and saving, closing, callbacks, actions,
 * GObject, class, public API.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hearth-canvas.h"
#include "hearth-export.h"
#include "hearth-case-panel.h"
#include "hearth-file.h"
#include "hearth-findings-panel.h"
#include "hearth-floor-bar.h"
#include "hearth-help.h"
#include "hearth-hazards-panel.h"
#include "hearth-household-panel.h"
#include "hearth-gui-resources.h"
#include "hearth-recovery.h"
#include "hearth-room-list.h"
#include "hearth-room-panel.h"
#include "hearth-sharing-panel.h"
#include "hearth-rules.h"
#include "hearth-units.h"
#include "hearth-window.h"

#define DEFAULT_AUTOSAVE_INTERVAL 30
#define MIN_AUTOSAVE_INTERVAL     5
#define MAX_AUTOSAVE_INTERVAL     3600

/* How Hearth is named in the recently used files, and how many of them
 * the menu lists. */
#define RECENT_APP_NAME "Hearth"
#define RECENT_APP_EXEC "hearth %u"
#define MAX_RECENT      5

struct _HearthWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkButton            *undo_button;
  GtkButton            *redo_button;
  GtkRevealer          *error_banner;
  GtkLabel             *error_banner_label;
  GtkStack             *stack;
  AdwStatusPage        *error_page;
  HearthCanvas         *canvas;
  HearthFloorBar       *floor_bar;
  HearthRoomPanel      *room_panel;
  HearthRoomList       *room_list;
  AdwViewStack         *sidebar_stack;
  GtkToggleButton      *select_tool_button;
  GtkToggleButton      *rectangle_tool_button;
  GtkToggleButton      *polygon_tool_button;
  GtkToggleButton      *low_ceiling_button;
  HearthHouseholdPanel *household_panel;
  HearthFindingsPanel  *findings_panel;
  HearthHazardsPanel   *hazards_panel;
  HearthSharingPanel   *sharing_panel;
  HearthCasePanel      *case_panel;
  GMenu                *recent_section;
  GMenu                *edit_section;

  /* What is shown */
  HearthDocument       *document;           /* NULL until one is shown */
  GFile                *failed_file;        /* the file on the error page */
  HearthRuleOptions     options;
  char                 *error_message;
  GSettings            *settings;           /* NULL without the schema */

  /* Recovery copy of unsaved work */
  char                 *session_id;
  guint                 autosave_source;
  gboolean              recovery_written;   /* the copy exists */
  gboolean              unsaved_since_copy; /* edits the copy lacks */
  gboolean              restored;           /* restored work, not saved yet */

  /* Files and closing */
  GtkFileChooserNative *open_chooser;
  AdwMessageDialog     *save_changes_dialog;
  GPtrArray            *close_tasks;        /* GTask waiting for the answer */
  gboolean              closing;            /* the user chose: let it close */
};

G_DEFINE_FINAL_TYPE (HearthWindow, hearth_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_DOCUMENT,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static void schedule_autosave (HearthWindow *self);

static HearthAssessment *
get_assessment (HearthWindow *self)
{
  return self->document != NULL ? hearth_document_get_assessment (self->document) : NULL;
}

static HearthUndoStack *
get_undo_stack (HearthWindow *self)
{
  return self->document != NULL ? hearth_document_get_undo_stack (self->document) : NULL;
}

/* The assessment view: the panels follow the document themselves; the
 * window outlines on the plan the rooms the findings panel names. */

/* Rooms with a breach, hazard or advisory get their most severe one's
 * colour as an outline on the plan. */
static void
update_flagged_rooms (HearthWindow *self,
                      GPtrArray    *findings)
{
  g_autoptr(GHashTable) flagged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const HearthFinding *finding = g_ptr_array_index (findings, i);

      if (finding->severity > HEARTH_SEVERITY_ADVISORY ||
          g_str_equal (finding->rule, "upcoming-change"))
        continue;

      for (guint j = 0; finding->rooms[j] != NULL; j++)
        {
          gpointer old = g_hash_table_lookup (flagged, finding->rooms[j]);

          /* Findings come most severe first: keep the first. */
          if (old == NULL)
            g_hash_table_insert (flagged, g_strdup (finding->rooms[j]),
                                 GINT_TO_POINTER (finding->severity + 1));
        }
    }

  hearth_canvas_set_flagged (self->canvas, flagged);
}

static void
findings_changed_cb (HearthWindow        *self,
                     HearthFindingsPanel *panel)
{
  /* The panel lets go of the document as the window is disposed. */
  if (self->canvas == NULL)
    return;

  update_flagged_rooms (self, hearth_findings_panel_get_findings (panel));
}

/* Titles and errors */

/* Menu labels take “_” as a mnemonic: keep a file or room name's own. */
static char *
escape_mnemonics (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static char *
dup_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    return g_filename_display_basename (path);
  else
    {
      g_autofree char *basename = g_file_get_basename (file);

      return g_filename_display_name (basename);
    }
}

/* Like GNOME Text Editor, a bullet before the name marks unsaved changes;
 * the address, if recorded, is the subtitle. */
static void
update_title (HearthWindow *self)
{
  g_autofree char *title = NULL;
  const char *subtitle = NULL;

  if (self->document != NULL)
    {
      const char *name = hearth_document_get_title (self->document);
      const char *address = hearth_assessment_get_address (get_assessment (self));

      if (hearth_window_get_modified (self))
        /* Translators: the title of a window whose assessment has unsaved
         * changes; %s is the file name, or “New Assessment” */
        title = g_strdup_printf (_("• %s"), name);
      else
        title = g_strdup (name);

      if (address != NULL && *address != '\0')
        subtitle = address;
    }
  else if (self->failed_file != NULL)
    title = dup_display_name (self->failed_file);
  else
    title = g_strdup (_("Hearth"));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
set_error_message (HearthWindow *self,
                   const char   *message)
{
  if (g_strcmp0 (self->error_message, message) == 0)
    return;

  g_free (self->error_message);
  self->error_message = g_strdup (message);
}

static void
hide_error_banner (HearthWindow *self)
{
  gtk_revealer_set_reveal_child (self->error_banner, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-error", FALSE);
}

static void
show_error_banner (HearthWindow *self,
                   const char   *text)
{
  gtk_label_set_label (self->error_banner_label, text);
  gtk_revealer_set_reveal_child (self->error_banner, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-error", TRUE);
}

/* A failed open never takes away an assessment already on screen: the
 * reason goes in a banner above it (a toast would cut a long message
 * short), until dismissed. With nothing on screen, the error page shows
 * it. Either way the whole message, with its line number, is shown. */
static void
show_open_error (HearthWindow *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *file_name = dup_display_name (file);

  set_error_message (self, error->message);

  if (self->document != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: the first %s is a file name, the second the reason,
       * e.g. “Could not open “a.hearth”: line 3: …” */
      text = g_strdup_printf (_("Could not open “%s”: %s"), file_name, error->message);
      show_error_banner (self, text);
    }
  else
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      g_set_object (&self->failed_file, file);
      adw_status_page_set_description (self->error_page, markup);
      update_title (self);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
}

static void
show_save_error (HearthWindow *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *file_name = dup_display_name (file);
  g_autofree char *text = NULL;

  set_error_message (self, error->message);

  /* Translators: the first %s is a file name, the second the reason */
  text = g_strdup_printf (_("Could not save “%s”: %s"), file_name, error->message);
  show_error_banner (self, text);
}

/* Undo and Redo, in the menu as “Undo Move Bedroom 2” and on the buttons'
 * tooltips. */
static void
update_undo_actions (HearthWindow *self)
{
  HearthUndoStack *stack = get_undo_stack (self);
  const char *undo = stack != NULL ? hearth_undo_stack_get_undo_label (stack) : NULL;
  const char *redo = stack != NULL ? hearth_undo_stack_get_redo_label (stack) : NULL;
  g_autofree char *undo_item = NULL;
  g_autofree char *redo_item = NULL;
  g_autofree char *undo_tooltip = NULL;
  g_autofree char *redo_tooltip = NULL;
  g_autoptr(GMenuItem) item = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 stack != NULL && hearth_undo_stack_get_can_undo (stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 stack != NULL && hearth_undo_stack_get_can_redo (stack));

  if (undo != NULL)
    {
      g_autofree char *escaped = escape_mnemonics (undo);

      /* Translators: a menu item; %s is the edit, e.g. “Move Bedroom 2” */
      undo_item = g_strdup_printf (_("_Undo %s"), escaped);
      /* Translators: a tooltip; %s is the edit, e.g. “Move Bedroom 2” */
      undo_tooltip = g_strdup_printf (_("Undo %s (Ctrl+Z)"), undo);
    }
  else
    {
      undo_item = g_strdup (_("_Undo"));
      undo_tooltip = g_strdup (_("Undo (Ctrl+Z)"));
    }

  if (redo != NULL)
    {
      g_autofree char *escaped = escape_mnemonics (redo);

      /* Translators: a menu item; %s is the edit, e.g. “Move Bedroom 2” */
      redo_item = g_strdup_printf (_("_Redo %s"), escaped);
      /* Translators: a tooltip; %s is the edit, e.g. “Move Bedroom 2” */
      redo_tooltip = g_strdup_printf (_("Redo %s (Ctrl+Shift+Z)"), redo);
    }
  else
    {
      redo_item = g_strdup (_("_Redo"));
      redo_tooltip = g_strdup (_("Redo (Ctrl+Shift+Z)"));
    }

  g_menu_remove_all (self->edit_section);

  item = g_menu_item_new (undo_item, "win.undo");
  g_menu_item_set_attribute (item, "accel", "s", "<Control>z");
  g_menu_append_item (self->edit_section, item);
  g_clear_object (&item);

  item = g_menu_item_new (redo_item, "win.redo");
  g_menu_item_set_attribute (item, "accel", "s", "<Control><Shift>z");
  g_menu_append_item (self->edit_section, item);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tooltip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tooltip);
}

static void
update_actions (HearthWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", self->document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", self->document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", self->document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", self->document != NULL);
  update_undo_actions (self);
}

/* Recent files */

static void
add_to_recent (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *mime_type = NULL;
  GtkRecentData data = { 0 };

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_content_type (info) != NULL)
    mime_type = g_content_type_get_mime_type (g_file_info_get_content_type (info));

  data.mime_type = mime_type != NULL ? mime_type : (char *) "application/xml";
  data.app_name = (char *) RECENT_APP_NAME;
  data.app_exec = (char *) RECENT_APP_EXEC;

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static int
compare_recent_newest_first (gconstpointer a,
                             gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

/* “Open Recent”: the last few files Hearth opened or saved. */
static void
update_recent_menu (HearthWindow *self)
{
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  g_autoptr(GMenu) submenu = g_menu_new ();
  GList *items;
  guint n = 0;

  items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (gtk_recent_info_has_application (info, RECENT_APP_NAME))
        g_ptr_array_add (infos, info);
      else
        gtk_recent_info_unref (info);
    }
  g_list_free (items);

  g_ptr_array_sort (infos, compare_recent_newest_first);

  for (guint i = 0; i < infos->len && n < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (infos, i);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (!gtk_recent_info_exists (info))
        continue;

      label = escape_mnemonics (gtk_recent_info_get_display_name (info));
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (submenu, item);
      n++;
    }

  g_menu_remove_all (self->recent_section);
  if (n > 0)
    g_menu_append_submenu (self->recent_section, _("Open _Recent"), G_MENU_MODEL (submenu));
}

/* Recovery copies
 *
 * While the work is unsaved, a copy is written "autosave-interval" seconds
 * after the first unsaved edit, and again at most that often while edits
 * go on. It is removed when the work is saved, undone back to what is
 * saved, or discarded when closing. A window destroyed any other way
 * leaves its copy, to be offered at the next start.
 */

static guint
get_autosave_interval (HearthWindow *self)
{
  guint interval = DEFAULT_AUTOSAVE_INTERVAL;

  if (self->settings != NULL)
    interval = g_settings_get_uint (self->settings, "autosave-interval");

  return CLAMP (interval, MIN_AUTOSAVE_INTERVAL, MAX_AUTOSAVE_INTERVAL);
}

static void
write_recovery (HearthWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->document == NULL || !hearth_window_get_modified (self))
    return;
  if (self->recovery_written && !self->unsaved_since_copy)
    return;

  if (!hearth_recovery_write (get_assessment (self),
                              hearth_document_get_file (self->document),
                              self->session_id, &error))
    {
      /* Half-way through an edit the plan may not be one Hearth can open
       * again; the copy before it stays, and the next edit tries again.
       * Anything else leaves the work unprotected. */
      if (error->domain == HEARTH_FILE_ERROR)
        g_debug ("Recovery copy not written yet: %s", error->message);
      else
        g_warning ("Could not write a recovery copy of unsaved work: %s", error->message);
      return;
    }

  self->recovery_written = TRUE;
  self->unsaved_since_copy = FALSE;
}

static gboolean
autosave_cb (gpointer user_data)
{
  HearthWindow *self = user_data;

  self->autosave_source = 0;
  write_recovery (self);

  /* Failed: try again after another interval. */
  if (self->unsaved_since_copy || !self->recovery_written)
    schedule_autosave (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (HearthWindow *self)
{
  if (self->autosave_source != 0 || self->closing)
    return;
  if (self->document == NULL || !hearth_window_get_modified (self))
    return;
  if (self->recovery_written && !self->unsaved_since_copy)
    return;

  self->autosave_source = g_timeout_add_seconds (get_autosave_interval (self), autosave_cb, self);
  g_source_set_name_by_id (self->autosave_source, "[hearth] autosave");
}

/* The work is saved or thrown away: no copy is needed. */
static void
forget_recovery (HearthWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->session_id != NULL)
    hearth_recovery_remove (self->session_id);

  self->recovery_written = FALSE;
  self->unsaved_since_copy = FALSE;
}

/* Opening and saving */

static void selected_room_cb           (HearthWindow    *self,
                                        GParamSpec      *pspec,
                                        HearthDocument  *document);
static void document_changed_cb        (HearthWindow    *self,
                                        HearthDocument  *document);
static void document_modified_cb       (HearthWindow    *self,
                                        GParamSpec      *pspec,
                                        HearthDocument  *document);
static void document_title_cb          (HearthWindow    *self,
                                        GParamSpec      *pspec,
                                        HearthDocument  *document);
static void undo_stack_notify_cb       (HearthWindow    *self,
                                        GParamSpec      *pspec,
                                        HearthUndoStack *stack);

/* Shows @document. @session_id carries on a recovery copy (restored
 * work, @restored TRUE); NULL starts a new one. */
static void
set_document_full (HearthWindow   *self,
                   HearthDocument *document,
                   const char     *session_id,
                   gboolean        restored)
{
  gboolean was_modified = hearth_window_get_modified (self);

  if (document == self->document && session_id == NULL)
    return;

  if (self->document != NULL)
    {
      /* Replaced while unsaved: its copy stays, to be offered later. */
      if (was_modified)
        write_recovery (self);
      else
        forget_recovery (self);

      g_signal_handlers_disconnect_by_data (get_undo_stack (self), self);
      g_signal_handlers_disconnect_by_data (self->document, self);
    }

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_set_object (&self->document, document);
  g_clear_object (&self->failed_file);

  g_free (self->session_id);
  self->session_id = session_id != NULL ? g_strdup (session_id) : hearth_recovery_new_session_id ();
  self->recovery_written = restored;
  self->unsaved_since_copy = FALSE;
  self->restored = restored;

  g_signal_connect_object (document, "changed",
                           G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified",
                           G_CALLBACK (document_modified_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::title",
                           G_CALLBACK (document_title_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (get_undo_stack (self), "notify",
                           G_CALLBACK (undo_stack_notify_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (document, "notify::selected-room",
                           G_CALLBACK (selected_room_cb), self, G_CONNECT_SWAPPED);
  hearth_canvas_set_document (self->canvas, document);
  hearth_floor_bar_set_document (self->floor_bar, document);
  hearth_room_panel_set_document (self->room_panel, document);
  hearth_room_list_set_document (self->room_list, document);
  hearth_household_panel_set_document (self->household_panel, document);
  hearth_findings_panel_set_document (self->findings_panel, document);
  hearth_hazards_panel_set_document (self->hazards_panel, document);
  hearth_sharing_panel_set_document (self->sharing_panel, document);
  hearth_case_panel_set_document (self->case_panel, document);

  set_error_message (self, NULL);
  hide_error_banner (self);
  update_title (self);
  update_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "assessment");
  /* What a caseworker opening an assessment wants first: what it found. */
  adw_view_stack_set_visible_child_name (self->sidebar_stack, "findings");

  schedule_autosave (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
  if (was_modified != hearth_window_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static gboolean
shows_file (HearthWindow *self,
            GFile        *file)
{
  GFile *shown = self->document != NULL ? hearth_document_get_file (self->document) : NULL;

  return shown != NULL && g_file_equal (shown, file);
}

static void
add_file_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) assessments = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  /* Translators: a file type in the Open and Save dialogs */
  gtk_file_filter_set_name (assessments, _("Hearth assessments"));
  gtk_file_filter_add_suffix (assessments, "hearth");
  gtk_file_chooser_add_filter (chooser, assessments);

  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);

  gtk_file_chooser_set_filter (chooser, assessments);
}

static void
set_chooser_folder (HearthWindow   *self,
                    GtkFileChooser *chooser)
{
  GFile *file = self->document != NULL ? hearth_document_get_file (self->document) : NULL;
  g_autoptr(GFile) folder = file != NULL ? g_file_get_parent (file) : NULL;

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/* "<case reference>.hearth", or "New Assessment.hearth"; the current name
 * when there is one. */
static char *
dup_suggested_name (HearthWindow *self)
{
  GFile *file = hearth_document_get_file (self->document);
  const char *reference = hearth_assessment_get_reference (get_assessment (self));
  g_autofree char *name = NULL;

  if (file != NULL)
    return dup_display_name (file);

  if (reference != NULL && *reference != '\0')
    name = g_strdup (reference);
  else
    name = g_strdup (_("New Assessment"));

  /* Not a path: “CIN/2026/0417” becomes “CIN-2026-0417”. */
  g_strdelimit (name, "/\\", '-');

  return g_strconcat (g_strstrip (name), ".hearth", NULL);
}

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GTask           *task)
{
  HearthWindow *self = g_task_get_source_object (task);
  gboolean saved = FALSE;

  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        saved = hearth_window_save (self, file, NULL);
    }

  gtk_native_dialog_destroy (chooser);
  g_task_return_boolean (task, saved);
  g_object_unref (task);
}

/* Asks where to save, then saves there; the result says whether it did. */
static void
save_as_async (HearthWindow        *self,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  GTask *task = g_task_new (self, NULL, callback, user_data);
  g_autoptr(GtkFileChooserNative) chooser = NULL;
  g_autofree char *name = NULL;

  g_task_set_source_tag (task, save_as_async);

  chooser = gtk_file_chooser_native_new (_("Save Assessment"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_file_filters (GTK_FILE_CHOOSER (chooser));
  set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));

  name = dup_suggested_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  /* The task keeps the chooser until it answers. */
  g_task_set_task_data (task, g_object_ref (chooser), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
save_as_finish (HearthWindow *self,
                GAsyncResult *result)
{
  return g_task_propagate_boolean (G_TASK (result), NULL);
}

static void
open_response_cb (HearthWindow    *self,
                  int              response,
                  GtkNativeDialog *chooser)
{
  g_autoptr(GtkFileChooserNative) owned = g_steal_pointer (&self->open_chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        hearth_window_present_file (self, file);
    }

  gtk_native_dialog_destroy (chooser);
}

/* Closing */

static void
finish_close_tasks (HearthWindow *self,
                    gboolean      closed)
{
  g_autoptr(GPtrArray) tasks = g_steal_pointer (&self->close_tasks);

  if (tasks == NULL)
    return;

  self->close_tasks = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < tasks->len; i++)
    g_task_return_boolean (g_ptr_array_index (tasks, i), closed);
}

static void
close_now (HearthWindow *self)
{
  self->closing = TRUE;
  forget_recovery (self);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_as_then_close_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  /* Cancelled or failed (the banner says why): the work stays open. */
  if (!save_as_finish (self, result))
    {
      finish_close_tasks (self, FALSE);
      return;
    }

  finish_close_tasks (self, TRUE);
  close_now (self);
}

static void
save_changes_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          HearthWindow     *self)
{
  /* Answered: a later close of the dialog is no second answer. */
  g_signal_handlers_disconnect_by_func (dialog, save_changes_response_cb, self);
  g_clear_weak_pointer (&self->save_changes_dialog);

  if (g_str_equal (response, "discard"))
    {
      finish_close_tasks (self, TRUE);
      close_now (self);
    }
  else if (g_str_equal (response, "save"))
    {
      if (self->document != NULL && hearth_document_get_file (self->document) == NULL)
        save_as_async (self, save_as_then_close_cb, NULL);
      else if (self->document != NULL && hearth_window_save (self, NULL, NULL))
        {
          finish_close_tasks (self, TRUE);
          close_now (self);
        }
      else
        finish_close_tasks (self, FALSE);
    }
  else
    finish_close_tasks (self, FALSE);
}

static void
show_save_changes_dialog (HearthWindow *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  /* Translators: %s is the file name, or “New Assessment” */
                                  _("“%s” has unsaved changes. If you close without saving, they are lost."),
                                  hearth_document_get_title (self->document));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (save_changes_response_cb), self, 0);
  g_set_weak_pointer (&self->save_changes_dialog, dialog);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Callbacks */

static void
document_changed_cb (HearthWindow   *self,
                     HearthDocument *document)
{
  self->unsaved_since_copy = TRUE;

  update_title (self);
  schedule_autosave (self);
}

static void
document_modified_cb (HearthWindow   *self,
                      GParamSpec     *pspec,
                      HearthDocument *document)
{
  /* Back at what is saved (undone, or just saved): no copy needed. */
  if (!hearth_window_get_modified (self))
    forget_recovery (self);
  else
    schedule_autosave (self);

  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
document_title_cb (HearthWindow   *self,
                   GParamSpec     *pspec,
                   HearthDocument *document)
{
  update_title (self);
}

static void
undo_stack_notify_cb (HearthWindow    *self,
                      GParamSpec      *pspec,
                      HearthUndoStack *stack)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "can-undo") || g_str_equal (name, "can-redo") ||
      g_str_equal (name, "undo-label") || g_str_equal (name, "redo-label"))
    update_undo_actions (self);
}

static void
autosave_interval_changed_cb (HearthWindow *self,
                              const char   *key,
                              GSettings    *settings)
{
  /* A copy already waiting is rescheduled with the new interval. */
  if (self->autosave_source != 0)
    {
      g_clear_handle_id (&self->autosave_source, g_source_remove);
      schedule_autosave (self);
    }
}

/* The readings of unclear law (hearth-rules.h) follow the settings live:
 * the panels and the plan's outlines are worked out again at once. */
static void
read_rule_options (HearthWindow *self)
{
  g_autofree char *headroom = g_settings_get_string (self->settings, "headroom-rule");
  g_autofree char *pairing = g_settings_get_string (self->settings, "bedroom-pairing");

  hearth_rule_options_init (&self->options);
  if (g_str_equal (headroom, "at-most-5ft"))
    self->options.headroom_rule = HEARTH_HEADROOM_RULE_AT_MOST_1524;
  self->options.kitchens_count = g_settings_get_boolean (self->settings, "kitchens-count");
  self->options.small_rooms_count = g_settings_get_boolean (self->settings, "small-rooms-count");
  if (g_str_equal (pairing, "sequential"))
    self->options.pairing = HEARTH_PAIRING_SEQUENTIAL;
}

static void
rule_setting_changed_cb (HearthWindow *self,
                         const char   *key,
                         GSettings    *settings)
{
  read_rule_options (self);
  hearth_findings_panel_set_rule_options (self->findings_panel, &self->options);
  hearth_hazards_panel_set_rule_options (self->hazards_panel, &self->options);
}

static void
recent_changed_cb (HearthWindow     *self,
                   GtkRecentManager *manager)
{
  update_recent_menu (self);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         HearthWindow  *self)
{
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));
      gboolean any = files != NULL;

      for (GSList *l = files; l != NULL; l = l->next)
        hearth_window_present_file (self, l->data);
      g_slist_free (files);

      return any;
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE) && g_value_get_object (value) != NULL)
    {
      hearth_window_present_file (self, g_value_get_object (value));
      return TRUE;
    }

  return FALSE;
}

/* Actions */

/* The plan */

static void
canvas_problem_cb (HearthWindow *self,
                   const char   *message,
                   HearthCanvas *canvas)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A room or floor was deleted: say so, with Undo at hand. */
static void
deleted_cb (HearthWindow *self,
            const char   *name,
            GtkWidget    *source)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: a toast after deleting a room or floor, "Deleted Bedroom 2" */
  title = g_strdup_printf (_("Deleted %s"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A room picked on the plan shows its details; one picked in the room
 * list leaves the list in view, so keyboard users stay where they are. */
static void
selected_room_cb (HearthWindow   *self,
                  GParamSpec     *pspec,
                  HearthDocument *document)
{
  gboolean selected = hearth_document_get_selected_room (document) != NULL;

  /* Low ceilings are drawn inside the selected room. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->low_ceiling_button), selected);
  if (!selected)
    gtk_toggle_button_set_active (self->low_ceiling_button, FALSE);

  if (hearth_document_get_selected_room (document) != NULL &&
      gtk_widget_has_focus (GTK_WIDGET (self->canvas)))
    adw_view_stack_set_visible_child_name (self->sidebar_stack, "room");
}

static void
canvas_tool_cb (HearthWindow *self,
                GParamSpec   *pspec,
                HearthCanvas *canvas)
{
  HearthCanvasTool tool = hearth_canvas_get_tool (canvas);

  gtk_toggle_button_set_active (self->select_tool_button, tool == HEARTH_CANVAS_TOOL_SELECT);
  gtk_toggle_button_set_active (self->rectangle_tool_button, tool == HEARTH_CANVAS_TOOL_RECTANGLE);
  gtk_toggle_button_set_active (self->polygon_tool_button, tool == HEARTH_CANVAS_TOOL_POLYGON);
}

/* "Show on Plan" from a finding: select its first room, which brings up
 * its floor, and frame every room of it on that floor. */
static void
show_rooms_cb (HearthWindow        *self,
               GStrv                room_ids,
               HearthFindingsPanel *panel)
{
  HearthAssessment *assessment = get_assessment (self);
  HearthFloor *floor = NULL;
  HearthRoom *first = NULL;
  gint64 min_x = 0, min_y = 0, max_x = 0, max_y = 0;
  gboolean any = FALSE;

  if (assessment == NULL || room_ids == NULL || room_ids[0] == NULL)
    return;

  first = hearth_assessment_find_room (assessment, room_ids[0], &floor);
  if (first == NULL)
    return;
  hearth_document_set_selected_room (self->document, first);

  for (guint i = 0; room_ids[i] != NULL; i++)
    {
      HearthFloor *room_floor = NULL;
      HearthRoom *room = hearth_assessment_find_room (assessment, room_ids[i], &room_floor);
      gint64 x0, y0, x1, y1;

      if (room == NULL || room_floor != floor)
        continue;

      hearth_polygon_get_bounds (hearth_room_get_polygon (room), &x0, &y0, &x1, &y1);
      min_x = any ? MIN (min_x, x0) : x0;
      min_y = any ? MIN (min_y, y0) : y0;
      max_x = any ? MAX (max_x, x1) : x1;
      max_y = any ? MAX (max_y, y1) : y1;
      any = TRUE;
    }

  /* Frame them with room around, so their neighbours stay in view. */
  {
    double w = gtk_widget_get_width (GTK_WIDGET (self->canvas));
    double h = gtk_widget_get_height (GTK_WIDGET (self->canvas));

    hearth_viewport_fit (hearth_canvas_get_viewport (self->canvas), min_x, min_y, max_x, max_y,
                         MAX (64.0, MIN (w, h) / 4.0));
  }
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

/* Turning low ceilings on picks a drawing tool, if none is. */
static void
low_ceiling_toggled_cb (HearthWindow    *self,
                        GtkToggleButton *button)
{
  if (gtk_toggle_button_get_active (button) &&
      hearth_canvas_get_tool (self->canvas) == HEARTH_CANVAS_TOOL_SELECT)
    hearth_canvas_set_tool (self->canvas, HEARTH_CANVAS_TOOL_RECTANGLE);
}

static void
hearth_window_tool_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  HearthCanvasTool tool;

  if (g_str_equal (name, "rectangle"))
    tool = HEARTH_CANVAS_TOOL_RECTANGLE;
  else if (g_str_equal (name, "polygon"))
    tool = HEARTH_CANVAS_TOOL_POLYGON;
  else
    tool = HEARTH_CANVAS_TOOL_SELECT;

  hearth_canvas_set_tool (self->canvas, tool);
  /* A toggle clicked while already active would turn itself off. */
  canvas_tool_cb (self, NULL, self->canvas);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
hearth_window_zoom_fit_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  hearth_canvas_zoom_fit (HEARTH_WINDOW (widget)->canvas);
}

static void
hearth_window_help_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  hearth_help_show (widget, NULL);
}

static void
hearth_window_export_pdf_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->document != NULL)
    hearth_export_pdf_run (GTK_WINDOW (self), self->document);
}

static void
hearth_window_print_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->document != NULL)
    hearth_export_print_run (GTK_WINDOW (self), self->document);
}

static void
hearth_window_new_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  g_autoptr(HearthDocument) document = hearth_document_new ();
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  HearthWindow *window;

  /* A window showing nothing takes it; otherwise it gets its own. */
  if (self->document == NULL || app == NULL)
    {
      hearth_window_set_document (self, document);
      return;
    }

  window = hearth_window_new_for_document (HEARTH_APPLICATION (app), document);
  gtk_window_present (GTK_WINDOW (window));
}

static void
hearth_window_open_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  g_autoptr(GtkFileChooserNative) chooser = NULL;

  if (self->open_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->open_chooser));
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Open Assessment"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_file_filters (GTK_FILE_CHOOSER (chooser));
  set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));

  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (open_response_cb), self, G_CONNECT_SWAPPED);
  self->open_chooser = g_steal_pointer (&chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->open_chooser));
}

static void
hearth_window_open_recent_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  hearth_window_present_file (self, file);
}

static void
hearth_window_save_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->document == NULL)
    return;

  if (hearth_document_get_file (self->document) == NULL)
    save_as_async (self, NULL, NULL);
  else
    hearth_window_save (self, NULL, NULL);
}

static void
hearth_window_save_as_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->document != NULL)
    save_as_async (self, NULL, NULL);
}

static void
hearth_window_undo_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  HearthUndoStack *stack = get_undo_stack (HEARTH_WINDOW (widget));

  if (stack != NULL)
    hearth_undo_stack_undo (stack);
}

static void
hearth_window_redo_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  HearthUndoStack *stack = get_undo_stack (HEARTH_WINDOW (widget));

  if (stack != NULL)
    hearth_undo_stack_redo (stack);
}

static void
hearth_window_dismiss_error_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  hide_error_banner (self);
  set_error_message (self, NULL);
}

/* GtkWindow overrides */

/* Unsaved changes: ask first, and stay open while asking. */
static gboolean
hearth_window_close_request (GtkWindow *window)
{
  HearthWindow *self = HEARTH_WINDOW (window);

  if (self->closing || !hearth_window_get_modified (self))
    {
      self->closing = TRUE;
      forget_recovery (self);

      if (GTK_WINDOW_CLASS (hearth_window_parent_class)->close_request != NULL)
        return GTK_WINDOW_CLASS (hearth_window_parent_class)->close_request (window);
      return FALSE;
    }

  hearth_window_close_async (self, NULL, NULL, NULL);
  return TRUE;
}

/* GObject overrides */

static void
hearth_window_dispose (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  /* Destroyed without the caseworker choosing (the session ended, a
   * test): the unsaved work stays on disk, to be offered again. */
  if (!self->closing)
    write_recovery (self);
  g_clear_handle_id (&self->autosave_source, g_source_remove);

  finish_close_tasks (self, FALSE);
  g_clear_pointer (&self->close_tasks, g_ptr_array_unref);

  if (self->open_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->open_chooser));
  g_clear_object (&self->open_chooser);
  g_clear_weak_pointer (&self->save_changes_dialog);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_WINDOW);

  g_clear_object (&self->document);
  g_clear_object (&self->failed_file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hearth_window_parent_class)->dispose (object);
}

static void
hearth_window_finalize (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->session_id, g_free);

  G_OBJECT_CLASS (hearth_window_parent_class)->finalize (object);
}

static void
hearth_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, get_assessment (self));
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, hearth_window_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
hearth_window_class_init (HearthWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hearth_window_dispose;
  object_class->finalize = hearth_window_finalize;
  object_class->get_property = hearth_window_get_property;

  window_class->close_request = hearth_window_close_request;

  /**
   * HearthWindow:assessment:
   *
   * The assessment shown, or %NULL.
   */
  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL,
                         HEARTH_TYPE_ASSESSMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * HearthWindow:document:
   *
   * The document shown, or %NULL.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         HEARTH_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * HearthWindow:modified:
   *
   * Whether there are unsaved changes (see hearth_window_get_modified()).
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A program keeps only the objects of a static library that it refers
   * to. Referring to the resource bundle here keeps it, and the constructor
   * that registers it, in every program that shows a window. */
  (void) hearth_gui_get_resource ();
  g_type_ensure (HEARTH_TYPE_CANVAS);
  g_type_ensure (HEARTH_TYPE_FLOOR_BAR);
  g_type_ensure (HEARTH_TYPE_ROOM_PANEL);
  g_type_ensure (HEARTH_TYPE_ROOM_LIST);
  g_type_ensure (HEARTH_TYPE_HOUSEHOLD_PANEL);
  g_type_ensure (HEARTH_TYPE_FINDINGS_PANEL);
  g_type_ensure (HEARTH_TYPE_HAZARDS_PANEL);
  g_type_ensure (HEARTH_TYPE_SHARING_PANEL);
  g_type_ensure (HEARTH_TYPE_CASE_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, error_banner);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, error_banner_label);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, floor_bar);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, room_panel);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, room_list);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, select_tool_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, rectangle_tool_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, polygon_tool_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, low_ceiling_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, household_panel);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, findings_panel);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, hazards_panel);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, sharing_panel);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, case_panel);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, edit_section);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, hearth_window_new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, hearth_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", hearth_window_open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, hearth_window_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, hearth_window_save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, hearth_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, hearth_window_redo_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL,
                                   hearth_window_dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "win.tool", "s", hearth_window_tool_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, hearth_window_export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, hearth_window_help_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.help", NULL);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, hearth_window_print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, hearth_window_zoom_fit_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.dismiss-error", NULL);
}

static void
hearth_window_init (HearthWindow *self)
{
  static const char * const rule_keys[] = {
    "headroom-rule", "kitchens-count", "small-rooms-count", "bedroom-pairing",
  };
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  hearth_rule_options_init (&self->options);
  self->close_tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect_object (self->canvas, "problem",
                           G_CALLBACK (canvas_problem_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "room-deleted",
                           G_CALLBACK (deleted_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->floor_bar, "floor-deleted",
                           G_CALLBACK (deleted_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->household_panel, "person-removed",
                           G_CALLBACK (deleted_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->findings_panel, "findings-changed",
                           G_CALLBACK (findings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->findings_panel, "show-rooms",
                           G_CALLBACK (show_rooms_cb), self, G_CONNECT_SWAPPED);
  hearth_findings_panel_set_rule_options (self->findings_panel, &self->options);
  hearth_hazards_panel_set_rule_options (self->hazards_panel, &self->options);
  g_object_bind_property (self->low_ceiling_button, "active",
                          self->canvas, "draw-low-ceiling",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->low_ceiling_button, "toggled",
                           G_CALLBACK (low_ceiling_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "notify::tool",
                           G_CALLBACK (canvas_tool_cb), self, G_CONNECT_SWAPPED);
  canvas_tool_cb (self, NULL, self->canvas);

  /* Without the schema installed (run from an unconfigured tree) the
   * defaults apply rather than a crash. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);
  if (schema != NULL)
    {
      self->settings = g_settings_new_full (schema, NULL, NULL);
      g_signal_connect_object (self->settings, "changed::autosave-interval",
                               G_CALLBACK (autosave_interval_changed_cb), self, G_CONNECT_SWAPPED);

      /* The readings of unclear law, for the findings. */
      read_rule_options (self);
      hearth_findings_panel_set_rule_options (self->findings_panel, &self->options);
      hearth_hazards_panel_set_rule_options (self->hazards_panel, &self->options);
      for (guint i = 0; i < G_N_ELEMENTS (rule_keys); i++)
        {
          g_autofree char *signal = g_strconcat ("changed::", rule_keys[i], NULL);

          g_signal_connect_object (self->settings, signal,
                                   G_CALLBACK (rule_setting_changed_cb), self, G_CONNECT_SWAPPED);
        }

      /* The plan follows the settings live. */
      g_settings_bind (self->settings, "area-unit", self->canvas, "unit", G_SETTINGS_BIND_GET);
      g_settings_bind (self->settings, "grid-step", self->canvas, "grid-step", G_SETTINGS_BIND_GET);
      g_settings_bind (self->settings, "snap-to-grid", self->canvas, "snap-to-grid", G_SETTINGS_BIND_GET);
      g_settings_bind (self->settings, "snap-to-rooms", self->canvas, "snap-to-rooms", G_SETTINGS_BIND_GET);
    }
  else
    g_debug ("Schema %s not found; using default settings", SETTINGS_SCHEMA_ID);

  /* Files dropped from the file manager open like files chosen. */
  drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop_target, (GType[2]) { GDK_TYPE_FILE_LIST, G_TYPE_FILE }, 2);
  g_signal_connect (drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);

  update_actions (self);
  hide_error_banner (self);
  update_title (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Public API */

HearthWindow *
hearth_window_new (HearthApplication *app)
{
  g_return_val_if_fail (HEARTH_IS_APPLICATION (app), NULL);

  return g_object_new (HEARTH_TYPE_WINDOW,
                       "application", app,
                       NULL);
}

HearthWindow *
hearth_window_new_for_document (HearthApplication *app,
                                HearthDocument    *document)
{
  HearthWindow *self;

  g_return_val_if_fail (HEARTH_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (HEARTH_IS_DOCUMENT (document), NULL);

  self = hearth_window_new (app);
  hearth_window_set_document (self, document);

  return self;
}

void
hearth_window_open_file (HearthWindow *self,
                         GFile        *file)
{
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(HearthDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Synchronous for now: files are refused above HEARTH_FILE_MAX_SIZE. */
  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  if (assessment == NULL)
    {
      show_open_error (self, file, error);
      return;
    }

  document = hearth_document_new_for_assessment (assessment, file);
  hearth_window_set_document (self, document);
}

HearthWindow *
hearth_window_present_file (HearthWindow *self,
                            GFile        *file)
{
  GtkApplication *app;
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(HearthDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  HearthWindow *window = self;

  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* Already open: show it as it is, unsaved changes and all. */
  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app != NULL)
    {
      for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
        {
          if (HEARTH_IS_WINDOW (l->data) && shows_file (l->data, file))
            {
              gtk_window_present (l->data);
              return l->data;
            }
        }
    }

  assessment = hearth_assessment_load_from_file (file, NULL, &error);
  if (assessment == NULL)
    {
      show_open_error (self, file, error);
      gtk_window_present (GTK_WINDOW (self));
      return self;
    }

  add_to_recent (file);
  document = hearth_document_new_for_assessment (assessment, file);

  if (!hearth_window_is_blank (self) && app != NULL)
    window = hearth_window_new (HEARTH_APPLICATION (app));

  hearth_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

gboolean
hearth_window_is_blank (HearthWindow *self)
{
  HearthUndoStack *stack;

  g_return_val_if_fail (HEARTH_IS_WINDOW (self), FALSE);

  if (self->document == NULL)
    return TRUE;

  stack = get_undo_stack (self);

  return hearth_document_get_file (self->document) == NULL &&
         !hearth_window_get_modified (self) &&
         !hearth_undo_stack_get_can_undo (stack) &&
         !hearth_undo_stack_get_can_redo (stack);
}

void
hearth_window_set_document (HearthWindow   *self,
                            HearthDocument *document)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (HEARTH_IS_DOCUMENT (document));

  set_document_full (self, document, NULL, FALSE);
}

HearthDocument *
hearth_window_get_document (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return self->document;
}

void
hearth_window_set_assessment (HearthWindow     *self,
                              HearthAssessment *assessment)
{
  g_autoptr(HearthDocument) document = NULL;

  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (HEARTH_IS_ASSESSMENT (assessment));

  document = hearth_document_new_for_assessment (assessment, NULL);
  hearth_window_set_document (self, document);
}

HearthAssessment *
hearth_window_get_assessment (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return get_assessment (self);
}

gboolean
hearth_window_get_modified (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), FALSE);

  return self->document != NULL &&
         (self->restored || hearth_document_get_modified (self->document));
}

gboolean
hearth_window_restore (HearthWindow         *self,
                       HearthRecoveryEntry  *entry,
                       GError              **error)
{
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(HearthDocument) document = NULL;
  g_autoptr(GError) claim_error = NULL;

  g_return_val_if_fail (HEARTH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  assessment = hearth_recovery_load (entry, error);
  if (assessment == NULL)
    return FALSE;

  /* The copy is now this window's: it stays until the work is saved or
   * discarded, and is not offered again meanwhile. */
  if (!hearth_recovery_claim (entry, &claim_error))
    g_warning ("Could not take over the recovery copy %s: %s",
               hearth_recovery_entry_get_session_id (entry), claim_error->message);

  document = hearth_document_new_for_assessment (assessment,
                                                 hearth_recovery_entry_get_original (entry));
  set_document_full (self, document, hearth_recovery_entry_get_session_id (entry), TRUE);

  return TRUE;
}

gboolean
hearth_window_save (HearthWindow  *self,
                    GFile         *file,
                    GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) target = NULL;
  gboolean was_modified;

  g_return_val_if_fail (HEARTH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);
  g_return_val_if_fail (file != NULL || hearth_document_get_file (self->document) != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  target = g_object_ref (file != NULL ? file : hearth_document_get_file (self->document));
  was_modified = hearth_window_get_modified (self);

  if (!hearth_document_save (self->document, target, NULL, &local_error))
    {
      show_save_error (self, target, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  self->restored = FALSE;
  forget_recovery (self);
  add_to_recent (target);

  set_error_message (self, NULL);
  hide_error_banner (self);
  update_title (self);
  if (was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);

  return TRUE;
}

void
hearth_window_close_async (HearthWindow        *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HEARTH_IS_WINDOW (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_window_close_async);

  if (self->closing || !hearth_window_get_modified (self))
    {
      g_task_return_boolean (task, TRUE);
      close_now (self);
      return;
    }

  g_ptr_array_add (self->close_tasks, g_steal_pointer (&task));
  gtk_window_present (GTK_WINDOW (self));

  /* Asked already, or saving as the answer: that answer serves. */
  if (self->save_changes_dialog != NULL)
    gtk_window_present (GTK_WINDOW (self->save_changes_dialog));
  else if (self->close_tasks->len == 1)
    show_save_changes_dialog (self);
}

gboolean
hearth_window_close_finish (HearthWindow  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
hearth_window_show_error (HearthWindow *self,
                          const char   *message)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  set_error_message (self, message);

  if (self->document != NULL)
    show_error_banner (self, message);
  else
    {
      g_autofree char *markup = g_markup_escape_text (message, -1);

      adw_status_page_set_description (self->error_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
}

void
hearth_window_add_toast (HearthWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

GtkWidget *
hearth_window_get_rooms_list (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return GTK_WIDGET (hearth_room_list_get_list_box (self->room_list));
}

GtkWidget *
hearth_window_get_canvas (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->canvas);
}

GtkWidget *
hearth_window_get_findings_box (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->findings_panel);
}

const char *
hearth_window_get_visible_page (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
hearth_window_get_error_message (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return self->error_message;
}

const char *
hearth_window_get_session_id (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return self->document != NULL ? self->session_id : NULL;
}

AdwMessageDialog *
hearth_window_get_save_changes_dialog (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return self->save_changes_dialog;
}
