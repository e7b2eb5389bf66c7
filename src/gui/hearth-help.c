/* hearth-help.c: "How Hearth Decides", the rules explained
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One window for the whole application, with a section for every rule of
 * hearth-rules.c: what it checks, the figures, the source and, where the
 * law is unclear, the reading Hearth takes by default, why, and what
 * changes it. The words are the table below; the figures are those of
 * hearth-rules.c and of the reference (housing-standards.md §1–§5, §7).
 * A rule without an entry here still gets a section, with its title only,
 * and tests/test-help.c fails until one is written.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-resources.h"
#include "hearth-help.h"
#include "hearth-rules.h"

typedef struct
{
  const char *id;
  const char *checks;   /* what the rule checks */
  const char *numbers;  /* the figures */
  const char *choice;   /* where the law is unclear: the default and why; or NULL */
  const char *setting;  /* what changes that choice; or NULL */
} HelpRule;

/* The headroom reading, shared by the rules that measure under the 1985 Act. */
#define HEADROOM_CHOICE \
  N_("The 1985 Act lets regulations leave out floor under a low ceiling, but which rule applies today could not be confirmed. " \
     "Hearth leaves out floor under a ceiling lower than 1.5 m, the rule used for HMOs today. The older rule, 5 ft (1.524 m) " \
     "or less, leaves out slightly more floor, so it can find a problem sooner where a ceiling is between 1.5 m and 1.524 m: " \
     "every finding that left out low ceiling says so, so that you can check it.")
#define HEADROOM_SETTING \
  N_("Preferences, Legal Readings: Low Ceilings. In hearth-cli: --headroom=at-most-5ft.")

static const HelpRule help_rules[] = {
  { "room-standard",
    N_("Whether the number of rooms forces two people of opposite sexes, aged 10 or over and not a couple, to sleep in the same room. "
       "Bedrooms and living rooms count (dining rooms and studies too); children under 10 are left out. "
       "It is about whether sharing is forced, not about who actually shares."),
    N_("Rooms needed: one for each couple, one if there is any other male aged 10 or over, and one if there is any other female aged 10 or over. "
       "The standard is breached when more rooms are needed than there are. A child counts from their 10th birthday."),
    N_("The Act counts rooms “of a type normally used as a bedroom or living room”. Sources disagree about kitchens, and the Act sets no "
       "smallest size. Hearth counts a kitchen only when it is marked usable as a living room, and does not count a box room under "
       "50 sq ft (4.645152 m²). Counting fewer rooms finds a breach sooner, so a child’s need for privacy is not argued away."),
    N_("In the room panel, “Usable as a Living Room” counts one kitchen. Preferences, Legal Readings: Count Kitchens as Rooms "
       "to Sleep In, and Count Rooms Under 50 sq ft for the Room Standard. In hearth-cli: --kitchens-count, --small-rooms-count.") },
  { "opposite-sex-sharing",
    N_("Whether people of opposite sexes aged 10 or over, who are not a couple, actually sleep in the same room."),
    N_("From the 10th birthday. Couples are left out."),
    N_("HHSRS guidance says the need for privacy begins to develop from about the age of eight. Hearth uses 10, the age in the "
       "Housing Act; a younger pair sharing may still be worth raising with Housing."),
    NULL },
  { "space-standard",
    N_("Whether more people sleep in the home than its rooms allow, by the number and the floor area of the rooms."),
    N_("People count as units: under 1 counts 0, aged 1 to 9 counts ½, 10 or over counts 1. The permitted number is the lesser of two tables. "
       "Table I, by rooms: 1 room 2, 2 rooms 3, 3 rooms 5, 4 rooms 7½, 5 or more 2 for each room. "
       "Table II, by each room’s area: 110 sq ft (10.2193344 m²) or more 2; 90 sq ft (8.3612736 m²) up to 110 sq ft 1½; "
       "70 sq ft (6.5032128 m²) up to 90 sq ft 1; 50 sq ft (4.645152 m²) up to 70 sq ft ½; under 50 sq ft 0, and the room is left out of both tables. "
       "It is breached only when the units are more than the permitted number; equal is not a breach."),
    HEADROOM_CHOICE,
    HEADROOM_SETTING },
  { "small-bedroom",
    N_("Whether someone aged 10 or over sleeps in a room under 70 sq ft, the Table II area for one person. "
       "It is not a breach in itself: it is a reason to ask Housing for an HHSRS Crowding and space assessment."),
    N_("70 sq ft is exactly 6.5032128 m². A room of 6.50 m² is 69.965 sq ft, so it is under 70 sq ft."),
    HEADROOM_CHOICE,
    HEADROOM_SETTING },
  { "hmo-room-size",
    N_("The smallest rooms the licence of a house in multiple occupation (HMO) allows for sleeping. In a home that is not a licensed HMO the figures are a benchmark."),
    N_("A room under 4.64 m² must not be used for sleeping at all. One person over 10 needs at least 6.51 m²; two people over 10 need 10.22 m²; "
       "one child under 10 needs 4.64 m². Other mixes are set by each licence, so Hearth uses the least that could apply. "
       "A room of exactly the figure passes. Floor under a ceiling lower than 1.5 m is always left out."),
    N_("The regulations say “over 10” and “under 10” and leave out a child of exactly 10. Hearth treats a child of exactly 10 as over 10: "
       "that asks for the larger room, so a problem is found sooner."),
    NULL },
  { "bedroom-standard",
    N_("How many bedrooms the household needs by the bedroom standard, against the bedrooms it has. It is used in allocations and "
       "statistics; it is not the legal test of overcrowding."),
    N_("One bedroom for each couple, for each other person aged 21 or over, for each pair of people aged 10 to 20 of the same sex, "
       "and for each pair of children under 10. Someone aged 10 to 20 left over shares with a child under 10 of the same sex if "
       "possible; otherwise they, and any child under 10 left over, need a room of their own."),
    N_("It is unclear whether a child under 10 can be taken out of a pair of young children to share with an older child. "
       "Hearth pairs that way wherever it saves a room (optimal pairing), which gives the least the family needs: a shortfall "
       "Hearth reports cannot be argued away by another reading. The finding also says what the other reading would need."),
    N_("Preferences, Legal Readings: Bedroom Standard Pairing. In hearth-cli: --pairing=sequential pairs the children under 10 "
       "with each other first.") },
  { "ndss-bedroom",
    N_("The bedroom sizes of the space standard for new homes. For an existing home they are a benchmark only."),
    N_("A single bedroom (one person sleeping there): at least 7.5 m² and 2.15 m wide. A double or twin bedroom (two or more): at least "
       "11.5 m² and 2.55 m wide. One double or twin bedroom should be 2.75 m wide."),
    N_("The standard leaves out floor under a ceiling lower than 1.5 m from the whole home’s area, but does not say so for bedrooms. "
       "Hearth leaves it out of the bedrooms too: floor a child cannot stand up on is not counted as space."),
    NULL },
  { "unsuitable-sleeping-room",
    N_("Whether someone sleeps in a room not meant for sleeping: a kitchen, bathroom, WC, hall, landing or store room. "
       "A kitchen marked usable as a living room is not unsuitable."),
    N_("No figures: the use of the room decides."),
    NULL, NULL },
  { "no-sleeping-room",
    N_("Whether someone who lives in the home has no room recorded for sleeping. They are still counted in the space standard, "
       "but the rules about rooms cannot be checked for them."),
    N_("No figures."),
    NULL, NULL },
  { "upcoming-change",
    N_("What will change in the next 12 months as people have birthdays, so that a problem can be planned for before it starts."),
    N_("Hearth checks again on each birthday at which someone turns 1, 10, 16 or 21, and reports only what is new, with the date. "
       "When only an age is recorded, the date given is the latest it can be."),
    NULL, NULL },
  { "hhsrs-category-1",
    N_("Whether a hazard recorded in the HHSRS recorder scores as category 1, which the council has a duty to act on."),
    N_("Score = (10,000 × O1 + 1,000 × O2 + 300 × O3 + 10 × O4) ÷ L, where L is the likelihood (1 in L over 12 months) and O1 to O4 are "
       "the percentages of harm in classes I to IV. Bands: A 5,000 or more; B 2,000 to 4,999; C 1,000 to 1,999; D 500 to 999; E 200 to 499; "
       "F 100 to 199; G 50 to 99; H 20 to 49; I 10 to 19; J under 10. Bands A to C are category 1."),
    N_("The official band table could not be checked, and a score such as 19.4 falls between two written bands. Hearth bands the "
       "exact score (each band runs up to the next one) and never rounds it up: 999.96 is band D, shown as 999.9."),
    NULL },
  { "data-incomplete",
    N_("What is missing for a rule to be decided: a visit date, someone’s age or sex, or what a room is used for."),
    N_("No figures."),
    N_("Where someone’s age is not recorded, Hearth treats them as aged 10 or over wherever that finds a problem sooner. If the answer "
       "still depends on the missing age, it says the rule cannot be decided rather than guess. A room whose use is not recorded is "
       "not counted for sleeping."),
    N_("Record the date of birth, or the age, and the sex of everyone in the household, and the use of every room.") },
};

static const char *const measuring_paragraphs[] = {
  N_("Corners are kept in whole millimetres, and areas are worked out exactly from them, with no rounding on the way. "
     "A room of exactly 70 sq ft is 70 sq ft, not a hair under."),
  N_("Areas are compared with each figure exactly. Areas shown are cut off, never rounded up: a room just under 70 sq ft "
     "reads 69.96 sq ft, never 70.0."),
  N_("Mark low ceilings in the room panel or on the plan. Floor under a ceiling lower than 1.5 m is left out of the room’s area, "
     "as the rule being checked says; each finding that left some out says how much."),
};

struct _HearthHelpWindow
{
  AdwWindow  parent_instance;

  GtkScrolledWindow *scrolled;
  GtkViewport       *viewport;
  GtkBox            *content_box;

  GHashTable        *sections;   /* rule id → GtkWidget, not owned */
  GtkWidget         *highlighted;
  char              *pending;    /* rule to scroll to once laid out */
  guint              scroll_tick;
  guint              tries;
};

#define HEARTH_TYPE_HELP_WINDOW (hearth_help_window_get_type ())
G_DECLARE_FINAL_TYPE (HearthHelpWindow, hearth_help_window, HEARTH, HELP_WINDOW, AdwWindow)
G_DEFINE_FINAL_TYPE (HearthHelpWindow, hearth_help_window, ADW_TYPE_WINDOW)

static GtkWidget *the_window;

static const HelpRule *
find_help_rule (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (help_rules); i++)
    if (g_str_equal (help_rules[i].id, id))
      return &help_rules[i];
  return NULL;
}

static GtkWidget *
create_paragraph (GtkWidget  *box,
                  const char *heading,
                  const char *text)
{
  GtkWidget *label;

  if (text == NULL)
    return NULL;

  label = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

/* A card: the title, then the paragraphs. Focusable, so that a reader
 * sent here from a finding is at it, and a screen reader reads it. */
static GtkWidget *
create_section (const char *id,
                const char *title)
{
  GtkWidget *section;
  GtkWidget *label;

  section = g_object_new (GTK_TYPE_BOX,
                          "orientation", GTK_ORIENTATION_VERTICAL,
                          "spacing", 4,
                          "focusable", TRUE,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                          NULL);
  gtk_widget_add_css_class (section, "card");
  gtk_widget_add_css_class (section, "help-section");
  if (id != NULL)
    {
      gtk_widget_add_css_class (section, "help-rule");
      g_object_set_data_full (G_OBJECT (section), "hearth-rule", g_strdup (id), g_free);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (section),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  label = gtk_label_new (title);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "title-3");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  gtk_box_append (GTK_BOX (section), label);
  return section;
}

static void
add_rule_section (HearthHelpWindow *self,
                  const char       *id)
{
  const HelpRule *rule = find_help_rule (id);
  const char *title = hearth_rule_get_title (id);
  GtkWidget *section = create_section (id, title != NULL ? title : id);

  if (rule != NULL)
    {
      create_paragraph (section, _("What it checks"), _(rule->checks));
      create_paragraph (section, _("The figures"), _(rule->numbers));
      create_paragraph (section, _("Source"), hearth_rule_get_citation (id));
      if (rule->choice != NULL)
        create_paragraph (section, _("Where the law is unclear"), _(rule->choice));
      if (rule->setting != NULL)
        create_paragraph (section, _("To use the other reading"), _(rule->setting));
    }
  else
    g_warning ("No help written for rule “%s”", id);

  g_hash_table_insert (self->sections, (gpointer) id, section);
  gtk_box_append (self->content_box, section);
}

static void
add_measuring_section (HearthHelpWindow *self)
{
  GtkWidget *section = create_section (NULL, _("How Areas Are Measured"));

  for (guint i = 0; i < G_N_ELEMENTS (measuring_paragraphs); i++)
    {
      GtkWidget *label = gtk_label_new (_(measuring_paragraphs[i]));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_box_append (GTK_BOX (section), label);
    }
  gtk_box_append (self->content_box, section);
}

static void
install_css (void)
{
  static gboolean done;
  GtkCssProvider *provider;
  GdkDisplay *display = gdk_display_get_default ();

  if (done || display == NULL)
    return;
  done = TRUE;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider,
                                   ".help-section { padding: 18px; }\n"
                                   ".help-section.highlighted { box-shadow: inset 0 0 0 3px @accent_color; }\n",
                                   -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_unref (provider);
}

/* Scrolling to a section needs it laid out, which a window just shown is
 * not yet: try on each frame until it is, for a second at most. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  HearthHelpWindow *self = HEARTH_HELP_WINDOW (widget);
  GtkWidget *section = self->pending ? g_hash_table_lookup (self->sections, self->pending) : NULL;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  graphene_point_t point;

  if (section == NULL || ++self->tries > 60)
    goto done;

  if (gtk_widget_get_height (section) <= 0 ||
      !gtk_widget_compute_point (section, gtk_viewport_get_child (self->viewport),
                                 &GRAPHENE_POINT_INIT (0, 0), &point) ||
      gtk_adjustment_get_upper (adjustment) < point.y + gtk_widget_get_height (section))
    return G_SOURCE_CONTINUE;

  /* A little space stays above the section. */
  gtk_adjustment_set_value (adjustment, MAX (0, point.y - 18));

done:
  g_clear_pointer (&self->pending, g_free);
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
show_rule (HearthHelpWindow *self,
           const char       *rule_id)
{
  GtkWidget *section = g_hash_table_lookup (self->sections, rule_id);

  if (self->highlighted != NULL)
    gtk_widget_remove_css_class (self->highlighted, "highlighted");
  self->highlighted = section;
  if (section == NULL)
    return;

  gtk_widget_add_css_class (section, "highlighted");
  gtk_widget_grab_focus (section);

  g_free (self->pending);
  self->pending = g_strdup (rule_id);
  self->tries = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}

static void
hearth_help_window_finalize (GObject *object)
{
  HearthHelpWindow *self = HEARTH_HELP_WINDOW (object);

  g_hash_table_unref (self->sections);
  g_free (self->pending);

  G_OBJECT_CLASS (hearth_help_window_parent_class)->finalize (object);
}

static void
hearth_help_window_class_init (HearthHelpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hearth_help_window_finalize;

  (void) hearth_gui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-help.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthHelpWindow, scrolled);
  gtk_widget_class_bind_template_child (widget_class, HearthHelpWindow, viewport);
  gtk_widget_class_bind_template_child (widget_class, HearthHelpWindow, content_box);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_help_window_init (HearthHelpWindow *self)
{
  const char * const *ids = hearth_rule_get_ids ();

  gtk_widget_init_template (GTK_WIDGET (self));
  install_css ();

  self->sections = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; ids[i] != NULL; i++)
    add_rule_section (self, ids[i]);
  add_measuring_section (self);
}

/* Public API */

void
hearth_help_show (GtkWidget  *parent,
                  const char *rule_id)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));

  if (the_window == NULL)
    {
      the_window = g_object_new (HEARTH_TYPE_HELP_WINDOW, NULL);
      g_object_add_weak_pointer (G_OBJECT (the_window), (gpointer *) &the_window);
    }

  if (GTK_IS_WINDOW (root) && GTK_WIDGET (root) != the_window)
    {
      gtk_window_set_transient_for (GTK_WINDOW (the_window), GTK_WINDOW (root));
      if (gtk_window_get_application (GTK_WINDOW (root)) != NULL)
        gtk_window_set_application (GTK_WINDOW (the_window),
                                    gtk_window_get_application (GTK_WINDOW (root)));
    }

  gtk_window_present (GTK_WINDOW (the_window));
  if (rule_id != NULL)
    show_rule (HEARTH_HELP_WINDOW (the_window), rule_id);
}

GtkWidget *
hearth_help_get_window (void)
{
  return the_window;
}

GtkWidget *
hearth_help_get_section (const char *rule_id)
{
  g_return_val_if_fail (rule_id != NULL, NULL);

  if (the_window == NULL)
    return NULL;
  return g_hash_table_lookup (HEARTH_HELP_WINDOW (the_window)->sections, rule_id);
}
