/* hearth-export.c: exporting the review-meeting document as a PDF, and
 * printing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document itself is hearth-report.c's; this file only asks which
 * version, where to put it, and hands the pages to GTK's printing. What
 * may be shared with whom is decided there: a refused version comes back
 * as a GError, shown here, and nothing is written.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <adwaita.h>

#include "hearth-export.h"
#include "hearth-report.h"
#include "hearth-window.h"

/* The first two rows of the drop-down; rows after them are recipients. */
enum {
  VERSION_FULL,
  VERSION_FAMILY,
  N_FIXED_VERSIONS,
};

typedef struct {
  GtkWindow      *parent;
  HearthDocument *document;
  GPtrArray      *recipients;  /* person ids, row N_FIXED_VERSIONS onwards */
  GtkDropDown    *versions;
  GtkCheckButton *initials_check;

  /* What was chosen */
  HearthReportKind kind;
  char            *recipient;
  gboolean         initials;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->parent);
  g_clear_object (&export->document);
  g_clear_pointer (&export->recipients, g_ptr_array_unref);
  g_free (export->recipient);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_options (Export              *export,
                HearthReportOptions *options)
{
  hearth_report_options_init (options);
  options->kind = export->kind;
  options->recipient = export->recipient;
  options->initials = export->initials;
}

/* "JC" for "Joanne Carter". */
static char *
dup_initials (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  GString *initials = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (words[i])));
  return g_string_free (initials, FALSE);
}

/* "<reference> - <version>.pdf". With initials only, the file name does
 * not give the recipient's name either. */
static char *
dup_suggested_name (Export *export)
{
  HearthAssessment *assessment = hearth_document_get_assessment (export->document);
  const char *reference = hearth_assessment_get_reference (assessment);
  g_autofree char *version = NULL;
  char *name;

  switch (export->kind)
    {
    case HEARTH_REPORT_FAMILY:
      /* Translators: in a file name, "CIN-2026-0417 - Family.pdf" */
      version = g_strdup (_("Family"));
      break;

    case HEARTH_REPORT_RECIPIENT:
      {
        HearthPerson *person = hearth_assessment_find_person (assessment, export->recipient);
        const char *full = person != NULL ? hearth_person_get_name (person) : export->recipient;
        g_autofree char *shown = export->initials ? dup_initials (full) : g_strdup (full);

        /* Translators: in a file name, "CIN-2026-0417 - For Joanne Carter.pdf" */
        version = g_strdup_printf (_("For %s"), shown);
      }
      break;

    case HEARTH_REPORT_FULL:
    default:
      /* Translators: in a file name, "CIN-2026-0417 - Review meeting.pdf" */
      version = g_strdup (_("Review meeting"));
      break;
    }

  if (reference == NULL || *reference == '\0')
    reference = _("Assessment");
  name = g_strdup_printf ("%s - %s.pdf", reference, version);
  /* Not a path: “CIN/2026/0417” becomes “CIN-2026-0417”. */
  g_strdelimit (name, "/\\", '-');
  return name;
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  Export          *export)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  HearthReportOptions options;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_error (export->parent, _("Could Not Export"),
                  _("The PDF can only be saved to a folder on this computer."));
      return;
    }

  export_options (export, &options);
  if (!hearth_report_write_pdf (hearth_document_get_assessment (export->document),
                                &options, path, &error))
    {
      show_error (export->parent, _("Could Not Export"), error->message);
      return;
    }

  if (HEARTH_IS_WINDOW (export->parent))
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *title = NULL;

      /* Translators: a toast; %s is the file name */
      title = g_strdup_printf (_("Exported “%s”"), basename);
      hearth_window_add_toast (HEARTH_WINDOW (export->parent), adw_toast_new (title));
    }
}

static void
ask_where (Export *export)
{
  g_autoptr(GtkFileChooserNative) chooser = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GFile *file = hearth_document_get_file (export->document);
  g_autoptr(GFile) folder = file != NULL ? g_file_get_parent (file) : NULL;
  g_autofree char *name = dup_suggested_name (export);

  chooser = gtk_file_chooser_native_new (_("Export PDF"), export->parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  /* Translators: a file type in the Export PDF dialog */
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  /* The chooser keeps the choice until it answers. */
  g_object_set_data_full (G_OBJECT (chooser), "hearth-export", export,
                          (GDestroyNotify) export_free);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
choose_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  g_autoptr(Export) export = NULL;
  g_autoptr(HearthReport) report = NULL;
  g_autoptr(GError) error = NULL;
  HearthReportOptions options;
  guint row;

  if (!g_str_equal (response, "export"))
    return;
  export = g_object_steal_data (G_OBJECT (dialog), "hearth-export");
  if (export == NULL)
    return;

  row = gtk_drop_down_get_selected (export->versions);
  export->initials = gtk_check_button_get_active (export->initials_check);
  if (row == VERSION_FAMILY)
    export->kind = HEARTH_REPORT_FAMILY;
  else if (row >= N_FIXED_VERSIONS && row - N_FIXED_VERSIONS < export->recipients->len)
    {
      export->kind = HEARTH_REPORT_RECIPIENT;
      export->recipient = g_strdup (g_ptr_array_index (export->recipients, row - N_FIXED_VERSIONS));
    }
  else
    export->kind = HEARTH_REPORT_FULL;

  /* Refuse before asking for a file name, so nothing is written. */
  export_options (export, &options);
  report = hearth_report_new (hearth_document_get_assessment (export->document), &options, &error);
  if (report == NULL)
    {
      HearthPerson *person = NULL;
      g_autofree char *heading = NULL;

      if (export->recipient != NULL)
        person = hearth_assessment_find_person (hearth_document_get_assessment (export->document),
                                                export->recipient);
      if (person != NULL)
        /* Translators: %s is a parent's name; the reason follows */
        heading = g_strdup_printf (_("Not Exporting for %s"), hearth_person_get_name (person));
      else
        heading = g_strdup (_("This Version Cannot Be Exported"));
      show_error (export->parent, heading, error->message);
      return;
    }

  ask_where (g_steal_pointer (&export));
}

void
hearth_export_pdf_run (GtkWindow      *parent,
                       HearthDocument *document)
{
  HearthAssessment *assessment;
  g_autoptr(GtkStringList) versions = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box;
  GPtrArray *persons;
  Export *export;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (HEARTH_IS_DOCUMENT (document));

  assessment = hearth_document_get_assessment (document);
  export = g_new0 (Export, 1);
  export->parent = g_object_ref (parent);
  export->document = g_object_ref (document);
  export->recipients = g_ptr_array_new_with_free_func (g_free);

  versions = gtk_string_list_new (NULL);
  gtk_string_list_append (versions, _("Full, for the review meeting"));
  gtk_string_list_append (versions, _("Plain language, for the family"));
  persons = hearth_assessment_get_persons (assessment);
  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      g_autofree char *label = NULL;

      if (!hearth_person_get_parental_responsibility (person))
        continue;
      /* Translators: a version of the document; %s is a parent's name */
      label = g_strdup_printf (_("For %s"), hearth_person_get_name (person));
      gtk_string_list_append (versions, label);
      g_ptr_array_add (export->recipients, g_strdup (hearth_person_get_id (person)));
    }

  export->versions = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&versions)), NULL));
  export->initials_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Initials only")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (export->initials_check),
                               _("Show the household by their initials instead of their names"));
  /* The default comes from Preferences ("initials-only"), when installed. */
  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE) : NULL;

    if (schema != NULL && g_settings_schema_has_key (schema, "initials-only"))
      {
        g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);
        gtk_check_button_set_active (export->initials_check,
                                     g_settings_get_boolean (settings, "initials-only"));
      }
  }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (export->versions));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (export->initials_check));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Export PDF"),
                                                       _("Choose who the document is for. "
                                                         "A version for a parent leaves out what "
                                                         "the sharing checklist withholds from them.")));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");

  /* The dialog keeps the choice; "Export…" takes it over. */
  g_object_set_data_full (G_OBJECT (dialog), "hearth-export", export,
                          (GDestroyNotify) export_free);
  g_signal_connect (dialog, "response", G_CALLBACK (choose_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Printing */

/* Pages are drawn in points on A4. On A4 paper they print at 1:1, so the
 * plans keep their stated scale; on smaller paper they are shrunk to fit
 * (never enlarged). */
static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              HearthReport      *report)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = MIN (gtk_print_context_get_width (context) / HEARTH_REPORT_PAGE_WIDTH,
                      gtk_print_context_get_height (context) / HEARTH_REPORT_PAGE_HEIGHT);

  cairo_save (cr);
  if (scale < 0.999)
    cairo_scale (cr, scale, scale);
  hearth_report_draw_page (report, cr, (guint) page_nr);
  cairo_restore (cr);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  g_object_set_data (G_OBJECT (operation), "hearth-error-shown", GINT_TO_POINTER (TRUE));
  gtk_print_operation_get_error (operation, &error);
  show_error (parent, _("Could Not Print"),
              error != NULL ? error->message : _("The printing system gave no reason."));
}

void
hearth_export_print_run (GtkWindow      *parent,
                         HearthDocument *document)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autoptr(GError) error = NULL;
  HearthReport *report;
  HearthReportOptions options;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (HEARTH_IS_DOCUMENT (document));

  hearth_report_options_init (&options);
  options.kind = HEARTH_REPORT_FULL;
  report = hearth_report_new (hearth_document_get_assessment (document), &options, &error);
  if (report == NULL)
    {
      show_error (parent, _("Could Not Print"), error->message);
      return;
    }

  paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  page_setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, paper);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_job_name (operation, hearth_report_get_title (report));
  gtk_print_operation_set_n_pages (operation, (int) hearth_report_get_n_pages (report));
  /* The report draws its own margins, in points from the paper's corner. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_allow_async (operation, TRUE);

  /* The operation owns the layout until it is finalized. */
  g_object_set_data_full (G_OBJECT (operation), "hearth-report", report,
                          (GDestroyNotify) hearth_report_free);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), report);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), parent, 0);

  /* Errors come through "done"; a failure before printing starts may
   * only come back here. */
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent, &error) == GTK_PRINT_OPERATION_RESULT_ERROR &&
      error != NULL && g_object_get_data (G_OBJECT (operation), "hearth-error-shown") == NULL)
    show_error (parent, _("Could Not Print"), error->message);
}
