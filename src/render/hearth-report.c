/* hearth-report.c: the review-meeting document, as PDF or printed pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * hearth_report_new() decides everything: what may be shown to whom, the
 * words, and where every line of text, table rule and floor plan goes on
 * which page. The result is a list of pages, each a list of drawing
 * operations in points from the page's top-left corner, so the number of
 * pages is known before anything is drawn and any page can be drawn alone
 * (printing asks for pages in any order). Text is measured with a Pango
 * context set up exactly as the one used for drawing (72 dpi, no hinting
 * of metrics), so what was measured is what is drawn.
 *
 * Withheld details never enter the layout: a hidden adult's name is
 * replaced before any text is made, and withheld findings are dropped from
 * the findings list that every section is built from.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "hearth-plan-renderer.h"
#include "hearth-report.h"
#include "hearth-units.h"

/* ------------------------------------------------------------------------- */
/* Page geometry and type                                                    */
/* ------------------------------------------------------------------------- */

#define PT_PER_MM      (72.0 / 25.4)
#define MARGIN         (20.0 * PT_PER_MM)
#define CONTENT_X      MARGIN
#define CONTENT_TOP    MARGIN
#define CONTENT_WIDTH  (HEARTH_REPORT_PAGE_WIDTH - 2.0 * MARGIN)
#define CONTENT_BOTTOM (HEARTH_REPORT_PAGE_HEIGHT - MARGIN)
#define FOOTER_Y       (HEARTH_REPORT_PAGE_HEIGHT - MARGIN + 10.0)

#define FONT_TITLE     "Sans Bold 20"
#define FONT_H1        "Sans Bold 14"
#define FONT_H2        "Sans Bold 11"
#define FONT_BOLD      "Sans Bold 10"
#define FONT_BODY      "Sans 10"
#define FONT_SMALL     "Sans 9"
#define FONT_TABLE     "Sans 9"
#define FONT_TABLE_B   "Sans Bold 9"
#define FONT_PLAN      "Sans 7"

#define COLOUR_TEXT    0x241f31
#define COLOUR_MUTED   0x5e5c64
#define COLOUR_RULE    0x9a9996
#define COLOUR_HEADER  0xe8e8e7

#define CELL_PAD       3.0
#define INDENT         12.0

/* Plans: the box they are drawn in, and what is kept clear inside it. */
#define PLAN_MAX_HEIGHT 430.0
#define PLAN_PAD        12.0
#define PLAN_BAR_SPACE  40.0   /* the renderer's scale bar, bottom left */

static const int plan_scales[] = { 50, 75, 100 };
#define PLAN_FALLBACK_SCALE 200

/* ------------------------------------------------------------------------- */
/* Page operations                                                           */
/* ------------------------------------------------------------------------- */

typedef enum {
  OP_TEXT,
  OP_RECT,   /* filled */
  OP_LINE,   /* from (x, y) to (x + width, y + height) */
  OP_PLAN,
} OpKind;

typedef struct {
  OpKind       kind;
  double       x, y, width, height;  /* text: width < 0 for no wrapping */
  char        *text;
  const char  *font;
  guint32      colour;
  HearthFloor *floor;                /* plan: the floor, its scale in pt */
  double       scale;                /*   per mm and the plan point at */
  double       offset_x, offset_y;   /*   the box's corner in mm */
} Op;

static void
op_free (gpointer data)
{
  Op *op = data;

  g_free (op->text);
  g_clear_object (&op->floor);
  g_free (op);
}

struct _HearthReport {
  HearthAssessment    *assessment;
  HearthReportKind     kind;
  gboolean             initials;
  HearthHeadroomRule   headroom_rule;
  HearthPerson        *recipient;     /* for HEARTH_REPORT_RECIPIENT */
  HearthRecipient     *row;           /* a copy of the recipient's row */
  gboolean             hide_address;
  gboolean             hide_residents;
  HearthAssessment    *view;          /* persons as the plan may show them */
  GPtrArray           *findings;      /* HearthFinding, withheld ones left out */
  GHashTable          *flagged;       /* room id → severity + 1 */
  GHashTable          *labels;        /* person id → "Amy Carter (11)" */
  GHashTable          *short_labels;  /* person id → "Amy (11)" */
  GPtrArray           *replacements;  /* GRegex, then replacement, pairs */
  char                *reference;
  char                *title;
  char                *author;
  GPtrArray           *pages;         /* GPtrArray of Op */
};

G_DEFINE_QUARK (hearth-report-error-quark, hearth_report_error)

/* ------------------------------------------------------------------------- */
/* Pango                                                                     */
/* ------------------------------------------------------------------------- */

/* Points as units, and metrics that do not depend on the surface, so that
 * measuring without a surface agrees with drawing on one. */
static PangoContext *
create_pango_context (void)
{
  PangoContext *context;
  cairo_font_options_t *options;

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  return context;
}

static PangoLayout *
create_text_layout (PangoContext *context,
                    const char   *text,
                    const char   *font,
                    double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, width < 0 ? -1 : (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
measure_text (PangoContext *context,
              const char   *text,
              const char   *font,
              double        width,
              double       *out_width,
              double       *out_height)
{
  g_autoptr(PangoLayout) layout = create_text_layout (context, text, font, width);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (out_width != NULL)
    *out_width = (double) logical.width / PANGO_SCALE;
  if (out_height != NULL)
    *out_height = (double) logical.height / PANGO_SCALE;
}

/* ------------------------------------------------------------------------- */
/* Words                                                                     */
/* ------------------------------------------------------------------------- */

static char *
format_date (const GDate *date)
{
  g_autoptr(GDateTime) time = NULL;

  if (date == NULL || !g_date_valid (date))
    return g_strdup (_("Not recorded"));
  time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 0, 0, 0);
  return g_date_time_format (time, "%-d %B %Y");
}

static const char *
yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

/* "JC" for "Joanne Carter", as the plan labels do. */
static char *
initials_of (const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name != NULL ? name : "", " \t", -1);
  GString *out = g_string_new (NULL);
  guint n_words = 0;
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      n_words++;
  for (guint i = 0, k = 0; words[i] != NULL; i++)
    {
      gunichar c;

      if (words[i][0] == '\0')
        continue;
      k++;
      if (k != 1 && k != n_words)
        continue;
      c = g_utf8_get_char_validated (words[i], -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        continue;
      g_string_append_unichar (out, g_unichar_toupper (c));
      n++;
    }
  if (n == 0)
    g_string_append_c (out, '?');
  return g_string_free (out, FALSE);
}

static char *
first_name_of (const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name != NULL ? name : "", " \t", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      return g_strdup (words[i]);
  return g_strdup ("?");
}

static int
person_age (HearthReport *report,
            HearthPerson *person)
{
  return hearth_person_get_age_on (person, hearth_assessment_get_visit_date (report->assessment));
}

/* Whether this person's details are left out: every adult but the
 * recipient, when the recipient's row withholds other residents. Someone
 * of unknown age counts as an adult. */
static gboolean
person_is_hidden (HearthReport *report,
                  HearthPerson *person)
{
  int age;

  if (!report->hide_residents || person == report->recipient)
    return FALSE;
  age = person_age (report, person);
  return age == HEARTH_AGE_UNKNOWN || age >= 18;
}

static char *
with_age (const char *name,
          int         age)
{
  if (age == HEARTH_AGE_UNKNOWN)
    return g_strdup (name);
  return g_strdup_printf ("%s (%d)", name, age);
}

/* Builds the labels for every person, and the replacements that bring
 * finding messages (which name people in full) in line with them. */
static void
prepare_people (HearthReport *report)
{
  GPtrArray *persons = hearth_assessment_get_persons (report->assessment);

  report->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  report->short_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  report->replacements = g_ptr_array_new ();

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      const char *id = hearth_person_get_id (person);
      const char *name = hearth_person_get_name (person);
      int age = person_age (report, person);
      g_autofree char *escaped = NULL;
      g_autofree char *pattern = NULL;
      char *label, *short_label, *replacement = NULL;

      if (person_is_hidden (report, person))
        {
          label = g_strdup (_("Another adult"));
          short_label = g_strdup (_("another adult"));
          replacement = g_strdup (_("another adult"));
          /* The name and any age after it. */
          escaped = g_regex_escape_string (name != NULL ? name : "", -1);
          pattern = g_strdup_printf ("%s( \\(\\d+\\))?", escaped);
        }
      else if (report->initials)
        {
          g_autofree char *initials = initials_of (name);

          label = with_age (initials, age);
          short_label = with_age (initials, age);
          replacement = g_regex_escape_string (initials, -1);
          /* Only the name: the age after it stays. */
          escaped = g_regex_escape_string (name != NULL ? name : "", -1);
          pattern = g_strdup (escaped);
        }
      else
        {
          g_autofree char *first = first_name_of (name);

          label = with_age (name != NULL ? name : "?", age);
          short_label = with_age (first, age);
        }

      g_hash_table_insert (report->labels, g_strdup (id), label);
      g_hash_table_insert (report->short_labels, g_strdup (id), short_label);
      if (pattern != NULL && name != NULL && name[0] != '\0')
        {
          GRegex *regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL);

          if (regex != NULL)
            {
              g_ptr_array_add (report->replacements, regex);
              g_ptr_array_add (report->replacements, replacement);
              replacement = NULL;
            }
        }
      g_free (replacement);
    }
}

/* @text with people named as this version may name them. */
static char *
redact (HearthReport *report,
        const char   *text)
{
  char *result = g_strdup (text != NULL ? text : "");

  for (guint i = 0; i + 1 < report->replacements->len; i += 2)
    {
      GRegex *regex = g_ptr_array_index (report->replacements, i);
      const char *replacement = g_ptr_array_index (report->replacements, i + 1);
      char *next = g_regex_replace (regex, result, -1, 0, replacement, 0, NULL);

      if (next != NULL)
        {
          g_free (result);
          result = next;
        }
    }
  return result;
}

static const char *
person_label (HearthReport *report,
              const char   *id)
{
  const char *label = g_hash_table_lookup (report->labels, id);

  return label != NULL ? label : _("Someone not in the household list");
}

static const char *
person_short_label (HearthReport *report,
                    const char   *id)
{
  const char *label = g_hash_table_lookup (report->short_labels, id);

  return label != NULL ? label : _("someone");
}

static const char *
room_name (HearthReport *report,
           const char   *id)
{
  HearthRoom *room = hearth_assessment_find_room (report->assessment, id, NULL);

  return room != NULL ? hearth_room_get_name (room) : id;
}

/* "A", "A and B", "A, B and C". */
static char *
join_list (GPtrArray *items)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == items->len ? _(" and ") : ", ");
      g_string_append (out, g_ptr_array_index (items, i));
    }
  return g_string_free (out, FALSE);
}

static char *
finding_people (HearthReport        *report,
                const HearthFinding *finding,
                gboolean             short_form)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  for (guint i = 0; finding->persons != NULL && finding->persons[i] != NULL; i++)
    g_ptr_array_add (items, (gpointer) (short_form ? person_short_label (report, finding->persons[i])
                                                   : person_label (report, finding->persons[i])));
  return join_list (items);
}

static char *
finding_rooms (HearthReport        *report,
               const HearthFinding *finding)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  for (guint i = 0; finding->rooms != NULL && finding->rooms[i] != NULL; i++)
    g_ptr_array_add (items, (gpointer) room_name (report, finding->rooms[i]));
  return join_list (items);
}

static guint
strv_len0 (GStrv strv)
{
  return strv != NULL ? g_strv_length (strv) : 0;
}

static const char *
finding_title (const HearthFinding *finding)
{
  const char *title = hearth_rule_get_title (finding->rule);

  return title != NULL ? title : finding->rule;
}

/* "her", "his" or "their" for the people of a finding. */
static const char *
possessive (HearthReport        *report,
            const HearthFinding *finding)
{
  HearthPerson *person;

  if (strv_len0 (finding->persons) != 1)
    return _("their");
  person = hearth_assessment_find_person (report->assessment, finding->persons[0]);
  if (person == NULL || person_is_hidden (report, person))
    return _("their");
  switch (hearth_person_get_sex (person))
    {
    case HEARTH_SEX_FEMALE:
      return _("her");
    case HEARTH_SEX_MALE:
      return _("his");
    case HEARTH_SEX_NOT_RECORDED:
    default:
      return _("their");
    }
}

/* For an upcoming change: who has the birthday that brings it, and the
 * age they turn. */
static HearthPerson *
upcoming_birthday (HearthReport        *report,
                   const HearthFinding *finding,
                   int                 *age)
{
  GDate before;

  if (!g_date_valid (&finding->effective))
    return NULL;
  before = finding->effective;
  g_date_subtract_days (&before, 1);
  for (guint i = 0; finding->persons != NULL && finding->persons[i] != NULL; i++)
    {
      HearthPerson *person = hearth_assessment_find_person (report->assessment, finding->persons[i]);
      int then, now;

      if (person == NULL)
        continue;
      then = hearth_person_get_age_on (person, &before);
      now = hearth_person_get_age_on (person, &finding->effective);
      if (then != HEARTH_AGE_UNKNOWN && now != then)
        {
          *age = now;
          return person;
        }
    }
  return NULL;
}

/* One plain sentence for the family version: no statute numbers. */
static char *
plain_sentence (HearthReport        *report,
                const HearthFinding *finding)
{
  g_autofree char *people = finding_people (report, finding, TRUE);
  g_autofree char *rooms = finding_rooms (report, finding);
  gboolean one = strv_len0 (finding->persons) == 1;
  gboolean has_people = people[0] != '\0';
  gboolean has_rooms = rooms[0] != '\0';
  const char *rule = finding->rule;
  char *sentence;

  if (g_str_equal (rule, "small-bedroom") && has_people)
    {
      sentence = g_strdup_printf (one ? _("%s sleeps in a room smaller than the law’s 70 sq ft for someone %s age.")
                                      : _("%s sleep in a room smaller than the law’s 70 sq ft for someone %s age."),
                                  people, possessive (report, finding));
    }
  else if (g_str_equal (rule, "room-standard"))
    {
      sentence = has_people
        ? g_strdup_printf (_("%s have to sleep in the same room as someone of the opposite sex, which the law on overcrowding does not allow."), people)
        : g_strdup (_("Some people here have to sleep in the same room as someone of the opposite sex, which the law on overcrowding does not allow."));
    }
  else if (g_str_equal (rule, "opposite-sex-sharing") && has_people)
    {
      sentence = g_strdup_printf (_("%s share a bedroom although they are of different sexes and old enough to need privacy."), people);
    }
  else if (g_str_equal (rule, "space-standard"))
    {
      sentence = g_strdup (_("More people live here than the law allows for the number and size of the rooms."));
    }
  else if (g_str_equal (rule, "hmo-room-size") && has_people && has_rooms)
    {
      sentence = g_strdup_printf (one ? _("%s sleeps in %s, which is smaller than a bedroom in a licensed shared house must be; we use this as a comparison.")
                                      : _("%s sleep in %s, which is smaller than a bedroom in a licensed shared house must be; we use this as a comparison."),
                                  people, rooms);
    }
  else if (g_str_equal (rule, "bedroom-standard"))
    {
      sentence = g_strdup (_("The home has fewer bedrooms than your household needs by the measure councils use to plan housing."));
    }
  else if (g_str_equal (rule, "ndss-bedroom") && has_rooms)
    {
      sentence = g_strdup_printf (_("%s is smaller than a bedroom in a new home should be; we use this as a comparison."), rooms);
    }
  else if (g_str_equal (rule, "unsuitable-sleeping-room") && has_people && has_rooms)
    {
      sentence = g_strdup_printf (one ? _("%s sleeps in %s, which is not a room meant for sleeping.")
                                      : _("%s sleep in %s, which is not a room meant for sleeping."),
                                  people, rooms);
    }
  else if (g_str_equal (rule, "no-sleeping-room") && has_people)
    {
      sentence = g_strdup_printf (_("We did not record where %s sleeps."), people);
    }
  else if (g_str_equal (rule, "upcoming-change"))
    {
      g_autofree char *date = format_date (&finding->effective);
      int age = 0;
      HearthPerson *person = upcoming_birthday (report, finding, &age);

      if (person != NULL && has_rooms)
        {
          g_autofree char *first = person_is_hidden (report, person)
            ? g_strdup (_("another adult"))
            : report->initials ? initials_of (hearth_person_get_name (person))
                               : first_name_of (hearth_person_get_name (person));

          sentence = g_strdup_printf (_("From %s, when %s turns %d, %s will be checked again, because the rules for older children are different."),
                                      date, first, age, rooms);
        }
      else
        sentence = g_strdup_printf (_("From %s, the rules will apply differently to this home."), date);
    }
  else if (g_str_equal (rule, "hhsrs-category-1"))
    {
      sentence = g_strdup (_("A serious hazard to health or safety was found in this home, and the council has a duty to act on it."));
    }
  else if (g_str_equal (rule, "data-incomplete"))
    {
      sentence = g_strdup (_("Some information is still missing, so some checks could not be done yet."));
    }
  else
    sentence = g_strdup_printf ("%s.", finding_title (finding));

  return sentence;
}

static const char *
severity_heading (HearthReport   *report,
                  HearthSeverity  severity)
{
  if (report->kind != HEARTH_REPORT_FAMILY)
    return hearth_severity_get_label (severity);
  switch (severity)
    {
    case HEARTH_SEVERITY_BREACH:
      return _("Against the law on overcrowding");
    case HEARTH_SEVERITY_HAZARD:
      return _("Risks to health and safety");
    case HEARTH_SEVERITY_ADVISORY:
      return _("Compared with other standards");
    case HEARTH_SEVERITY_INFO:
    default:
      return _("For information");
    }
}

static char *
referral_text (HearthReport *report)
{
  const HearthReferral *referral = hearth_assessment_get_referral (report->assessment);
  GString *out = g_string_new (NULL);

  if (referral == NULL)
    {
      g_string_append (out, _("Not considered yet."));
      return g_string_free (out, FALSE);
    }

  switch (referral->status)
    {
    case HEARTH_REFERRAL_MADE:
      {
        g_autofree char *date = format_date (&referral->made_on);

        if (referral->made_to != NULL && referral->made_to[0] != '\0')
          g_string_append_printf (out, _("Made on %s to %s."), date, referral->made_to);
        else
          g_string_append_printf (out, _("Made on %s."), date);
        if (g_date_valid (&referral->reply_on))
          {
            g_autofree char *reply_on = format_date (&referral->reply_on);

            g_string_append_printf (out, _(" Reply on %s"), reply_on);
            if (referral->reply != NULL && referral->reply[0] != '\0')
              g_string_append_printf (out, ": %s", referral->reply);
            g_string_append_c (out, '.');
          }
        else
          g_string_append (out, _(" No reply yet."));
      }
      break;
    case HEARTH_REFERRAL_NOT_MADE:
      g_string_append (out, _("Decided against."));
      break;
    case HEARTH_REFERRAL_NOT_CONSIDERED:
    default:
      g_string_append (out, _("Not considered yet."));
      break;
    }
  if (referral->note != NULL && referral->note[0] != '\0' && report->kind == HEARTH_REPORT_FULL)
    g_string_append_printf (out, " %s", referral->note);
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------- */
/* Flowing text and tables onto pages                                        */
/* ------------------------------------------------------------------------- */

typedef struct {
  HearthReport *report;
  PangoContext *context;
  GPtrArray    *page;  /* Op, the page being filled */
  double        y;
} Flow;

static void
flow_new_page (Flow *flow)
{
  flow->page = g_ptr_array_new_with_free_func (op_free);
  g_ptr_array_add (flow->report->pages, flow->page);
  flow->y = CONTENT_TOP;
}

static gboolean
flow_at_top (Flow *flow)
{
  return flow->y <= CONTENT_TOP + 0.5;
}

/* Starts a new page unless @height still fits on this one. */
static void
flow_need (Flow   *flow,
           double  height)
{
  if (flow->y + height > CONTENT_BOTTOM && !flow_at_top (flow))
    flow_new_page (flow);
}

static Op *
add_op (GPtrArray *page,
        OpKind     kind,
        double     x,
        double     y,
        double     width,
        double     height)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  op->x = x;
  op->y = y;
  op->width = width;
  op->height = height;
  op->colour = COLOUR_TEXT;
  g_ptr_array_add (page, op);
  return op;
}

static void
add_text_op (GPtrArray  *page,
             const char *text,
             const char *font,
             guint32     colour,
             double      x,
             double      y,
             double      width)
{
  Op *op = add_op (page, OP_TEXT, x, y, width, 0.0);

  op->text = g_strdup (text);
  op->font = font;
  op->colour = colour;
}

/* A paragraph across the content width less @indent, split between pages
 * at a line break when it does not fit. */
static void
flow_text_full (Flow       *flow,
                const char *text,
                const char *font,
                guint32     colour,
                double      indent,
                double      space_after)
{
  double width = CONTENT_WIDTH - indent;
  g_autofree char *rest = g_strdup (text);

  while (rest != NULL)
    {
      g_autoptr(PangoLayout) layout = create_text_layout (flow->context, rest, font, width);
      PangoRectangle logical;
      PangoLayoutIter *iter;
      int split = -1;

      pango_layout_get_extents (layout, NULL, &logical);
      if (flow->y + (double) logical.height / PANGO_SCALE <= CONTENT_BOTTOM)
        {
          add_text_op (flow->page, rest, font, colour, CONTENT_X + indent, flow->y, width);
          flow->y += (double) logical.height / PANGO_SCALE + space_after;
          break;
        }

      /* The first line that does not fit starts the next page. */
      iter = pango_layout_get_iter (layout);
      do
        {
          int y0, y1;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          if (flow->y + (double) y1 / PANGO_SCALE > CONTENT_BOTTOM)
            {
              split = pango_layout_iter_get_line_readonly (iter)->start_index;
              break;
            }
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);

      if (split <= 0)
        {
          if (flow_at_top (flow))
            {
              /* Cannot happen with a line shorter than a page; draw it. */
              add_text_op (flow->page, rest, font, colour, CONTENT_X + indent, flow->y, width);
              flow->y += (double) logical.height / PANGO_SCALE + space_after;
              break;
            }
          flow_new_page (flow);
          continue;
        }

      {
        g_autofree char *head = g_strndup (rest, split);
        char *tail = g_strdup (rest + split);

        add_text_op (flow->page, g_strchomp (head), font, colour, CONTENT_X + indent, flow->y, width);
        g_free (rest);
        rest = tail;
        flow_new_page (flow);
      }
    }
}

static void
flow_text (Flow       *flow,
           const char *text,
           const char *font,
           double      indent,
           double      space_after)
{
  flow_text_full (flow, text, font, COLOUR_TEXT, indent, space_after);
}

static void
flow_space (Flow   *flow,
            double  height)
{
  if (!flow_at_top (flow))
    flow->y = MIN (flow->y + height, CONTENT_BOTTOM);
}

/* A heading kept with at least @keep points of what follows. */
static void
flow_heading (Flow       *flow,
              const char *text,
              const char *font,
              double      keep)
{
  double height;

  measure_text (flow->context, text, font, CONTENT_WIDTH, NULL, &height);
  flow_need (flow, height + keep);
  flow_text (flow, text, font, 0.0, 4.0);
}

/* A label and its value side by side. */
static void
flow_field (Flow       *flow,
            const char *label,
            const char *value)
{
  const double label_width = 110.0;
  double h1, h2;

  measure_text (flow->context, label, FONT_BOLD, label_width - 6.0, NULL, &h1);
  measure_text (flow->context, value, FONT_BODY, CONTENT_WIDTH - label_width, NULL, &h2);
  flow_need (flow, MAX (h1, h2));
  add_text_op (flow->page, label, FONT_BOLD, COLOUR_TEXT, CONTENT_X, flow->y, label_width - 6.0);
  add_text_op (flow->page, value, FONT_BODY, COLOUR_TEXT, CONTENT_X + label_width, flow->y,
               CONTENT_WIDTH - label_width);
  flow->y += MAX (h1, h2) + 3.0;
}

/* Paragraphs kept together on one page when they fit on one. */
typedef struct {
  char       *text;
  const char *font;
  guint32     colour;
  double      indent;
  double      after;
} Para;

static void
para_free (gpointer data)
{
  Para *para = data;

  g_free (para->text);
  g_free (para);
}

/* Takes ownership of @text. */
static void
block_add (GPtrArray  *block,
           char       *text,
           const char *font,
           guint32     colour,
           double      indent,
           double      after)
{
  Para *para = g_new0 (Para, 1);

  para->text = text;
  para->font = font;
  para->colour = colour;
  para->indent = indent;
  para->after = after;
  g_ptr_array_add (block, para);
}

static void
flow_block (Flow      *flow,
            GPtrArray *block)
{
  double height = 0.0;

  for (guint i = 0; i < block->len; i++)
    {
      Para *para = g_ptr_array_index (block, i);
      double h;

      measure_text (flow->context, para->text, para->font, CONTENT_WIDTH - para->indent, NULL, &h);
      height += h + para->after;
    }
  flow_need (flow, height);
  for (guint i = 0; i < block->len; i++)
    {
      Para *para = g_ptr_array_index (block, i);

      flow_text_full (flow, para->text, para->font, para->colour, para->indent, para->after);
    }
}

/* Tables */

typedef struct {
  guint      n_columns;
  guint64    nowrap;   /* bit n: column n is never narrower than its cells */
  GStrv      headers;
  GPtrArray *rows;     /* GStrv */
} Table;

static Table *
table_new (const char * const *headers)
{
  Table *table = g_new0 (Table, 1);

  table->headers = g_strdupv ((GStrv) headers);
  table->n_columns = g_strv_length (table->headers);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

static void
table_free (Table *table)
{
  g_strfreev (table->headers);
  g_ptr_array_unref (table->rows);
  g_free (table);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

static void
table_set_nowrap (Table *table,
                  guint  column)
{
  g_return_if_fail (column < 64);
  table->nowrap |= G_GUINT64_CONSTANT (1) << column;
}

/* Takes ownership of the cells (n_columns of them). */
static void
table_add_row (Table *table,
               char **cells)
{
  GStrv row = g_new0 (char *, table->n_columns + 1);

  for (guint i = 0; i < table->n_columns; i++)
    row[i] = cells[i] != NULL ? cells[i] : g_strdup ("");
  g_ptr_array_add (table->rows, row);
}

/* The widest word of @text, and its whole width on one line. */
static void
measure_cell (PangoContext *context,
              const char   *text,
              const char   *font,
              double       *min,
              double       *natural)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  double width;

  measure_text (context, text, font, -1, natural, NULL);
  *min = 0.0;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      measure_text (context, words[i], font, -1, &width, NULL);
      *min = MAX (*min, width);
    }
}

/* Columns as wide as their content when everything fits. Otherwise the
 * narrow columns (numbers, dates, yes and no) keep their width, and the
 * rest share what is left in proportion to their content, never narrower
 * than their longest word. */
static void
table_column_widths (Flow   *flow,
                     Table  *table,
                     double *widths)
{
  g_autofree double *mins = g_new0 (double, table->n_columns);
  g_autofree double *naturals = g_new0 (double, table->n_columns);
  g_autofree gboolean *fixed = g_new0 (gboolean, table->n_columns);
  double sum_natural = 0.0;
  gboolean changed = TRUE;

  for (guint c = 0; c < table->n_columns; c++)
    {
      double min, natural;

      measure_cell (flow->context, table->headers[c], FONT_TABLE_B, &min, &natural);
      mins[c] = min;
      naturals[c] = 0.0;
      for (guint r = 0; r < table->rows->len; r++)
        {
          GStrv row = g_ptr_array_index (table->rows, r);

          measure_cell (flow->context, row[c], FONT_TABLE, &min, &natural);
          mins[c] = MAX (mins[c], min);
          naturals[c] = MAX (naturals[c], natural);
        }
      /* A header may wrap at its spaces, not a cell's figure. */
      mins[c] += 2.0 * CELL_PAD + 1.0;
      naturals[c] = MAX (naturals[c] + 2.0 * CELL_PAD + 1.0, mins[c]);
      sum_natural += naturals[c];
    }

  if (sum_natural <= CONTENT_WIDTH)
    {
      for (guint c = 0; c < table->n_columns; c++)
        widths[c] = naturals[c] + (CONTENT_WIDTH - sum_natural) * naturals[c] / sum_natural;
      return;
    }

  /* Figures keep their width; then the columns that want no more than an
   * equal share of what is left, or whose longest word needs more than
   * their share would give, are fixed in turn. */
  for (guint c = 0; c < table->n_columns; c++)
    if (table->nowrap & (G_GUINT64_CONSTANT (1) << c))
      {
        widths[c] = naturals[c];
        fixed[c] = TRUE;
      }
  while (changed)
    {
      double left = CONTENT_WIDTH, want = 0.0;
      guint n_free = 0;

      changed = FALSE;
      for (guint c = 0; c < table->n_columns; c++)
        if (fixed[c])
          left -= widths[c];
        else
          {
            n_free++;
            want += naturals[c];
          }
      if (n_free == 0)
        break;
      for (guint c = 0; c < table->n_columns && !changed; c++)
        {
          double share = left * naturals[c] / want;

          if (fixed[c])
            continue;
          if (naturals[c] <= left / n_free)
            widths[c] = naturals[c];
          else if (share < mins[c])
            widths[c] = mins[c];
          else
            continue;
          fixed[c] = TRUE;
          changed = TRUE;
        }
      if (!changed)
        for (guint c = 0; c < table->n_columns; c++)
          if (!fixed[c])
            widths[c] = left * naturals[c] / want;
    }

  /* Longest words that cannot all fit: shrink everything alike. */
  {
    double sum = 0.0;

    for (guint c = 0; c < table->n_columns; c++)
      sum += widths[c];
    if (sum > CONTENT_WIDTH)
      for (guint c = 0; c < table->n_columns; c++)
        widths[c] *= CONTENT_WIDTH / sum;
  }
}

static double
row_height (Flow         *flow,
            GStrv         cells,
            const double *widths,
            guint         n_columns,
            const char   *font)
{
  double height = 0.0;

  for (guint c = 0; c < n_columns; c++)
    {
      double h;

      measure_text (flow->context, cells[c], font, widths[c] - 2.0 * CELL_PAD, NULL, &h);
      height = MAX (height, h);
    }
  return height + 2.0 * CELL_PAD;
}

static void
add_row_ops (Flow         *flow,
             GStrv         cells,
             const double *widths,
             guint         n_columns,
             const char   *font,
             double        height,
             gboolean      header)
{
  double x = CONTENT_X;

  if (header)
    {
      Op *op = add_op (flow->page, OP_RECT, CONTENT_X, flow->y, CONTENT_WIDTH, height);

      op->colour = COLOUR_HEADER;
    }
  for (guint c = 0; c < n_columns; c++)
    {
      add_text_op (flow->page, cells[c], font, COLOUR_TEXT, x + CELL_PAD, flow->y + CELL_PAD,
                   widths[c] - 2.0 * CELL_PAD);
      x += widths[c];
    }
  add_op (flow->page, OP_LINE, CONTENT_X, flow->y + height, CONTENT_WIDTH, 0.0)->colour = COLOUR_RULE;
  flow->y += height;
}

/* The table, its header row repeated at the top of every page it runs on. */
static void
flow_table (Flow  *flow,
            Table *table)
{
  g_autofree double *widths = g_new0 (double, table->n_columns);
  double header_height;

  table_column_widths (flow, table, widths);
  header_height = row_height (flow, table->headers, widths, table->n_columns, FONT_TABLE_B);

  for (guint r = 0; r < table->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (table->rows, r);
      double height = row_height (flow, row, widths, table->n_columns, FONT_TABLE);

      if (r == 0)
        {
          flow_need (flow, header_height + height);
          add_row_ops (flow, table->headers, widths, table->n_columns, FONT_TABLE_B, header_height, TRUE);
        }
      else if (flow->y + height > CONTENT_BOTTOM)
        {
          flow_new_page (flow);
          add_row_ops (flow, table->headers, widths, table->n_columns, FONT_TABLE_B, header_height, TRUE);
        }
      add_row_ops (flow, row, widths, table->n_columns, FONT_TABLE, height, FALSE);
    }
  flow->y += 8.0;
}

/* ------------------------------------------------------------------------- */
/* Sections                                                                  */
/* ------------------------------------------------------------------------- */

static gboolean
is_family (HearthReport *report)
{
  return report->kind == HEARTH_REPORT_FAMILY;
}

static void
add_summary (Flow *flow)
{
  HearthReport *report = flow->report;
  HearthAssessment *assessment = report->assessment;
  GPtrArray *persons = hearth_assessment_get_persons (assessment);
  g_autofree char *visit = format_date (hearth_assessment_get_visit_date (assessment));
  g_autofree char *review = format_date (hearth_assessment_get_next_review (assessment));
  g_autofree char *referral = referral_text (report);
  const char *address = hearth_assessment_get_address (assessment);
  const char *assessor = hearth_assessment_get_assessor (assessment);

  flow_text (flow, is_family (report) ? _("About your home") : _("Housing assessment"), FONT_TITLE, 0.0, 6.0);
  if (report->kind == HEARTH_REPORT_RECIPIENT)
    {
      g_autofree char *for_whom = g_strdup_printf (_("Prepared for %s"),
                                                   person_label (report, hearth_person_get_id (report->recipient)));
      flow_text_full (flow, for_whom, FONT_BODY, COLOUR_MUTED, 0.0, 6.0);
    }
  else if (is_family (report))
    flow_text_full (flow, _("What we found when we visited your home, in plain words. The pages after this one give the details."),
                    FONT_BODY, COLOUR_MUTED, 0.0, 6.0);
  flow_space (flow, 6.0);

  flow_field (flow, _("Case reference"), report->reference);
  if (!report->hide_address)
    flow_field (flow, _("Address"), address != NULL && address[0] != '\0' ? address : _("Not recorded"));
  flow_field (flow, _("Visit date"), visit);
  flow_field (flow, _("Assessor"), assessor != NULL && assessor[0] != '\0' ? assessor : _("Not recorded"));
  flow_field (flow, _("Plan"), hearth_plan_type_get_label (hearth_assessment_get_plan_type (assessment)));
  flow_field (flow, _("Next review"), review);

  flow_space (flow, 10.0);
  flow_heading (flow, is_family (report) ? _("Who lives here") : _("Household"), FONT_H1, 30.0);
  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      GString *line = g_string_new (person_label (flow->report, hearth_person_get_id (person)));

      g_string_append (line, " — ");
      g_string_append (line, hearth_person_get_resident (person) ? _("lives here") : _("lives elsewhere"));
      if (hearth_person_get_parental_responsibility (person) && !person_is_hidden (report, person))
        g_string_append (line, _("; has parental responsibility"));
      flow_text (flow, line->str, FONT_BODY, 0.0, 2.0);
      g_string_free (line, TRUE);
    }

  flow_space (flow, 10.0);
  flow_heading (flow, is_family (report) ? _("What we found") : _("Key findings"), FONT_H1, 40.0);
  if (report->findings->len == 0)
    flow_text (flow, _("Nothing was found against the standards checked."), FONT_BODY, 0.0, 4.0);
  for (int severity = HEARTH_SEVERITY_BREACH; severity <= HEARTH_SEVERITY_INFO; severity++)
    {
      gboolean first = TRUE;

      for (guint i = 0; i < report->findings->len; i++)
        {
          HearthFinding *finding = g_ptr_array_index (report->findings, i);

          if ((int) finding->severity != severity)
            continue;
          if (first)
            {
              flow_space (flow, 4.0);
              flow_heading (flow, severity_heading (report, severity), FONT_H2, 30.0);
              first = FALSE;
            }
          if (is_family (report))
            {
              g_autofree char *sentence = plain_sentence (report, finding);
              g_autofree char *bullet = g_strdup_printf ("• %s", sentence);

              flow_text (flow, bullet, FONT_BODY, 0.0, 4.0);
            }
          else
            {
              g_autoptr(GPtrArray) block = g_ptr_array_new_with_free_func (para_free);

              block_add (block, g_strdup (finding_title (finding)), FONT_BOLD, COLOUR_TEXT, 0.0, 1.0);
              block_add (block, redact (report, finding->message), FONT_SMALL, COLOUR_TEXT, INDENT, 5.0);
              flow_block (flow, block);
            }
        }
    }

  flow_space (flow, 10.0);
  flow_heading (flow, is_family (report) ? _("Asking Housing to check the home") : _("Referral to Housing (HHSRS)"),
                FONT_H1, 20.0);
  flow_text (flow, referral, FONT_BODY, 0.0, 4.0);
}

/* The finding titles that concern @room_id, once each. */
static char *
room_finding_titles (HearthReport *report,
                     const char   *room_id)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  for (guint i = 0; i < report->findings->len; i++)
    {
      HearthFinding *finding = g_ptr_array_index (report->findings, i);
      const char *title = finding_title (finding);

      if (finding->rooms != NULL && g_strv_contains ((const char * const *) finding->rooms, room_id)
          && !g_ptr_array_find_with_equal_func (titles, title, g_str_equal, NULL))
        g_ptr_array_add (titles, (gpointer) title);
    }
  g_ptr_array_add (titles, NULL);
  return g_strjoinv (", ", (GStrv) titles->pdata);
}

static char *
room_sleepers (HearthReport *report,
               const char   *room_id)
{
  GPtrArray *persons = hearth_assessment_get_persons (report->assessment);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      const char *sleeps_in = hearth_person_get_sleeps_in (person);

      if (hearth_person_get_resident (person) && sleeps_in != NULL && g_str_equal (sleeps_in, room_id))
        g_ptr_array_add (names, (gpointer) person_label (report, hearth_person_get_id (person)));
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (GStrv) names->pdata);
}

/* The largest standard scale at which the floor fits the plan box; 1:200,
 * saying so, when none does. */
static void
add_plan (Flow        *flow,
          HearthFloor *floor)
{
  gint64 min_x = 0, min_y = 0, max_x = 0, max_y = 0;
  gboolean any = FALSE;
  double plan_w = 0.0, plan_h = 0.0, scale = 0.0, box_h, inner_w, inner_h;
  int denominator = 0;
  g_autofree char *scale_text = NULL;
  Op *op;

  for (guint i = 0; i < hearth_floor_get_n_rooms (floor); i++)
    {
      gint64 x0, y0, x1, y1;

      hearth_polygon_get_bounds (hearth_room_get_polygon (hearth_floor_get_room (floor, i)), &x0, &y0, &x1, &y1);
      min_x = any ? MIN (min_x, x0) : x0;
      min_y = any ? MIN (min_y, y0) : y0;
      max_x = any ? MAX (max_x, x1) : x1;
      max_y = any ? MAX (max_y, y1) : y1;
      any = TRUE;
    }
  if (!any)
    {
      flow_text (flow, _("No rooms have been drawn on this floor."), FONT_BODY, 0.0, 8.0);
      return;
    }

  inner_w = CONTENT_WIDTH - 2.0 * PLAN_PAD;
  inner_h = MIN (PLAN_MAX_HEIGHT, CONTENT_BOTTOM - flow->y - 30.0) - PLAN_PAD - PLAN_BAR_SPACE;
  for (guint i = 0; i < G_N_ELEMENTS (plan_scales) && denominator == 0; i++)
    {
      double s = PT_PER_MM / plan_scales[i];

      if ((max_x - min_x) * s <= inner_w && (max_y - min_y) * s <= inner_h)
        denominator = plan_scales[i];
    }
  if (denominator != 0)
    scale_text = g_strdup_printf (_("Scale 1:%d at A4"), denominator);
  else
    {
      double s = PT_PER_MM / PLAN_FALLBACK_SCALE;

      denominator = PLAN_FALLBACK_SCALE;
      if ((max_x - min_x) * s <= inner_w && (max_y - min_y) * s <= inner_h)
        scale_text = g_strdup_printf (_("Scale 1:%d at A4 (this floor is too large for 1:100 on the page)"), denominator);
      else
        scale_text = g_strdup_printf (_("Scale 1:%d at A4 (this floor is too large for the page even at 1:%d: only the part in the frame is shown)"),
                                      denominator, denominator);
    }
  scale = PT_PER_MM / denominator;
  plan_w = MIN ((max_x - min_x) * scale, inner_w);
  plan_h = MIN ((max_y - min_y) * scale, inner_h);

  flow_text_full (flow, scale_text, FONT_SMALL, COLOUR_MUTED, 0.0, 4.0);
  box_h = plan_h + PLAN_PAD + PLAN_BAR_SPACE;
  flow_need (flow, box_h);
  op = add_op (flow->page, OP_PLAN, CONTENT_X, flow->y, CONTENT_WIDTH, box_h);
  op->floor = g_object_ref (floor);
  op->scale = scale;
  op->offset_x = min_x - ((CONTENT_WIDTH - plan_w) / 2.0) / scale;
  op->offset_y = min_y - PLAN_PAD / scale;
  flow->y += box_h + 10.0;
}

static char *
room_area_text (HearthReport *report,
                HearthRoom   *room)
{
  gint64 gross = hearth_room_get_gross_area2 (room);
  gint64 countable = hearth_room_get_countable_area2 (room, report->headroom_rule);
  g_autofree char *gross_text = hearth_format_area (gross);
  g_autofree char *countable_text = NULL;

  if (countable == gross)
    return g_steal_pointer (&gross_text);
  countable_text = hearth_format_area (countable);
  return g_strdup_printf (_("%s countable (%s in all)"), countable_text, gross_text);
}

static void
add_floor_page (Flow        *flow,
                HearthFloor *floor)
{
  HearthReport *report = flow->report;
  const char *headers[] = { _("Room"), _("Use"), _("Area"), _("Who sleeps here"), NULL };
  g_autoptr(Table) table = table_new (headers);

  table_set_nowrap (table, 1);
  flow_heading (flow, hearth_floor_get_name (floor), FONT_H1, 100.0);
  add_plan (flow, floor);

  for (guint i = 0; i < hearth_floor_get_n_rooms (floor); i++)
    {
      HearthRoom *room = hearth_floor_get_room (floor, i);
      char *cells[4];

      cells[0] = g_strdup (hearth_room_get_name (room));
      cells[1] = g_strdup (hearth_room_get_use (room) == HEARTH_ROOM_USE_UNKNOWN
                           ? "" : hearth_room_use_get_label (hearth_room_get_use (room)));
      cells[2] = room_area_text (report, room);
      cells[3] = room_sleepers (report, hearth_room_get_id (room));
      table_add_row (table, cells);
    }
  if (table->rows->len > 0)
    flow_table (flow, table);
  if (g_hash_table_size (report->flagged) > 0)
    flow_text_full (flow, _("Rooms outlined in red, orange or purple have findings: red for a breach, orange for a hazard, purple for a comparison with another standard."),
                    FONT_SMALL, COLOUR_MUTED, 0.0, 4.0);
}

static void
add_schedule (Flow *flow)
{
  HearthReport *report = flow->report;
  GPtrArray *floors = hearth_assessment_get_floors (report->assessment);
  const char *headers[] = {
    _("Room"), _("Floor"), _("Use"), _("Gross m²"), _("Gross sq ft"),
    _("Countable m²"), _("Countable sq ft"), _("Who sleeps here"), _("Findings"), NULL
  };
  g_autoptr(Table) table = table_new (headers);

  for (guint c = 3; c <= 6; c++)
    table_set_nowrap (table, c);
  flow_heading (flow, _("Room schedule"), FONT_H1, 60.0);
  flow_text_full (flow, _("Countable area leaves out floor under a low ceiling. Areas are rounded down."),
                  FONT_SMALL, COLOUR_MUTED, 0.0, 6.0);
  for (guint f = 0; f < floors->len; f++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, f);

      for (guint i = 0; i < hearth_floor_get_n_rooms (floor); i++)
        {
          HearthRoom *room = hearth_floor_get_room (floor, i);
          gint64 gross = hearth_room_get_gross_area2 (room);
          gint64 countable = hearth_room_get_countable_area2 (room, report->headroom_rule);
          char *cells[9];

          cells[0] = g_strdup (hearth_room_get_name (room));
          cells[1] = g_strdup (hearth_floor_get_name (floor));
          cells[2] = g_strdup (hearth_room_use_get_label (hearth_room_get_use (room)));
          cells[3] = hearth_format_m2 (gross);
          cells[4] = hearth_format_sqft (gross);
          cells[5] = hearth_format_m2 (countable);
          cells[6] = hearth_format_sqft (countable);
          cells[7] = room_sleepers (report, hearth_room_get_id (room));
          cells[8] = room_finding_titles (report, hearth_room_get_id (room));
          table_add_row (table, cells);
        }
    }
  if (table->rows->len > 0)
    flow_table (flow, table);
  else
    flow_text (flow, _("No rooms have been drawn."), FONT_BODY, 0.0, 4.0);
}

/* A finding in full, kept on one page when it fits on one. */
static void
add_finding_details (Flow                *flow,
                     const char          *title,
                     const HearthFinding *finding)
{
  HearthReport *report = flow->report;
  g_autoptr(GPtrArray) block = g_ptr_array_new_with_free_func (para_free);
  g_autofree char *rooms = finding_rooms (report, finding);
  g_autofree char *people = finding_people (report, finding, FALSE);

  block_add (block, g_strdup (title), FONT_BOLD, COLOUR_TEXT, 0.0, 2.0);
  if (is_family (report))
    {
      block_add (block, plain_sentence (report, finding), FONT_BODY, COLOUR_TEXT, INDENT, 2.0);
      block_add (block, redact (report, finding->message), FONT_SMALL, COLOUR_TEXT, INDENT, 2.0);
    }
  else
    block_add (block, redact (report, finding->message), FONT_BODY, COLOUR_TEXT, INDENT, 2.0);

  if (rooms[0] != '\0' && people[0] != '\0')
    block_add (block, g_strdup_printf (_("Rooms: %s. People: %s."), rooms, people),
               FONT_SMALL, COLOUR_MUTED, INDENT, 2.0);
  else if (rooms[0] != '\0')
    block_add (block, g_strdup_printf (_("Rooms: %s."), rooms), FONT_SMALL, COLOUR_MUTED, INDENT, 2.0);
  else if (people[0] != '\0')
    block_add (block, g_strdup_printf (_("People: %s."), people), FONT_SMALL, COLOUR_MUTED, INDENT, 2.0);

  block_add (block, g_strdup_printf (is_family (report) ? _("Where this comes from: %s") : _("Law: %s"),
                                     finding->citation != NULL ? finding->citation : ""),
             FONT_SMALL, COLOUR_MUTED, INDENT, 2.0);
  if (finding->reading != NULL)
    block_add (block, g_strdup_printf (is_family (report) ? _("How we read the law: %s") : _("Reading: %s"),
                                       finding->reading),
               FONT_SMALL, COLOUR_MUTED, INDENT, 2.0);
  flow_block (flow, block);
  flow_space (flow, 8.0);
}

static void
add_findings (Flow *flow)
{
  HearthReport *report = flow->report;
  guint n_upcoming = 0, n_now = 0;

  flow_heading (flow, is_family (report) ? _("What we found, in detail") : _("Findings"), FONT_H1, 60.0);
  for (guint i = 0; i < report->findings->len; i++)
    {
      HearthFinding *finding = g_ptr_array_index (report->findings, i);
      g_autofree char *title = NULL;

      if (g_str_equal (finding->rule, "upcoming-change"))
        {
          n_upcoming++;
          continue;
        }
      n_now++;
      title = g_strdup_printf ("%s: %s", severity_heading (report, finding->severity), finding_title (finding));
      add_finding_details (flow, title, finding);
    }
  if (n_now == 0)
    flow_text (flow, _("Nothing was found against the standards checked."), FONT_BODY, 0.0, 8.0);

  flow_space (flow, 6.0);
  flow_heading (flow, is_family (report) ? _("What will change as the children grow up") : _("Upcoming changes"),
                FONT_H2, 120.0);
  if (n_upcoming == 0)
    flow_text (flow, _("None expected in the next years."), FONT_BODY, 0.0, 8.0);
  for (guint i = 0; i < report->findings->len; i++)
    {
      HearthFinding *finding = g_ptr_array_index (report->findings, i);
      g_autofree char *date = NULL;
      g_autofree char *title = NULL;
      const char *upcoming = NULL;

      if (!g_str_equal (finding->rule, "upcoming-change"))
        continue;
      date = format_date (&finding->effective);
      if (finding->upcoming_rule != NULL)
        upcoming = hearth_rule_get_title (finding->upcoming_rule);
      title = upcoming != NULL ? g_strdup_printf (_("From %s: %s"), date, upcoming)
                               : g_strdup_printf (_("From %s"), date);
      add_finding_details (flow, title, finding);
    }
}

static char *
format_tenths_percent (int tenths)
{
  return g_strdup_printf ("%d.%d%%", tenths / 10, tenths % 10);
}

static char *
format_likelihood (gint64 milli)
{
  if (milli % 1000 == 0)
    return g_strdup_printf (_("1 in %" G_GINT64_FORMAT), milli / 1000);
  return g_strdup_printf (_("1 in %" G_GINT64_FORMAT ".%03d"), milli / 1000, (int) (milli % 1000));
}

static void
add_hazards (Flow *flow)
{
  HearthReport *report = flow->report;
  GPtrArray *hazards = hearth_assessment_get_hazards (report->assessment);
  const char *headers[] = {
    _("Hazard"), _("Rooms"), _("Likelihood"), _("Class I"), _("Class II"), _("Class III"),
    _("Class IV"), _("Score"), _("Band"), _("Category"), NULL
  };
  g_autoptr(Table) table = table_new (headers);

  for (guint c = 2; c <= 9; c++)
    table_set_nowrap (table, c);
  flow_heading (flow, is_family (report) ? _("Hazards to health and safety (HHSRS)") : _("HHSRS hazards recorded"),
                FONT_H1, 60.0);
  if (is_family (report))
    flow_text_full (flow, _("The Housing Health and Safety Rating System scores how likely harm is and how bad it could be. Band A is the most serious; category 1 hazards must be dealt with by the council."),
                    FONT_SMALL, COLOUR_MUTED, 0.0, 6.0);

  for (guint i = 0; i < hazards->len; i++)
    {
      HearthHazard *hazard = g_ptr_array_index (hazards, i);
      const char *name = hearth_hhsrs_hazard_get_name (hazard->number);
      g_autoptr(GPtrArray) rooms = g_ptr_array_new ();
      char *cells[10];

      for (guint r = 0; hazard->rooms != NULL && hazard->rooms[r] != NULL; r++)
        g_ptr_array_add (rooms, (gpointer) room_name (report, hazard->rooms[r]));
      cells[0] = g_strdup_printf ("%d. %s", hazard->number, name != NULL ? name : "");
      cells[1] = join_list (rooms);
      cells[2] = format_likelihood (hazard->likelihood_milli);
      for (guint k = 0; k < 4; k++)
        cells[3 + k] = format_tenths_percent (hazard->spread_tenths[k]);
      cells[7] = g_strdup_printf ("%.1f", (double) (gint64) (hearth_hazard_get_score (hazard) * 10) / 10.0);
      cells[8] = g_strdup_printf ("%c", hearth_hhsrs_band_to_char (hearth_hazard_get_band (hazard)));
      cells[9] = g_strdup_printf ("%d", hearth_hazard_get_category (hazard));
      table_add_row (table, cells);
    }
  if (table->rows->len > 0)
    flow_table (flow, table);
  else
    flow_text (flow, _("No hazards have been recorded."), FONT_BODY, 0.0, 4.0);
}

/* What the row keeps back. In the recipient's own copy, withheld findings
 * are not named, not even by title. */
static char *
withheld_text (HearthReport          *report,
               const HearthRecipient *row)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (row->withhold_address)
    g_ptr_array_add (items, g_strdup (_("address")));
  if (row->withhold_residents)
    g_ptr_array_add (items, g_strdup (_("other residents’ details")));
  if (row->withhold_findings != NULL && row->withhold_findings[0] != NULL)
    {
      if (report->kind == HEARTH_REPORT_RECIPIENT)
        g_ptr_array_add (items, g_strdup (_("some findings")));
      else
        for (guint i = 0; row->withhold_findings[i] != NULL; i++)
          {
            const char *title = hearth_rule_get_title (row->withhold_findings[i]);

            g_ptr_array_add (items, g_strdup_printf (_("finding “%s”"), title != NULL ? title : row->withhold_findings[i]));
          }
    }
  if (items->len == 0)
    return g_strdup (_("Nothing"));
  joined = join_list (items);
  joined[0] = g_ascii_toupper (joined[0]);
  return g_steal_pointer (&joined);
}

static void
add_sharing_row (HearthReport          *report,
                 Table                 *table,
                 HearthPerson          *person,
                 const HearthRecipient *row)
{
  char *cells[10];

  cells[0] = g_strdup (person_label (report, hearth_person_get_id (person)));
  cells[1] = g_strdup (hearth_person_get_resident (person) ? _("Lives here") : _("Lives elsewhere"));
  if (row == NULL)
    {
      cells[2] = g_strdup ("");
      cells[3] = g_strdup (hearth_safe_to_share_get_label (HEARTH_SAFE_TO_SHARE_NOT_ASSESSED));
      for (guint i = 4; i < 10; i++)
        cells[i] = g_strdup ("");
      table_add_row (table, cells);
      return;
    }

  cells[2] = g_strdup (yes_no (row->details_known));
  cells[3] = g_strdup (hearth_safe_to_share_get_label (row->safe_to_share));
  if (row->withheld_reason == HEARTH_WITHHELD_REASON_NONE)
    cells[4] = g_strdup (row->withheld_note != NULL ? row->withheld_note : "");
  else if (row->withheld_note != NULL && row->withheld_note[0] != '\0')
    cells[4] = g_strdup_printf ("%s: %s", hearth_withheld_reason_get_label (row->withheld_reason), row->withheld_note);
  else
    cells[4] = g_strdup (hearth_withheld_reason_get_label (row->withheld_reason));
  cells[5] = withheld_text (report, row);
  cells[6] = g_date_valid (&row->shared_on) ? format_date (&row->shared_on) : g_strdup (_("Not yet"));
  cells[7] = g_strdup (hearth_share_method_get_label (row->method));
  cells[8] = g_strdup (yes_no (row->in_plan));
  cells[9] = g_strdup (yes_no (row->review_invite));
  table_add_row (table, cells);
}

static void
add_sharing (Flow *flow)
{
  HearthReport *report = flow->report;
  GPtrArray *persons = hearth_assessment_get_persons (report->assessment);
  const char *headers[] = {
    _("Person"), _("Lives"), _("Details known"), _("Safe to share"), _("Reason"),
    _("Withheld"), _("Shared on"), _("How"), _("In plan"), _("Review invite"), NULL
  };
  g_autoptr(Table) table = table_new (headers);

  table_set_nowrap (table, 2);
  table_set_nowrap (table, 8);
  table_set_nowrap (table, 9);
  flow_heading (flow, is_family (report) ? _("Who this was shared with") : _("Sharing checklist"), FONT_H1, 60.0);
  flow_text_full (flow, report->kind == HEARTH_REPORT_RECIPIENT
                  ? _("Your own entry in the record of who the findings are shared with.")
                  : _("One row for each person with parental responsibility. Findings are shared with each of them unless that would put the child at risk or harm a police investigation."),
                  FONT_SMALL, COLOUR_MUTED, 0.0, 6.0);

  if (report->kind == HEARTH_REPORT_RECIPIENT)
    add_sharing_row (report, table, report->recipient, report->row);
  else
    for (guint i = 0; i < persons->len; i++)
      {
        HearthPerson *person = g_ptr_array_index (persons, i);

        if (hearth_person_get_parental_responsibility (person))
          add_sharing_row (report, table, person,
                           hearth_assessment_find_recipient (report->assessment, hearth_person_get_id (person), NULL));
      }

  if (table->rows->len > 0)
    flow_table (flow, table);
  else
    flow_text (flow, _("No one with parental responsibility is recorded."), FONT_BODY, 0.0, 4.0);
}

static void
add_signature_line (Flow       *flow,
                    const char *label,
                    const char *name)
{
  const double col = CONTENT_WIDTH / 3.0;
  const char *captions[] = { _("Name"), _("Signature"), _("Date") };
  double height;

  measure_text (flow->context, label, FONT_H2, CONTENT_WIDTH, NULL, &height);
  flow_need (flow, height + 60.0);
  flow_text (flow, label, FONT_H2, 0.0, 24.0);
  if (name != NULL && name[0] != '\0')
    add_text_op (flow->page, name, FONT_BODY, COLOUR_TEXT, CONTENT_X, flow->y - 14.0, col - 12.0);
  for (guint i = 0; i < 3; i++)
    {
      add_op (flow->page, OP_LINE, CONTENT_X + i * col, flow->y, col - 12.0, 0.0)->colour = COLOUR_TEXT;
      add_text_op (flow->page, captions[i], FONT_SMALL, COLOUR_MUTED, CONTENT_X + i * col, flow->y + 3.0, col - 12.0);
    }
  flow->y += 36.0;
}

static void
add_sign_off (Flow *flow)
{
  HearthReport *report = flow->report;

  flow_heading (flow, _("Sign-off"), FONT_H1, 60.0);
  flow_text_full (flow, is_family (report)
                  ? _("Signed by the social worker who visited and by their manager.")
                  : _("The assessor and their manager confirm that this assessment is accurate and complete."),
                  FONT_SMALL, COLOUR_MUTED, 0.0, 16.0);
  add_signature_line (flow, _("Assessor"), hearth_assessment_get_assessor (report->assessment));
  flow_space (flow, 12.0);
  add_signature_line (flow, _("Manager"), NULL);
}

static void
lay_out (HearthReport *report)
{
  GPtrArray *floors = hearth_assessment_get_floors (report->assessment);
  Flow flow = { report, create_pango_context (), NULL, 0.0 };

  flow_new_page (&flow);
  add_summary (&flow);
  for (guint i = 0; i < floors->len; i++)
    {
      flow_new_page (&flow);
      add_floor_page (&flow, g_ptr_array_index (floors, i));
    }
  flow_new_page (&flow);
  add_schedule (&flow);
  flow_new_page (&flow);
  add_findings (&flow);
  flow_new_page (&flow);
  add_hazards (&flow);
  /* The family version goes to whoever is at home; why findings are not
   * shared with another parent is not theirs to read. */
  if (!is_family (report))
    {
      flow_new_page (&flow);
      add_sharing (&flow);
    }
  flow_new_page (&flow);
  add_sign_off (&flow);
  g_object_unref (flow.context);
}

/* ------------------------------------------------------------------------- */
/* Who may see what                                                          */
/* ------------------------------------------------------------------------- */

static gboolean
check_recipient (HearthReport *report,
                 const char   *recipient,
                 GError      **error)
{
  HearthPerson *person = recipient != NULL ? hearth_assessment_find_person (report->assessment, recipient) : NULL;
  HearthRecipient *row;

  if (person == NULL || !hearth_person_get_parental_responsibility (person))
    {
      g_set_error (error, HEARTH_REPORT_ERROR, HEARTH_REPORT_ERROR_NOT_A_RECIPIENT,
                   _("“%s” is not a person with parental responsibility in this assessment"),
                   recipient != NULL ? recipient : "");
      return FALSE;
    }

  row = hearth_assessment_find_recipient (report->assessment, recipient, NULL);
  if (row == NULL || row->safe_to_share == HEARTH_SAFE_TO_SHARE_NOT_ASSESSED)
    {
      g_set_error (error, HEARTH_REPORT_ERROR, HEARTH_REPORT_ERROR_NOT_ASSESSED,
                   _("Whether it is safe to share the findings with %s has not been assessed yet"),
                   hearth_person_get_name (person));
      return FALSE;
    }
  if (row->safe_to_share == HEARTH_SAFE_TO_SHARE_NO)
    {
      const char *note = row->withheld_note;

      if (note != NULL && note[0] != '\0')
        g_set_error (error, HEARTH_REPORT_ERROR, HEARTH_REPORT_ERROR_NOT_SAFE,
                     _("Sharing the findings with %s is recorded as not safe: %s (%s)"),
                     hearth_person_get_name (person),
                     hearth_withheld_reason_get_label (row->withheld_reason), note);
      else
        g_set_error (error, HEARTH_REPORT_ERROR, HEARTH_REPORT_ERROR_NOT_SAFE,
                     _("Sharing the findings with %s is recorded as not safe: %s"),
                     hearth_person_get_name (person),
                     hearth_withheld_reason_get_label (row->withheld_reason));
      return FALSE;
    }

  report->recipient = g_object_ref (person);
  report->row = hearth_recipient_copy (row);
  report->hide_address = row->withhold_address;
  report->hide_residents = row->withhold_residents;
  return TRUE;
}

static void
prepare_findings (HearthReport            *report,
                  const HearthRuleOptions *rules)
{
  GStrv withheld = report->row != NULL ? report->row->withhold_findings : NULL;

  report->findings = hearth_check (report->assessment, rules);
  for (guint i = report->findings->len; i > 0; i--)
    {
      HearthFinding *finding = g_ptr_array_index (report->findings, i - 1);

      if (withheld != NULL && g_strv_contains ((const char * const *) withheld, finding->rule))
        g_ptr_array_remove_index (report->findings, i - 1);
    }

  report->flagged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < report->findings->len; i++)
    {
      HearthFinding *finding = g_ptr_array_index (report->findings, i);

      for (guint r = 0; finding->rooms != NULL && finding->rooms[r] != NULL; r++)
        {
          int flag = GPOINTER_TO_INT (g_hash_table_lookup (report->flagged, finding->rooms[r]));

          if (flag == 0 || (int) finding->severity + 1 < flag)
            g_hash_table_insert (report->flagged, g_strdup (finding->rooms[r]),
                                 GINT_TO_POINTER (finding->severity + 1));
        }
    }
}

/* The persons as the plan labels may show them: hidden adults are left
 * out of who sleeps where. */
static void
prepare_view (HearthReport *report)
{
  GPtrArray *persons = hearth_assessment_get_persons (report->assessment);

  report->view = hearth_assessment_new ();
  hearth_assessment_set_visit_date (report->view, hearth_assessment_get_visit_date (report->assessment));
  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      g_autoptr(HearthPerson) copy = hearth_person_copy (person);

      if (person_is_hidden (report, person))
        hearth_person_set_sleeps_in (copy, NULL);
      hearth_assessment_add_person (report->view, copy);
    }
}

/* ------------------------------------------------------------------------- */
/* Public API                                                                */
/* ------------------------------------------------------------------------- */

void
hearth_report_options_init (HearthReportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->kind = HEARTH_REPORT_FULL;
}

HearthReport *
hearth_report_new (HearthAssessment          *assessment,
                   const HearthReportOptions *options,
                   GError                   **error)
{
  g_autoptr(HearthReport) report = NULL;
  HearthReportOptions defaults;
  HearthRuleOptions rules;
  const char *reference, *assessor;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      hearth_report_options_init (&defaults);
      options = &defaults;
    }
  if (options->rules != NULL)
    rules = *options->rules;
  else
    hearth_rule_options_init (&rules);

  report = g_new0 (HearthReport, 1);
  report->assessment = g_object_ref (assessment);
  report->kind = options->kind;
  report->initials = options->initials;
  report->headroom_rule = rules.headroom_rule;
  report->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  if (options->kind == HEARTH_REPORT_RECIPIENT && !check_recipient (report, options->recipient, error))
    return NULL;

  reference = hearth_assessment_get_reference (assessment);
  assessor = hearth_assessment_get_assessor (assessment);
  report->reference = g_strdup (reference != NULL ? reference : "");
  report->title = report->reference[0] != '\0'
    ? g_strdup_printf (_("Housing assessment %s"), report->reference)
    : g_strdup (_("Housing assessment"));
  report->author = g_strdup (assessor != NULL ? assessor : "");

  prepare_people (report);
  prepare_view (report);
  prepare_findings (report, &rules);
  lay_out (report);

  return g_steal_pointer (&report);
}

void
hearth_report_free (HearthReport *report)
{
  if (report == NULL)
    return;

  g_clear_object (&report->assessment);
  g_clear_object (&report->recipient);
  g_clear_pointer (&report->row, hearth_recipient_free);
  g_clear_object (&report->view);
  g_clear_pointer (&report->findings, g_ptr_array_unref);
  g_clear_pointer (&report->flagged, g_hash_table_unref);
  g_clear_pointer (&report->labels, g_hash_table_unref);
  g_clear_pointer (&report->short_labels, g_hash_table_unref);
  if (report->replacements != NULL)
    {
      for (guint i = 0; i + 1 < report->replacements->len; i += 2)
        {
          g_regex_unref (g_ptr_array_index (report->replacements, i));
          g_free (g_ptr_array_index (report->replacements, i + 1));
        }
      g_ptr_array_unref (report->replacements);
    }
  g_free (report->reference);
  g_free (report->title);
  g_free (report->author);
  g_clear_pointer (&report->pages, g_ptr_array_unref);
  g_free (report);
}

guint
hearth_report_get_n_pages (HearthReport *report)
{
  g_return_val_if_fail (report != NULL, 0);

  return report->pages->len;
}

const char *
hearth_report_get_title (HearthReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  return report->title;
}

const char *
hearth_report_get_author (HearthReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  return report->author;
}

static void
set_colour (cairo_t *cr,
            guint32  rgb)
{
  cairo_set_source_rgb (cr,
                        ((rgb >> 16) & 0xff) / 255.0,
                        ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static void
draw_text (cairo_t      *cr,
           PangoContext *context,
           const char   *text,
           const char   *font,
           guint32       colour,
           double        x,
           double        y,
           double        width,
           PangoAlignment alignment)
{
  g_autoptr(PangoLayout) layout = create_text_layout (context, text, font, width);

  pango_layout_set_alignment (layout, alignment);
  set_colour (cr, colour);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_plan (HearthReport *report,
           cairo_t      *cr,
           const Op     *op)
{
  g_autoptr(HearthViewport) viewport = hearth_viewport_new ();
  HearthPlanStyle style;

  hearth_viewport_set_size (viewport, op->width, op->height);
  hearth_viewport_set_scale (viewport, op->scale);
  hearth_viewport_set_offset (viewport, op->offset_x, op->offset_y);

  hearth_plan_style_init (&style);
  style.assessment = report->view;
  style.floor = op->floor;
  style.viewport = viewport;
  style.flagged = report->flagged;
  style.unit = HEARTH_AREA_UNIT_M2;
  style.grid_step_mm = 0;
  style.scale_bar = TRUE;
  style.font = FONT_PLAN;

  cairo_save (cr);
  cairo_translate (cr, op->x, op->y);
  cairo_rectangle (cr, 0, 0, op->width, op->height);
  cairo_clip (cr);
  hearth_plan_render (&style, cr);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_rectangle (cr, op->x, op->y, op->width, op->height);
  cairo_set_line_width (cr, 0.5);
  set_colour (cr, COLOUR_RULE);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_footer (HearthReport *report,
             cairo_t      *cr,
             PangoContext *context,
             guint         index)
{
  g_autofree char *page = g_strdup_printf (_("Page %u of %u"), index + 1, report->pages->len);

  cairo_save (cr);
  cairo_set_line_width (cr, 0.5);
  set_colour (cr, COLOUR_RULE);
  cairo_move_to (cr, CONTENT_X, FOOTER_Y - 4.0);
  cairo_line_to (cr, CONTENT_X + CONTENT_WIDTH, FOOTER_Y - 4.0);
  cairo_stroke (cr);
  cairo_restore (cr);

  draw_text (cr, context, report->title, FONT_SMALL, COLOUR_MUTED,
             CONTENT_X, FOOTER_Y, CONTENT_WIDTH / 2.0, PANGO_ALIGN_LEFT);
  draw_text (cr, context, page, FONT_SMALL, COLOUR_MUTED,
             CONTENT_X + CONTENT_WIDTH / 2.0, FOOTER_Y, CONTENT_WIDTH / 2.0, PANGO_ALIGN_RIGHT);
}

void
hearth_report_draw_page (HearthReport *report,
                         cairo_t      *cr,
                         guint         index)
{
  PangoContext *context;
  GPtrArray *page;

  g_return_if_fail (report != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (index < report->pages->len);

  page = g_ptr_array_index (report->pages, index);
  context = create_pango_context ();
  pango_cairo_update_context (cr, context);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_rectangle (cr, 0, 0, HEARTH_REPORT_PAGE_WIDTH, HEARTH_REPORT_PAGE_HEIGHT);
  cairo_fill (cr);

  for (guint i = 0; i < page->len; i++)
    {
      const Op *op = g_ptr_array_index (page, i);

      switch (op->kind)
        {
        case OP_TEXT:
          draw_text (cr, context, op->text, op->font, op->colour, op->x, op->y, op->width, PANGO_ALIGN_LEFT);
          break;
        case OP_RECT:
          set_colour (cr, op->colour);
          cairo_rectangle (cr, op->x, op->y, op->width, op->height);
          cairo_fill (cr);
          break;
        case OP_LINE:
          set_colour (cr, op->colour);
          cairo_set_line_width (cr, 0.5);
          cairo_move_to (cr, op->x, op->y);
          cairo_line_to (cr, op->x + op->width, op->y + op->height);
          cairo_stroke (cr);
          break;
        case OP_PLAN:
          draw_plan (report, cr, op);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  draw_footer (report, cr, context, index);
  cairo_restore (cr);
  g_object_unref (context);
}

/* ------------------------------------------------------------------------- */
/* PDF                                                                       */
/* ------------------------------------------------------------------------- */

typedef struct {
  int fd;
  int error;   /* errno of the first failed write, or 0 */
} PdfSink;

static cairo_status_t
write_to_fd (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  PdfSink *sink = closure;

  while (length > 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          sink->error = n < 0 ? errno : EIO;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= n;
    }
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
write_error (GError    **error,
             const char *path,
             const char *reason)
{
  g_set_error (error, HEARTH_REPORT_ERROR, HEARTH_REPORT_ERROR_WRITE,
               _("Could not write “%s”: %s"), path, reason);
  return FALSE;
}

gboolean
hearth_report_write_pdf (HearthAssessment          *assessment,
                         const HearthReportOptions *options,
                         const char                *path,
                         GError                   **error)
{
  g_autoptr(HearthReport) report = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *created = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  PdfSink sink = { -1, 0 };

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  report = hearth_report_new (assessment, options, error);
  if (report == NULL)
    return FALSE;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s%c.%s-XXXXXX", dir, G_DIR_SEPARATOR, base);
  sink.fd = g_mkstemp_full (tmp, O_WRONLY, 0600);
  if (sink.fd < 0)
    return write_error (error, path, g_strerror (errno));

  surface = cairo_pdf_surface_create_for_stream (write_to_fd, &sink,
                                                 HEARTH_REPORT_PAGE_WIDTH, HEARTH_REPORT_PAGE_HEIGHT);
  now = g_date_time_new_now_local ();
  created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, report->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Hearth");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);

  {
    cairo_t *cr = cairo_create (surface);

    for (guint i = 0; i < report->pages->len; i++)
      {
        hearth_report_draw_page (report, cr, i);
        cairo_show_page (cr);
      }
    status = cairo_status (cr);
    cairo_destroy (cr);
  }
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS || sink.error != 0)
    {
      const char *reason = sink.error != 0 ? g_strerror (sink.error) : cairo_status_to_string (status);

      close (sink.fd);
      g_unlink (tmp);
      return write_error (error, path, reason);
    }
  if (fchmod (sink.fd, 0600) != 0 || fsync (sink.fd) != 0)
    {
      int saved = errno;

      close (sink.fd);
      g_unlink (tmp);
      return write_error (error, path, g_strerror (saved));
    }
  if (close (sink.fd) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      return write_error (error, path, g_strerror (saved));
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      return write_error (error, path, g_strerror (saved));
    }
  return TRUE;
}
