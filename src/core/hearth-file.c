/* hearth-file.c: the .hearth XML format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading goes through fixed stages, each with its own error code, so that a
 * bad file always gets the message for the first thing wrong with it:
 *
 *   size → UTF-8 → no DTD or entities → well-formed → root and version →
 *   RELAX NG schema → model (ids, references, values, geometry)
 *
 * Nothing is ever fetched: libxml2 runs with XML_PARSE_NONET, without
 * entity substitution or DTD loading, and any document type declaration is
 * refused before parsing. The model is built completely before it is
 * returned; on error the caller gets nothing, never half a plan.
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>

#include "hearth-core-resources.h"
#include "hearth-file.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt)

#define SCHEMA_RESOURCE "/io/github/hearthapp/Hearth/core/hearth-assessment.rng"
#define NS ((const xmlChar *) HEARTH_FILE_NAMESPACE)

G_DEFINE_QUARK (hearth-file-error-quark, hearth_file_error)

typedef struct
{
  HearthAssessment *assessment;
  GHashTable       *ids;   /* id → GINT_TO_POINTER (line) */
  GHashTable       *rooms; /* id → HearthRoom (borrowed) */
  GHashTable       *persons; /* id → HearthPerson (borrowed) */
} Loader;

/* Helpers */

static int
line_at_offset (const char *data,
                gsize       offset)
{
  int line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

/* libxml2 keeps an element's line in 16 bits; past line 65,535 its
 * xmlGetLineNo() guesses from the neighbouring text. parse_xml() stores the
 * exact line of such elements in node->_private, which libxml2 leaves to
 * applications. */
static long
node_line (xmlNode *node)
{
  if (node == NULL)
    return 0;
  if (node->type == XML_ELEMENT_NODE && node->line == G_MAXUINT16 && node->_private != NULL)
    return (long) GPOINTER_TO_SIZE (node->_private);
  return xmlGetLineNo (node);
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         xmlStrEqual (node->ns->href, NS) &&
         xmlStrEqual (node->name, (const xmlChar *) name);
}

/* A copy of attribute @name, or NULL. */
static char *
get_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static gboolean
get_bool_attr (xmlNode    *node,
               const char *name,
               gboolean    fallback)
{
  g_autofree char *value = get_attr (node, name);

  if (value == NULL)
    return fallback;
  return g_str_equal (value, "true");
}

static char *
get_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *copy = g_strdup ((const char *) content);

  xmlFree (content);
  return copy;
}

static G_GNUC_PRINTF (4, 5) gboolean
fail_at (GError         **error,
         HearthFileError  code,
         xmlNode         *node,
         const char      *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: the prefix of every message about a place in a file */
  g_set_error (error, HEARTH_FILE_ERROR, code, _("line %ld: %s"),
               node_line (node), message);
  return FALSE;
}

/* Strict YYYY-MM-DD. */
static gboolean
parse_date (const char *str,
            GDate      *date)
{
  unsigned year, month, day;
  char tail;

  g_date_clear (date, 1);
  if (str == NULL || strlen (str) != 10 ||
      sscanf (str, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3)
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

/* A non-negative decimal with at most @digits fraction digits, scaled by
 * 10^@digits: "31.6" with 1 digit is 316. */
static gboolean
parse_fixed (const char *str,
             guint       digits,
             gint64     *out)
{
  gint64 value = 0;
  guint fraction = 0;
  gboolean seen_point = FALSE;
  gboolean seen_digit = FALSE;

  if (str == NULL)
    return FALSE;

  str += strspn (str, " \t\r\n");
  if (*str == '+')
    str++;

  for (; *str != '\0' && !g_ascii_isspace (*str); str++)
    {
      if (*str == '.' && !seen_point)
        {
          seen_point = TRUE;
          continue;
        }
      if (!g_ascii_isdigit (*str))
        return FALSE;
      if (seen_point && ++fraction > digits)
        return FALSE;
      if (value > G_MAXINT64 / 100)
        return FALSE;
      value = value * 10 + (*str - '0');
      seen_digit = TRUE;
    }

  if (!seen_digit || str[strspn (str, " \t\r\n")] != '\0')
    return FALSE;

  for (; fraction < digits; fraction++)
    value *= 10;

  *out = value;
  return TRUE;
}

static char *
format_fixed (gint64 value,
              guint  digits,
              guint  min_digits)
{
  gint64 scale = 1;
  g_autofree char *fraction = NULL;
  guint len;

  for (guint i = 0; i < digits; i++)
    scale *= 10;

  fraction = g_strdup_printf ("%0*" G_GINT64_FORMAT, (int) digits, value % scale);
  len = digits;
  while (len > min_digits && fraction[len - 1] == '0')
    fraction[--len] = '\0';

  if (len == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, value / scale);
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%s", value / scale, fraction);
}

static gboolean
parse_int (const char *str,
           gint64     *out)
{
  char *end = NULL;
  gint64 value;

  if (str == NULL)
    return FALSE;

  errno = 0;
  value = g_ascii_strtoll (str, &end, 10);
  if (errno != 0 || end == str)
    return FALSE;
  if (end[strspn (end, " \t\r\n")] != '\0')
    return FALSE;

  *out = value;
  return TRUE;
}

/* Stage 1–3: bytes */

static void
set_too_large_error (GError  **error,
                     guint64   size)
{
  /* Long format: 32 MiB + 1 byte and 32 MiB both round to "33.6 MB". */
  g_autofree char *size_str = g_format_size_full (size, G_FORMAT_SIZE_LONG_FORMAT);
  g_autofree char *limit_str = g_format_size_full (HEARTH_FILE_MAX_SIZE, G_FORMAT_SIZE_LONG_FORMAT);

  g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_TOO_LARGE,
               _("The file is %s; assessments are never larger than %s, so this is not one"),
               size_str, limit_str);
}

static gboolean
check_bytes (const char  *data,
             gsize        length,
             GError     **error)
{
  const char *end = NULL;
  static const char * const forbidden[] = { "<!DOCTYPE", "<!ENTITY" };

  if (length > HEARTH_FILE_MAX_SIZE)
    {
      set_too_large_error (error, length);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      if (*end == '\0')
        g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_NOT_UTF8,
                     _("line %d: the file has a zero byte (byte %" G_GSIZE_FORMAT "), "
                       "so it is not text"),
                     line_at_offset (data, end - data), (gsize) (end - data) + 1);
      else
        g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_NOT_UTF8,
                     _("line %d: the file is not valid UTF-8 text (byte %" G_GSIZE_FORMAT ")"),
                     line_at_offset (data, end - data), (gsize) (end - data) + 1);
      return FALSE;
    }

  /* A document type declaration is how entities, external DTDs and entity
   * expansion get in. Hearth never writes one, so refuse it outright. */
  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      const char *found = g_strstr_len (data, length, forbidden[i]);

      if (found != NULL)
        {
          g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_FORBIDDEN,
                       _("line %d: the file has a document type declaration (%s); "
                         "Hearth files never have one, and Hearth does not read it"),
                       line_at_offset (data, found - data), forbidden[i]);
          return FALSE;
        }
    }

  return TRUE;
}

/* libxml2 goes on after the first error and reports the knock-on ones too
 * ("premature end of data" at the end of the file, after a tag left open
 * on line 5); the first is the one that says where the damage is. */
static void
keep_first_parser_error (void           *user_data,
                         const xmlError *err)
{
  xmlParserCtxt *ctxt = user_data;
  xmlError *first = ctxt->_private;

  if (first->code != XML_ERR_OK || err == NULL || err->level < XML_ERR_ERROR)
    return;
  xmlCopyError ((xmlError *) err, first);
}

static void
start_element (void           *user_data,
               const xmlChar  *localname,
               const xmlChar  *prefix,
               const xmlChar  *uri,
               int             nb_namespaces,
               const xmlChar **namespaces,
               int             nb_attributes,
               int             nb_defaulted,
               const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = user_data;

  xmlSAX2StartElementNs (ctxt, localname, prefix, uri, nb_namespaces, namespaces,
                         nb_attributes, nb_defaulted, attributes);

  if (ctxt->node != NULL && ctxt->input != NULL && ctxt->input->line >= G_MAXUINT16)
    ctxt->node->_private = GSIZE_TO_POINTER ((gsize) ctxt->input->line);
}

static xmlDoc *
parse_xml (const char  *data,
           gsize        length,
           GError     **error)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  xmlError first = { 0, };
  xmlDoc *doc;
  /* BIG_LINES: without it every line after 65,535 is reported as 65,535. */
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                      XML_PARSE_BIG_LINES;

  if (length > G_MAXINT)
    {
      set_too_large_error (error, length);
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("%s: out of memory", G_STRFUNC);

  /* A structured handler on the context (not the global one, which other
   * threads share) gets every error, so nothing reaches stderr. */
  ctxt->_private = &first;
  ctxt->sax->serror = (xmlStructuredErrorFunc) keep_first_parser_error;
  ctxt->sax->startElementNs = start_element;

  doc = xmlCtxtReadMemory (ctxt, data, (int) length, NULL, "UTF-8", options);
  if (doc == NULL || !ctxt->wellFormed)
    {
      g_autofree char *reason = NULL;
      int line;

      if (first.code == XML_ERR_INTERNAL_ERROR && first.message != NULL &&
          strstr (first.message, "depth") != NULL)
        /* libxml2's own text suggests a parser option to the user. */
        reason = g_strdup_printf (_("elements are nested more than %u deep"), xmlParserMaxDepth);
      else if (first.message != NULL)
        reason = g_strstrip (g_strdup (first.message));
      else
        reason = g_strdup (_("not an XML document"));

      line = first.line > 0 ? first.line : line_at_offset (data, length);
      g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_MALFORMED,
                   _("line %d: the file is damaged or incomplete (%s)"), line, reason);
      xmlResetError (&first);
      g_clear_pointer (&doc, xmlFreeDoc);
      return NULL;
    }
  xmlResetError (&first);

  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_FORBIDDEN,
                   _("line 1: the file has a document type declaration; Hearth does not read it"));
      xmlFreeDoc (doc);
      return NULL;
    }

  return doc;
}

/* Stage 4–5: root, version, schema */

static gboolean
check_root (xmlDoc  *doc,
            GError **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *version = NULL;
  gint64 v;

  if (root == NULL || !xmlStrEqual (root->name, (const xmlChar *) "hearth-assessment") ||
      root->ns == NULL || !xmlStrEqual (root->ns->href, NS))
    return fail_at (error, HEARTH_FILE_ERROR_NOT_ASSESSMENT, root,
                    _("this is an XML file, but not a Hearth assessment"));

  version = get_attr (root, "version");
  if (version == NULL)
    return fail_at (error, HEARTH_FILE_ERROR_INVALID, root,
                    _("the assessment does not say which version of the file format it uses"));

  if (!parse_int (version, &v) || v < 1)
    return fail_at (error, HEARTH_FILE_ERROR_INVALID, root,
                    _("“%s” is not a version of the file format (Hearth writes version %d)"),
                    version, HEARTH_FILE_VERSION);

  if (v > HEARTH_FILE_VERSION)
    return fail_at (error, HEARTH_FILE_ERROR_FUTURE_VERSION, root,
                    _("this assessment was saved by a newer version of Hearth "
                      "(file format version %" G_GINT64_FORMAT "); this version reads "
                      "version %d. Open it with a newer Hearth."),
                    v, HEARTH_FILE_VERSION);

  return TRUE;
}

#define RNG_NS ((const xmlChar *) "http://relaxng.org/ns/structure/1.0")

typedef struct
{
  xmlRelaxNGPtr  rng;
  /* element name → GPtrArray of the attributes it must have, read from the
   * schema itself so that the two cannot drift apart */
  GHashTable    *required;
} Schema;

static void
collect_required_attributes (xmlNode    *node,
                             GHashTable *required)
{
  for (; node != NULL; node = node->next)
    {
      g_autofree char *element = NULL;

      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (node->ns != NULL && xmlStrEqual (node->ns->href, RNG_NS) &&
          xmlStrEqual (node->name, (const xmlChar *) "element") &&
          (element = get_attr (node, "name")) != NULL)
        {
          /* Only direct children: an <attribute> under <optional> is not
           * required. */
          for (xmlNode *child = node->children; child != NULL; child = child->next)
            {
              g_autofree char *attribute = NULL;
              GPtrArray *list;

              if (child->type != XML_ELEMENT_NODE ||
                  !xmlStrEqual (child->name, (const xmlChar *) "attribute") ||
                  (attribute = get_attr (child, "name")) == NULL)
                continue;

              list = g_hash_table_lookup (required, element);
              if (list == NULL)
                {
                  list = g_ptr_array_new_with_free_func (g_free);
                  g_hash_table_insert (required, g_strdup (element), list);
                }
              if (!g_ptr_array_find_with_equal_func (list, attribute, g_str_equal, NULL))
                g_ptr_array_add (list, g_steal_pointer (&attribute));
            }
        }

      collect_required_attributes (node->children, required);
    }
}

static gpointer
load_schema (gpointer data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  xmlRelaxNGParserCtxtPtr pctxt;
  Schema *schema = g_new0 (Schema, 1);
  gsize size;
  const char *text;

  /* Looked up in the core's own resource: a static library's constructor
   * may never run, so nothing relies on global registration. */
  bytes = g_resource_lookup_data (hearth_core_get_resource (), SCHEMA_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);

  text = g_bytes_get_data (bytes, &size);
  pctxt = xmlRelaxNGNewMemParserCtxt (text, (int) size);
  schema->rng = xmlRelaxNGParse (pctxt);
  xmlRelaxNGFreeParserCtxt (pctxt);
  g_assert (schema->rng != NULL);

  schema->required = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_ptr_array_unref);
  doc = xmlReadMemory (text, (int) size, NULL, "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert (doc != NULL);
  collect_required_attributes (xmlDocGetRootElement (doc), schema->required);

  return schema;
}

static const Schema *
get_schema (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_schema, NULL);
}

typedef struct
{
  int      code;
  int      line;
  char    *message;
  char    *element;    /* what str1 named in the first error */
  xmlNode *node;
  xmlNode *later_node; /* the first node a later error names */
} SchemaErrors;

static void
collect_schema_error (void           *user_data,
                      const xmlError *err)
{
  SchemaErrors *errors = user_data;

  if (err == NULL)
    return;

  if (errors->message == NULL)
    {
      errors->code = err->code;
      errors->line = err->line;
      errors->message = g_strstrip (g_strdup (err->message ? err->message : ""));
      errors->element = g_strdup (err->str1);
      errors->node = err->node;
    }
  else if (errors->later_node == NULL)
    errors->later_node = err->node;
}

/* The first of @required that @node lacks, or NULL. */
static const char *
missing_attribute (xmlNode   *node,
                   GPtrArray *required)
{
  for (guint i = 0; i < required->len; i++)
    if (xmlHasNsProp (node, g_ptr_array_index (required, i), NULL) == NULL)
      return g_ptr_array_index (required, i);
  return NULL;
}

/* The first element named @name, in document order, that lacks one of
 * @required; *@missing is set to the attribute. */
static xmlNode *
find_missing_attribute (xmlNode     *node,
                        const char  *name,
                        GPtrArray   *required,
                        const char **missing)
{
  for (; node != NULL; node = node->next)
    {
      xmlNode *found;

      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (is_element (node, name) && (*missing = missing_attribute (node, required)) != NULL)
        return node;

      found = find_missing_attribute (node->children, name, required, missing);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* "room “bed1”" for a node in or under the room, or NULL. */
static char *
describe_place (xmlNode *node)
{
  for (; node != NULL && node->type != XML_DOCUMENT_NODE; node = node->parent)
    {
      g_autofree char *id = NULL;

      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (is_element (node, "person") && (id = get_attr (node, "id")) != NULL)
        return g_strdup_printf (_("person “%s”"), id);
      if (is_element (node, "room") && (id = get_attr (node, "id")) != NULL)
        return g_strdup_printf (_("room “%s”"), id);
      if (is_element (node, "floor") && (id = get_attr (node, "id")) != NULL)
        return g_strdup_printf (_("floor “%s”"), id);
      if (is_element (node, "hazard") && (id = get_attr (node, "number")) != NULL)
        return g_strdup_printf (_("hazard %s"), id);
      if (is_element (node, "recipient") && (id = get_attr (node, "person")) != NULL)
        return g_strdup_printf (_("the sharing checklist row for “%s”"), id);
      if (is_element (node, "referral"))
        return g_strdup (_("the referral to Housing"));
    }

  return NULL;
}

static gboolean
check_schema (xmlDoc  *doc,
              GError **error)
{
  const Schema *schema = get_schema ();
  g_autoptr(xmlRelaxNGValidCtxt) vctxt = xmlRelaxNGNewValidCtxt (schema->rng);
  SchemaErrors errors = { 0, };
  g_autofree char *reason = NULL;
  g_autofree char *place = NULL;
  xmlNode *node;
  long line = 0;

  xmlRelaxNGSetValidStructuredErrors (vctxt, (xmlStructuredErrorFunc) collect_schema_error, &errors);
  if (xmlRelaxNGValidateDoc (vctxt, doc) == 0)
    {
      g_free (errors.message);
      g_free (errors.element);
      return TRUE;
    }

  /* libxml2 says "Element room failed to validate attributes" and the
   * like: terse, but it names the element, and the line says where. */
  reason = errors.message && *errors.message ? g_steal_pointer (&errors.message)
                                             : g_strdup (_("unknown problem"));
  node = errors.node;
  if (node != NULL)
    line = node_line (node);
  if (line <= 0)
    line = errors.line;

  /* "Element case failed to validate attributes" does not say which; when
   * one the schema requires is missing, say so. That error comes with
   * neither node nor line, so find the element. */
  if (errors.code == XML_RELAXNG_ERR_ATTRVALID && errors.element != NULL)
    {
      GPtrArray *required = g_hash_table_lookup (schema->required, errors.element);
      const char *missing = NULL;
      xmlNode *found = NULL;

      if (required != NULL && node != NULL && is_element (node, errors.element))
        found = (missing = missing_attribute (node, required)) != NULL ? node : NULL;
      else if (required != NULL && line <= 0)
        found = find_missing_attribute (xmlDocGetRootElement (doc), errors.element,
                                        required, &missing);

      if (found != NULL)
        {
          node = found;
          line = node_line (found);
          g_free (reason);
          reason = g_strdup_printf (_("the %s element has no %s attribute"),
                                    errors.element, missing);
        }
    }

  if (line <= 0 && errors.later_node != NULL)
    {
      node = errors.later_node;
      line = node_line (node);
    }

  place = describe_place (node);
  if (line > 0 && place != NULL)
    g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_INVALID,
                 _("line %ld: %s does not follow the assessment format (%s)"),
                 line, place, reason);
  else if (line > 0)
    g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_INVALID,
                 _("line %ld: the file does not follow the assessment format (%s)"),
                 line, reason);
  else
    g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_INVALID,
                 _("the file does not follow the assessment format (%s)"), reason);

  g_free (errors.message);
  g_free (errors.element);
  return FALSE;
}

/* Stage 6: the model */

static gboolean
claim_id (Loader      *loader,
          xmlNode     *node,
          const char  *id,
          GError     **error)
{
  gpointer first_line;

  if (g_hash_table_lookup_extended (loader->ids, id, NULL, &first_line))
    return fail_at (error, HEARTH_FILE_ERROR_DUPLICATE_ID, node,
                    _("the id “%s” is used twice (first on line %d); every person, floor and room needs its own"),
                    id, GPOINTER_TO_INT (first_line));

  g_hash_table_insert (loader->ids, g_strdup (id), GINT_TO_POINTER ((int) node_line (node)));
  return TRUE;
}

static HearthPolygon *
read_vertices (xmlNode *parent)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (HearthPoint));

  for (xmlNode *node = parent->children; node; node = node->next)
    {
      g_autofree char *x = NULL;
      g_autofree char *y = NULL;
      HearthPoint p;

      if (!is_element (node, "vertex"))
        continue;

      /* The schema has bounded both to ±1,000,000. */
      x = get_attr (node, "x");
      y = get_attr (node, "y");
      if (!parse_int (x, &p.x) || !parse_int (y, &p.y))
        return NULL;
      g_array_append_val (points, p);
    }

  return hearth_polygon_new ((HearthPoint *) (void *) points->data, points->len);
}

static gboolean
read_room (Loader      *loader,
           HearthFloor *floor,
           xmlNode     *node,
           GError     **error)
{
  g_autofree char *id = get_attr (node, "id");
  g_autofree char *name = get_attr (node, "name");
  g_autofree char *use_str = get_attr (node, "use");
  g_autoptr(HearthRoom) room = NULL;
  g_autoptr(GError) local_error = NULL;
  HearthRoomUse use = HEARTH_ROOM_USE_UNKNOWN;
  HearthPolygon *polygon;

  if (!claim_id (loader, node, id, error))
    return FALSE;

  if (use_str != NULL && !hearth_room_use_from_string (use_str, &use))
    return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node, _("room “%s” has an unknown use “%s”"), id, use_str);

  polygon = read_vertices (node);
  if (polygon == NULL)
    return fail_at (error, HEARTH_FILE_ERROR_BAD_GEOMETRY, node,
                    _("room “%s” has a corner that is not a whole number of millimetres"), id);

  room = hearth_room_new (id, name, use, polygon);
  hearth_room_set_living_room (room, get_bool_attr (node, "living-room", FALSE));

  for (xmlNode *child = node->children; child; child = child->next)
    {
      if (is_element (child, "low-headroom"))
        {
          g_autofree char *height_str = get_attr (child, "max-height");
          gint64 height = 0;
          HearthPolygon *zone;

          if (height_str != NULL && !parse_int (height_str, &height))
            return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, child,
                            _("the ceiling height “%s” in room “%s” is not a whole number of millimetres"),
                            height_str, id);

          zone = read_vertices (child);
          if (zone == NULL)
            return fail_at (error, HEARTH_FILE_ERROR_BAD_GEOMETRY, child,
                            _("a low-headroom area of room “%s” has a corner that is not a whole number of millimetres"), id);
          hearth_room_add_low_headroom (room, hearth_low_headroom_new (zone, height));
        }
      else if (is_element (child, "notes"))
        {
          g_autofree char *notes = get_text (child);
          hearth_room_set_notes (room, notes);
        }
    }

  if (!hearth_room_validate (room, &local_error))
    /* The message already names the room; the id finds it in the file. */
    return fail_at (error, HEARTH_FILE_ERROR_BAD_GEOMETRY, node,
                    _("%s (room id “%s”)"), local_error->message, id);

  g_hash_table_insert (loader->rooms, g_strdup (id), room);
  hearth_floor_add_room (floor, room);
  return TRUE;
}

static gboolean
read_plan (Loader   *loader,
           xmlNode  *plan,
           GError  **error)
{
  for (xmlNode *node = plan->children; node; node = node->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      g_autofree char *level_str = NULL;
      g_autoptr(HearthFloor) floor = NULL;
      gint64 level = 0;

      if (!is_element (node, "floor"))
        continue;

      id = get_attr (node, "id");
      name = get_attr (node, "name");
      level_str = get_attr (node, "level");
      if (!claim_id (loader, node, id, error))
        return FALSE;
      if (!parse_int (level_str, &level))
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                        _("the level “%s” of floor “%s” is not a whole number"), level_str, id);

      floor = hearth_floor_new (id, name, (int) level);
      for (xmlNode *child = node->children; child; child = child->next)
        if (is_element (child, "room") && !read_room (loader, floor, child, error))
          return FALSE;

      hearth_assessment_add_floor (loader->assessment, floor);
    }

  return TRUE;
}

static GStrv
split_ids (const char *list)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  if (list == NULL)
    return g_strv_builder_end (builder);

  parts = g_strsplit_set (list, " \t\r\n", -1);
  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

static gboolean
read_person (Loader   *loader,
             xmlNode  *node,
             GError  **error)
{
  g_autofree char *id = get_attr (node, "id");
  g_autofree char *name = get_attr (node, "name");
  g_autofree char *sex_str = get_attr (node, "sex");
  g_autofree char *born_str = get_attr (node, "born");
  g_autofree char *age_str = get_attr (node, "age");
  g_autofree char *sleeps_in = get_attr (node, "sleeps-in");
  g_autoptr(HearthPerson) person = NULL;
  HearthSex sex = HEARTH_SEX_NOT_RECORDED;

  if (!claim_id (loader, node, id, error))
    return FALSE;

  person = hearth_person_new (id, name);

  if (sex_str != NULL && !hearth_sex_from_string (sex_str, &sex))
    return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node, _("person “%s” has an unknown sex “%s”"), id, sex_str);
  hearth_person_set_sex (person, sex);

  if (born_str != NULL)
    {
      GDate born;

      if (!parse_date (born_str, &born))
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                        _("the date of birth “%s” of “%s” is not a date"), born_str, id);
      hearth_person_set_born (person, &born);
    }

  if (age_str != NULL)
    {
      gint64 age;

      if (!parse_int (age_str, &age) || age < 0 || age > 130)
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                        _("the age “%s” of “%s” is not a number of years"), age_str, id);
      hearth_person_set_stated_age (person, (int) age);
    }

  hearth_person_set_resident (person, get_bool_attr (node, "resident", TRUE));
  hearth_person_set_parental_responsibility (person, get_bool_attr (node, "parental-responsibility", FALSE));
  hearth_person_set_sleeps_in (person, sleeps_in);

  g_hash_table_insert (loader->persons, g_strdup (id), person);
  hearth_assessment_add_person (loader->assessment, person);
  return TRUE;
}

static gboolean
read_household (Loader   *loader,
                xmlNode  *household,
                GError  **error)
{
  g_autoptr(GHashTable) coupled = g_hash_table_new (g_str_hash, g_str_equal);

  for (xmlNode *node = household->children; node; node = node->next)
    if (is_element (node, "person") && !read_person (loader, node, error))
      return FALSE;

  for (xmlNode *node = household->children; node; node = node->next)
    {
      g_autofree char *members = NULL;
      g_auto(GStrv) ids = NULL;

      if (!is_element (node, "couple"))
        continue;

      members = get_attr (node, "members");
      ids = split_ids (members);
      if (g_strv_length (ids) != 2)
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                        _("a couple must name exactly two people"));

      for (guint i = 0; i < 2; i++)
        {
          if (!g_hash_table_contains (loader->persons, ids[i]))
            return fail_at (error, HEARTH_FILE_ERROR_DANGLING_REFERENCE, node,
                            _("the couple names “%s”, who is not in the household"), ids[i]);
          if (g_hash_table_contains (coupled, ids[i]))
            return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                            _("“%s” is in more than one couple"), ids[i]);
        }

      if (g_str_equal (ids[0], ids[1]))
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                        _("a couple names “%s” twice"), ids[0]);

      /* Keys borrowed from loader->persons, which outlives this table. */
      for (guint i = 0; i < 2; i++)
        {
          gpointer key;

          g_hash_table_lookup_extended (loader->persons, ids[i], &key, NULL);
          g_hash_table_add (coupled, key);
        }

      hearth_assessment_add_couple (loader->assessment, hearth_couple_new (ids[0], ids[1]));
    }

  return TRUE;
}

static gboolean
read_hazards (Loader   *loader,
              xmlNode  *hazards,
              GError  **error)
{
  static const char * const class_attrs[4] = { "class-i", "class-ii", "class-iii", "class-iv" };

  for (xmlNode *node = hazards->children; node; node = node->next)
    {
      g_autofree char *number_str = NULL;
      g_autofree char *rooms = NULL;
      g_autofree char *likelihood = NULL;
      g_autoptr(HearthHazard) hazard = NULL;
      g_autoptr(GError) local_error = NULL;
      gint64 number;

      if (!is_element (node, "hazard"))
        continue;

      number_str = get_attr (node, "number");
      if (!parse_int (number_str, &number))
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                        _("the hazard number “%s” is not a number"), number_str);

      hazard = hearth_hazard_new ((int) number);
      rooms = get_attr (node, "rooms");
      g_strfreev (hazard->rooms);
      hazard->rooms = split_ids (rooms);
      for (guint i = 0; hazard->rooms[i]; i++)
        if (!g_hash_table_contains (loader->rooms, hazard->rooms[i]))
          return fail_at (error, HEARTH_FILE_ERROR_DANGLING_REFERENCE, node,
                          _("hazard %d names the room “%s”, which is not on the plan"),
                          hazard->number, hazard->rooms[i]);

      likelihood = get_attr (node, "likelihood");
      if (!parse_fixed (likelihood, 3, &hazard->likelihood_milli))
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                        _("the likelihood “%s” of hazard %d is not a number"), likelihood, hazard->number);

      for (guint i = 0; i < 4; i++)
        {
          g_autofree char *value = get_attr (node, class_attrs[i]);
          gint64 tenths;

          if (!parse_fixed (value, 1, &tenths) || tenths > 1000)
            return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                            _("the spread of harm “%s” of hazard %d is not a percentage"),
                            value, hazard->number);
          hazard->spread_tenths[i] = (int) tenths;
        }

      hazard->notes = get_text (node);
      if (hazard->notes[0] == '\0')
        g_clear_pointer (&hazard->notes, g_free);

      if (!hearth_hazard_validate (hazard, &local_error))
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node, "%s", local_error->message);

      hearth_assessment_add_hazard (loader->assessment, g_steal_pointer (&hazard));
    }

  return TRUE;
}

static gboolean
read_sharing (Loader   *loader,
              xmlNode  *sharing,
              GError  **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNode *node = sharing->children; node; node = node->next)
    {
      g_autoptr(HearthRecipient) recipient = NULL;
      g_autofree char *person = NULL;
      g_autofree char *safe = NULL;
      g_autofree char *reason = NULL;
      g_autofree char *withhold = NULL;
      g_autofree char *findings = NULL;
      g_autofree char *shared_on = NULL;
      g_autofree char *method = NULL;
      g_auto(GStrv) withheld = NULL;

      if (!is_element (node, "recipient"))
        continue;

      person = get_attr (node, "person");
      if (!g_hash_table_contains (loader->persons, person))
        return fail_at (error, HEARTH_FILE_ERROR_DANGLING_REFERENCE, node,
                        _("the sharing checklist names “%s”, who is not in the household"), person);
      if (!g_hash_table_add (seen, g_strdup (person)))
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                        _("the sharing checklist has two rows for “%s”"), person);

      recipient = hearth_recipient_new (person);
      recipient->details_known = get_bool_attr (node, "details-known", FALSE);

      safe = get_attr (node, "safe-to-share");
      if (safe != NULL && !hearth_safe_to_share_from_string (safe, &recipient->safe_to_share))
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                        _("the sharing checklist row for “%s” has an unknown answer “%s”"), person, safe);

      reason = get_attr (node, "withheld-reason");
      if (reason != NULL && !hearth_withheld_reason_from_string (reason, &recipient->withheld_reason))
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                        _("the sharing checklist row for “%s” has an unknown reason “%s”"), person, reason);

      recipient->withheld_note = get_attr (node, "withheld-note");

      withhold = get_attr (node, "withhold");
      withheld = split_ids (withhold);
      for (guint i = 0; withheld[i]; i++)
        {
          if (g_str_equal (withheld[i], "address"))
            recipient->withhold_address = TRUE;
          else if (g_str_equal (withheld[i], "residents"))
            recipient->withhold_residents = TRUE;
        }

      findings = get_attr (node, "withhold-findings");
      g_strfreev (recipient->withhold_findings);
      recipient->withhold_findings = split_ids (findings);

      shared_on = get_attr (node, "shared-on");
      if (shared_on != NULL && !parse_date (shared_on, &recipient->shared_on))
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                        _("the date “%s” in the sharing checklist row for “%s” is not a date"),
                        shared_on, person);

      method = get_attr (node, "method");
      if (method != NULL && !hearth_share_method_from_string (method, &recipient->method))
        return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                        _("the sharing checklist row for “%s” has an unknown way of sharing “%s”"),
                        person, method);

      recipient->in_plan = get_bool_attr (node, "in-plan", FALSE);
      recipient->review_invite = get_bool_attr (node, "review-invite", FALSE);

      hearth_assessment_add_recipient (loader->assessment, g_steal_pointer (&recipient));
    }

  return TRUE;
}

static gboolean
check_sleeping_rooms (Loader   *loader,
                      xmlNode  *household,
                      GError  **error)
{
  for (xmlNode *node = household ? household->children : NULL; node; node = node->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *room = NULL;

      if (!is_element (node, "person"))
        continue;

      room = get_attr (node, "sleeps-in");
      if (room == NULL || g_hash_table_contains (loader->rooms, room))
        continue;

      id = get_attr (node, "id");
      return fail_at (error, HEARTH_FILE_ERROR_DANGLING_REFERENCE, node,
                      _("“%s” sleeps in “%s”, which is not a room on the plan"), id, room);
    }

  return TRUE;
}

static gboolean
read_case (Loader   *loader,
           xmlNode  *node,
           GError  **error)
{
  g_autofree char *reference = get_attr (node, "reference");
  g_autofree char *address = get_attr (node, "address");
  g_autofree char *assessor = get_attr (node, "assessor");
  g_autofree char *visit = get_attr (node, "visit-date");
  g_autofree char *plan_type_str = get_attr (node, "plan-type");
  g_autofree char *next_review_str = get_attr (node, "next-review");
  HearthPlanType plan_type = HEARTH_PLAN_TYPE_NONE;
  GDate date;
  GDate next_review;

  if (!parse_date (visit, &date))
    return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                    _("the visit date “%s” is not a date"), visit ? visit : "");

  if (plan_type_str != NULL && !hearth_plan_type_from_string (plan_type_str, &plan_type))
    return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                    _("the case has an unknown plan type “%s”"), plan_type_str);

  g_date_clear (&next_review, 1);
  if (next_review_str != NULL && !parse_date (next_review_str, &next_review))
    return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                    _("the date of the next review “%s” is not a date"), next_review_str);

  hearth_assessment_set_reference (loader->assessment, reference);
  hearth_assessment_set_address (loader->assessment, address);
  hearth_assessment_set_assessor (loader->assessment, assessor);
  hearth_assessment_set_visit_date (loader->assessment, &date);
  hearth_assessment_set_licensed_hmo (loader->assessment, get_bool_attr (node, "hmo", FALSE));
  hearth_assessment_set_plan_type (loader->assessment, plan_type);
  hearth_assessment_set_next_review (loader->assessment, &next_review);
  return TRUE;
}

static gboolean
read_referral (Loader   *loader,
               xmlNode  *node,
               GError  **error)
{
  g_autoptr(HearthReferral) referral = hearth_referral_new ();
  g_autofree char *status = get_attr (node, "status");
  g_autofree char *made_on = get_attr (node, "made-on");
  g_autofree char *reply_on = get_attr (node, "reply-on");

  if (!hearth_referral_status_from_string (status, &referral->status))
    return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                    _("the referral to Housing has an unknown status “%s”"), status ? status : "");

  if (made_on != NULL && !parse_date (made_on, &referral->made_on))
    return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                    _("the date the referral was made “%s” is not a date"), made_on);

  if (reply_on != NULL && !parse_date (reply_on, &referral->reply_on))
    return fail_at (error, HEARTH_FILE_ERROR_BAD_VALUE, node,
                    _("the date Housing replied “%s” is not a date"), reply_on);

  referral->made_to = get_attr (node, "to");
  referral->note = get_attr (node, "note");
  referral->reply = get_text (node);

  /* Empty texts become NULL here. */
  hearth_assessment_set_referral (loader->assessment, referral);
  return TRUE;
}

static HearthAssessment *
build_model (xmlDoc  *doc,
             GError **error)
{
  g_autoptr(HearthAssessment) assessment = hearth_assessment_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) rooms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) persons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Loader loader = { assessment, ids, rooms, persons };
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *household = NULL;

  /* Plan first, so that people and hazards can refer to its rooms. */
  for (xmlNode *node = root->children; node; node = node->next)
    {
      if (is_element (node, "case") && !read_case (&loader, node, error))
        return NULL;
      if (is_element (node, "plan") && !read_plan (&loader, node, error))
        return NULL;
      if (is_element (node, "notes"))
        {
          g_autofree char *notes = get_text (node);
          hearth_assessment_set_notes (assessment, notes);
        }
    }

  for (xmlNode *node = root->children; node; node = node->next)
    if (is_element (node, "household"))
      {
        household = node;
        if (!read_household (&loader, node, error))
          return NULL;
      }

  if (!check_sleeping_rooms (&loader, household, error))
    return NULL;

  for (xmlNode *node = root->children; node; node = node->next)
    {
      if (is_element (node, "hazards") && !read_hazards (&loader, node, error))
        return NULL;
      if (is_element (node, "referral") && !read_referral (&loader, node, error))
        return NULL;
      if (is_element (node, "sharing") && !read_sharing (&loader, node, error))
        return NULL;
    }

  return g_steal_pointer (&assessment);
}

/* Public API: loading */

HearthAssessment *
hearth_assessment_load_from_data (const char  *data,
                                  gsize        length,
                                  GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length == 0)
    {
      g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_MALFORMED,
                   _("line 1: the file is empty"));
      return NULL;
    }

  if (!check_bytes (data, length, error))
    return NULL;

  doc = parse_xml (data, length, error);
  if (doc == NULL)
    return NULL;

  if (!check_root (doc, error) || !check_schema (doc, error))
    return NULL;

  return build_model (doc, error);
}

HearthAssessment *
hearth_assessment_load_from_file (GFile         *file,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) contents = NULL;
  guint64 size;
  gsize want;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Refuse an oversized file before reading a byte of it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_DIRECTORY:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("This is a folder, not an assessment file"));
      return NULL;

    case G_FILE_TYPE_SPECIAL:
      /* A device or a pipe: /dev/zero would be read for ever. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("This is a device or a pipe, not an assessment file"));
      return NULL;

    default:
      break;
    }

  size = (guint64) g_file_info_get_size (info);
  if (size > HEARTH_FILE_MAX_SIZE)
    {
      set_too_large_error (error, size);
      return NULL;
    }

  /* Read until the end, but never more than one byte past the limit: the
   * file may have grown since it was measured, or its size be unknown. */
  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  contents = g_byte_array_sized_new (MIN (size, HEARTH_FILE_MAX_SIZE) + 1);
  want = MIN (size, HEARTH_FILE_MAX_SIZE) + 1;
  for (;;)
    {
      gsize old_len = contents->len;
      gsize got = 0;

      g_byte_array_set_size (contents, old_len + want);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), contents->data + old_len, want,
                                    &got, cancellable, error))
        return NULL;
      g_byte_array_set_size (contents, old_len + got);

      if (contents->len > HEARTH_FILE_MAX_SIZE)
        {
          set_too_large_error (error, contents->len);
          return NULL;
        }
      if (got < want)
        break;

      want = MIN (MAX (contents->len, 65536), HEARTH_FILE_MAX_SIZE + 1 - contents->len);
    }

  return hearth_assessment_load_from_data ((const char *) contents->data, contents->len, error);
}

/* Public API: saving */

/* XML 1.0 cannot hold most control characters; a name pasted from
 * elsewhere may carry one. Replace them rather than write a file that
 * will not load again. */
static char *
xml_safe (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
          c == 0xFFFE || c == 0xFFFF)
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
set_attr (xmlNode    *node,
          const char *name,
          const char *value)
{
  g_autofree char *safe = NULL;

  if (value == NULL)
    return;
  safe = xml_safe (value);
  xmlNewProp (node, (const xmlChar *) name, (const xmlChar *) safe);
}

static void
set_bool_attr (xmlNode    *node,
               const char *name,
               gboolean    value)
{
  set_attr (node, name, value ? "true" : "false");
}

static void
set_int_attr (xmlNode    *node,
              const char *name,
              gint64      value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
  set_attr (node, name, buf);
}

static void
set_date_attr (xmlNode     *node,
               const char  *name,
               const GDate *date)
{
  g_autofree char *str = NULL;

  if (date == NULL || !g_date_valid (date))
    return;
  str = format_date (date);
  set_attr (node, name, str);
}

static void
set_list_attr (xmlNode            *node,
               const char         *name,
               const char * const *values)
{
  g_autofree char *joined = NULL;

  if (values == NULL || values[0] == NULL)
    return;
  joined = g_strjoinv (" ", (char **) values);
  set_attr (node, name, joined);
}

static xmlNode *
add_child (xmlNode    *parent,
           const char *name,
           const char *text)
{
  g_autofree char *safe = xml_safe (text);

  /* xmlNewTextChild escapes &, < and >. */
  return xmlNewTextChild (parent, parent->ns, (const xmlChar *) name, (const xmlChar *) safe);
}

static void
write_vertices (xmlNode             *parent,
                const HearthPolygon *polygon)
{
  for (guint i = 0; i < hearth_polygon_get_n_points (polygon); i++)
    {
      HearthPoint p = hearth_polygon_get_point (polygon, i);
      xmlNode *vertex = add_child (parent, "vertex", NULL);

      set_int_attr (vertex, "x", p.x);
      set_int_attr (vertex, "y", p.y);
    }
}

static void
write_household (xmlNode          *root,
                 HearthAssessment *assessment)
{
  GPtrArray *persons = hearth_assessment_get_persons (assessment);
  GPtrArray *couples = hearth_assessment_get_couples (assessment);
  xmlNode *household = add_child (root, "household", NULL);

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      xmlNode *node = add_child (household, "person", NULL);

      set_attr (node, "id", hearth_person_get_id (person));
      set_attr (node, "name", hearth_person_get_name (person));
      set_attr (node, "sex", hearth_sex_to_string (hearth_person_get_sex (person)));
      set_date_attr (node, "born", hearth_person_get_born (person));
      if (hearth_person_get_stated_age (person) != HEARTH_AGE_UNKNOWN)
        set_int_attr (node, "age", hearth_person_get_stated_age (person));
      set_bool_attr (node, "resident", hearth_person_get_resident (person));
      set_bool_attr (node, "parental-responsibility", hearth_person_get_parental_responsibility (person));
      set_attr (node, "sleeps-in", hearth_person_get_sleeps_in (person));
    }

  for (guint i = 0; i < couples->len; i++)
    {
      HearthCouple *couple = g_ptr_array_index (couples, i);
      g_autofree char *members = g_strdup_printf ("%s %s", couple->first, couple->second);
      xmlNode *node = add_child (household, "couple", NULL);

      set_attr (node, "members", members);
    }
}

static void
write_plan (xmlNode          *root,
            HearthAssessment *assessment)
{
  GPtrArray *floors = hearth_assessment_get_floors (assessment);
  xmlNode *plan = add_child (root, "plan", NULL);

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);
      xmlNode *fnode = add_child (plan, "floor", NULL);

      set_attr (fnode, "id", hearth_floor_get_id (floor));
      set_attr (fnode, "name", hearth_floor_get_name (floor));
      set_int_attr (fnode, "level", hearth_floor_get_level (floor));

      for (guint j = 0; j < hearth_floor_get_n_rooms (floor); j++)
        {
          HearthRoom *room = hearth_floor_get_room (floor, j);
          xmlNode *rnode = add_child (fnode, "room", NULL);

          set_attr (rnode, "id", hearth_room_get_id (room));
          set_attr (rnode, "name", hearth_room_get_name (room));
          if (hearth_room_get_use (room) != HEARTH_ROOM_USE_UNKNOWN)
            set_attr (rnode, "use", hearth_room_use_to_string (hearth_room_get_use (room)));
          set_bool_attr (rnode, "living-room", hearth_room_get_living_room (room));
          write_vertices (rnode, hearth_room_get_polygon (room));

          for (guint k = 0; k < hearth_room_get_n_low_headroom (room); k++)
            {
              const HearthLowHeadroom *zone = hearth_room_get_low_headroom (room, k);
              xmlNode *znode = add_child (rnode, "low-headroom", NULL);

              if (zone->max_height_mm > 0)
                set_int_attr (znode, "max-height", zone->max_height_mm);
              write_vertices (znode, zone->polygon);
            }

          if (hearth_room_get_notes (room) != NULL)
            add_child (rnode, "notes", hearth_room_get_notes (room));
        }
    }
}

static void
write_hazards (xmlNode          *root,
               HearthAssessment *assessment)
{
  static const char * const class_attrs[4] = { "class-i", "class-ii", "class-iii", "class-iv" };
  GPtrArray *hazards = hearth_assessment_get_hazards (assessment);
  xmlNode *parent = add_child (root, "hazards", NULL);

  for (guint i = 0; i < hazards->len; i++)
    {
      HearthHazard *hazard = g_ptr_array_index (hazards, i);
      xmlNode *node = add_child (parent, "hazard", hazard->notes);
      g_autofree char *likelihood = format_fixed (hazard->likelihood_milli, 3, 0);

      set_int_attr (node, "number", hazard->number);
      set_list_attr (node, "rooms", (const char * const *) hazard->rooms);
      set_attr (node, "likelihood", likelihood);
      for (guint c = 0; c < 4; c++)
        {
          g_autofree char *value = format_fixed (hazard->spread_tenths[c], 1, 1);
          set_attr (node, class_attrs[c], value);
        }
    }
}

/* Not written at all while untouched: "not considered", nothing recorded. */
static void
write_referral (xmlNode          *root,
                HearthAssessment *assessment)
{
  g_autoptr(HearthReferral) untouched = hearth_referral_new ();
  const HearthReferral *referral = hearth_assessment_get_referral (assessment);
  xmlNode *node;

  if (hearth_referral_equal (referral, untouched))
    return;

  node = add_child (root, "referral", (referral->reply && *referral->reply) ? referral->reply : NULL);
  set_attr (node, "status", hearth_referral_status_to_string (referral->status));
  set_date_attr (node, "made-on", &referral->made_on);
  if (referral->made_to && *referral->made_to)
    set_attr (node, "to", referral->made_to);
  set_date_attr (node, "reply-on", &referral->reply_on);
  if (referral->note && *referral->note)
    set_attr (node, "note", referral->note);
}

static void
write_sharing (xmlNode          *root,
               HearthAssessment *assessment)
{
  GPtrArray *recipients = hearth_assessment_get_recipients (assessment);
  xmlNode *parent = add_child (root, "sharing", NULL);

  for (guint i = 0; i < recipients->len; i++)
    {
      HearthRecipient *r = g_ptr_array_index (recipients, i);
      xmlNode *node = add_child (parent, "recipient", NULL);
      g_autoptr(GStrvBuilder) withhold = g_strv_builder_new ();
      g_auto(GStrv) withheld = NULL;

      set_attr (node, "person", r->person);
      set_bool_attr (node, "details-known", r->details_known);
      set_attr (node, "safe-to-share", hearth_safe_to_share_to_string (r->safe_to_share));
      if (r->withheld_reason != HEARTH_WITHHELD_REASON_NONE)
        set_attr (node, "withheld-reason", hearth_withheld_reason_to_string (r->withheld_reason));
      set_attr (node, "withheld-note", r->withheld_note);

      if (r->withhold_address)
        g_strv_builder_add (withhold, "address");
      if (r->withhold_residents)
        g_strv_builder_add (withhold, "residents");
      withheld = g_strv_builder_end (withhold);
      set_list_attr (node, "withhold", (const char * const *) withheld);
      set_list_attr (node, "withhold-findings", (const char * const *) r->withhold_findings);

      set_date_attr (node, "shared-on", &r->shared_on);
      if (r->method != HEARTH_SHARE_METHOD_NONE)
        set_attr (node, "method", hearth_share_method_to_string (r->method));
      set_bool_attr (node, "in-plan", r->in_plan);
      set_bool_attr (node, "review-invite", r->review_invite);
    }
}

GBytes *
hearth_assessment_to_bytes (HearthAssessment *assessment)
{
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root;
  xmlNode *case_node;
  xmlNs *ns;
  xmlChar *buffer = NULL;
  int size = 0;
  GBytes *bytes;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);

  doc = xmlNewDoc ((const xmlChar *) "1.0");
  root = xmlNewNode (NULL, (const xmlChar *) "hearth-assessment");
  ns = xmlNewNs (root, NS, NULL);
  xmlSetNs (root, ns);
  xmlDocSetRootElement (doc, root);
  set_int_attr (root, "version", HEARTH_FILE_VERSION);

  case_node = add_child (root, "case", NULL);
  set_attr (case_node, "reference", hearth_assessment_get_reference (assessment));
  set_attr (case_node, "address", hearth_assessment_get_address (assessment));
  set_date_attr (case_node, "visit-date", hearth_assessment_get_visit_date (assessment));
  set_attr (case_node, "assessor", hearth_assessment_get_assessor (assessment));
  set_bool_attr (case_node, "hmo", hearth_assessment_get_licensed_hmo (assessment));
  if (hearth_assessment_get_plan_type (assessment) != HEARTH_PLAN_TYPE_NONE)
    set_attr (case_node, "plan-type", hearth_plan_type_to_string (hearth_assessment_get_plan_type (assessment)));
  set_date_attr (case_node, "next-review", hearth_assessment_get_next_review (assessment));

  write_household (root, assessment);
  write_plan (root, assessment);
  write_hazards (root, assessment);
  write_referral (root, assessment);
  write_sharing (root, assessment);
  if (hearth_assessment_get_notes (assessment) != NULL)
    add_child (root, "notes", hearth_assessment_get_notes (assessment));

  xmlDocDumpFormatMemoryEnc (doc, &buffer, &size, "UTF-8", 1);
  bytes = g_bytes_new (buffer, size);
  xmlFree (buffer);
  return bytes;
}

gboolean
hearth_assessment_save_to_file (HearthAssessment  *assessment,
                                GFile             *file,
                                GCancellable      *cancellable,
                                GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HearthAssessment) check = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  gconstpointer data;
  gsize size;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Hearth must be able to open what it saves: a file that does not load
   * again loses the visit. Refuse, and leave any old file as it was. */
  if (!g_date_valid (hearth_assessment_get_visit_date (assessment)))
    {
      g_set_error (error, HEARTH_FILE_ERROR, HEARTH_FILE_ERROR_INVALID,
                   _("The assessment has no visit date; record the date of the visit before saving"));
      return FALSE;
    }

  bytes = hearth_assessment_to_bytes (assessment);
  data = g_bytes_get_data (bytes, &size);

  check = hearth_assessment_load_from_data (data, size, &local_error);
  if (check == NULL)
    {
      g_set_error (error, HEARTH_FILE_ERROR, local_error->code,
                   _("The assessment cannot be saved as it is, because it could not be opened "
                     "again: %s"), local_error->message);
      return FALSE;
    }

  path = g_file_get_path (file);
  if (path != NULL)
    /* Temporary file beside the old one, fsync, rename over it: a crash
     * leaves the old file or the new one, never a torn one. */
    return g_file_set_contents_full (path, data, size,
                                     G_FILE_SET_CONTENTS_CONSISTENT |
                                     G_FILE_SET_CONTENTS_DURABLE,
                                     0600, error);

  return g_file_replace_contents (file, data, size, NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}
