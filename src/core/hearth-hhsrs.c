/* hearth-hhsrs.c: HHSRS reference data, and the evidence for hazard 11
 * (reference ../shared/reference/housing-standards.md §5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The crowding matters are a checklist for the caseworker and for Housing:
 * each says what the plan and the household show, in short sentences, and
 * says plainly when the plan does not record something. The numbers that
 * decide anything (the bedroom standard, rooms under 70 sq ft, rooms that
 * are not for sleeping) come from hearth_check(), so the checklist never
 * disagrees with the findings.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-hhsrs.h"
#include "hearth-units.h"

/* Reference data */

/* Schedule 1 groups (reference §5.2): the last hazard number in each. */
static const struct {
  int         last;
  const char *name;
} groups[] = {
  { 10, N_("Physiological requirements") },
  { 14, N_("Psychological requirements") },
  { 18, N_("Protection against infection") },
  { 29, N_("Protection against accidents") },
};

/* Table 1 of the Regulations (reference §5.3). The first six rows (5600 to
 * 320) are verified against the regulations' text. Every row after 320 is
 * inferred: the RSP values come from third-party code and the range edges
 * from the pattern of alternate rounded points on a log scale; the
 * reference marks the edges 2.4 and 1.3 as doubtful. Check against SI
 * 2005/3208 before relying on them. */
static const struct {
  int         point;
  const char *range;
} likelihoods[] = {
  { 5600, N_("Less likely than 1 in 4200") },
  { 3200, N_("1 in 4200 to 1 in 2400") },
  { 1800, N_("1 in 2400 to 1 in 1300") },
  { 1000, N_("1 in 1300 to 1 in 750") },
  {  560, N_("1 in 750 to 1 in 420") },
  {  320, N_("1 in 420 to 1 in 240") },
  /* Inferred from here on. */
  {  180, N_("1 in 240 to 1 in 130") },
  {  100, N_("1 in 130 to 1 in 75") },
  {   56, N_("1 in 75 to 1 in 42") },
  {   32, N_("1 in 42 to 1 in 24") },
  {   18, N_("1 in 24 to 1 in 13") },
  {   10, N_("1 in 13 to 1 in 7.5") },
  {    6, N_("1 in 7.5 to 1 in 4.2") },
  {    3, N_("1 in 4.2 to 1 in 2.4") },
  {    2, N_("1 in 2.4 to 1 in 1.3") },
  {    1, N_("More likely than 1 in 1.3") },
};

/* The relevant matters for Crowding and space (reference §5.4). */
static const char * const matter_titles[] = {
  N_("Living area"),
  N_("Kitchen area"),
  N_("Personal washing area"),
  N_("Washing area door"),
  N_("Sanitary accommodation"),
  N_("Sanitary accommodation door"),
  N_("Number of bedrooms"),
  N_("Bedroom size"),
  N_("Bedroom location"),
  N_("Recreational space"),
};

/* The working set */

typedef struct
{
  HearthRoom  *room;
  HearthFloor *floor;
  gint64       area2;     /* countable, by the chosen headroom rule */
  GPtrArray   *sleepers;  /* HearthPerson, residents, household order */
} Room;

typedef struct
{
  HearthAssessment        *assessment;
  const HearthRuleOptions *options;
  const GDate             *date;
  GArray                  *rooms;     /* Room, in plan order */
  GPtrArray               *findings;  /* HearthFinding */
} Evidence;

static void
evidence_init (Evidence                *ev,
               HearthAssessment        *assessment,
               const HearthRuleOptions *options)
{
  GPtrArray *floors = hearth_assessment_get_floors (assessment);
  GPtrArray *persons = hearth_assessment_get_persons (assessment);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  ev->assessment = assessment;
  ev->options = options;
  ev->date = hearth_assessment_get_visit_date (assessment);
  ev->rooms = g_array_new (FALSE, TRUE, sizeof (Room));
  ev->findings = hearth_check (assessment, options);

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);

      for (guint j = 0; j < hearth_floor_get_n_rooms (floor); j++)
        {
          HearthRoom *room = hearth_floor_get_room (floor, j);
          Room r = { 0 };

          r.room = room;
          r.floor = floor;
          r.area2 = hearth_room_get_countable_area2 (room, options->headroom_rule);
          r.sleepers = g_ptr_array_new ();
          g_array_append_val (ev->rooms, r);
        }
    }

  for (guint i = 0; i < ev->rooms->len; i++)
    {
      Room *r = &g_array_index (ev->rooms, Room, i);
      g_hash_table_insert (index, (gpointer) hearth_room_get_id (r->room), r);
    }

  /* As in the rules: only residents sleep in the home, and a child not yet
   * born on the visit date is not yet one of them. */
  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      const GDate *born = hearth_person_get_born (person);
      const char *sleeps_in = hearth_person_get_sleeps_in (person);
      Room *r;

      if (!hearth_person_get_resident (person) || sleeps_in == NULL)
        continue;
      if (born != NULL && g_date_valid (ev->date) && g_date_compare (born, ev->date) > 0)
        continue;
      r = g_hash_table_lookup (index, sleeps_in);
      if (r != NULL)
        g_ptr_array_add (r->sleepers, person);
    }
}

static void
evidence_clear (Evidence *ev)
{
  for (guint i = 0; i < ev->rooms->len; i++)
    g_ptr_array_unref (g_array_index (ev->rooms, Room, i).sleepers);
  g_clear_pointer (&ev->rooms, g_array_unref);
  g_clear_pointer (&ev->findings, g_ptr_array_unref);
}

/* Findings */

static const HearthFinding *
find_finding (Evidence   *ev,
              const char *rule)
{
  for (guint i = 0; i < ev->findings->len; i++)
    {
      const HearthFinding *f = g_ptr_array_index (ev->findings, i);

      if (g_str_equal (f->rule, rule))
        return f;
    }
  return NULL;
}

static gboolean
finding_names_room (Evidence   *ev,
                    const char *rule,
                    const char *room_id)
{
  for (guint i = 0; i < ev->findings->len; i++)
    {
      const HearthFinding *f = g_ptr_array_index (ev->findings, i);

      if (g_str_equal (f->rule, rule) && f->rooms && g_strv_contains ((const char * const *) f->rooms, room_id))
        return TRUE;
    }
  return FALSE;
}

/* Text helpers */

static const char *
room_name (HearthRoom *room)
{
  const char *name = hearth_room_get_name (room);

  return (name && *name) ? name : hearth_room_get_id (room);
}

static const char *
floor_name (HearthFloor *floor)
{
  const char *name = hearth_floor_get_name (floor);

  return (name && *name) ? name : hearth_floor_get_id (floor);
}

static char *
describe_person (Evidence     *ev,
                 HearthPerson *person)
{
  const char *name = hearth_person_get_name (person);
  int age = hearth_person_get_age_on (person, ev->date);

  if (name == NULL || *name == '\0')
    name = hearth_person_get_id (person);
  if (age == HEARTH_AGE_UNKNOWN)
    return g_strdup_printf (_("%s (age not recorded)"), name);
  /* Translators: a person's name and age in years, "Amy Carter (11)" */
  return g_strdup_printf (_("%s (%d)"), name, age);
}

/* "Amy Carter (11), Leo Carter (13) and Sam Hughes (9)" */
static char *
describe_people (Evidence  *ev,
                 GPtrArray *people)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < people->len; i++)
    {
      g_autofree char *one = describe_person (ev, g_ptr_array_index (people, i));

      if (i > 0)
        g_string_append (s, i + 1 == people->len
                         /* Translators: before the last person in a list, "Amy (11), Leo (13) and Sam (10)" */
                         ? _(" and ")
                         /* Translators: between people in a list */
                         : _(", "));
      g_string_append (s, one);
    }
  return g_string_free (s, FALSE);
}

/* "Box room: 5.28 m² (56.83 sq ft)." */
static void
append_room_area (GString *out,
                  Room    *r)
{
  g_autofree char *area = hearth_format_area (r->area2);

  /* Translators: a room's name and its area, "Kitchen: 8.40 m² (90.41 sq ft)." */
  g_string_append_printf (out, _("%s: %s."), room_name (r->room), area);
}

/* " Nobody sleeps there." or " Leo Carter (13) sleeps there." */
static void
append_sleepers (GString  *out,
                 Evidence *ev,
                 Room     *r)
{
  g_autofree char *who = NULL;

  g_string_append_c (out, ' ');
  if (r->sleepers->len == 0)
    {
      g_string_append (out, _("Nobody sleeps there."));
      return;
    }

  who = describe_people (ev, r->sleepers);
  g_string_append_printf (out,
                          /* Translators: "Amy Carter (11) sleeps there." */
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%s sleeps there.",
                                       "%s sleep there.",
                                       r->sleepers->len),
                          who);
}

static void
new_line (GString *out)
{
  if (out->len > 0)
    g_string_append_c (out, '\n');
}

/* The matters */

static gboolean
is_living_room (HearthRoom *room)
{
  switch (hearth_room_get_use (room))
    {
    case HEARTH_ROOM_USE_LIVING:
    case HEARTH_ROOM_USE_DINING:
    case HEARTH_ROOM_USE_STUDY:
      return TRUE;
    default:
      return hearth_room_get_living_room (room);
    }
}

/* a: rooms usable as living rooms, their areas, and who sleeps in them. */
static char *
living_area (Evidence *ev)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ev->rooms->len; i++)
    {
      Room *r = &g_array_index (ev->rooms, Room, i);

      if (!is_living_room (r->room))
        continue;
      new_line (out);
      append_room_area (out, r);
      append_sleepers (out, ev, r);
    }

  if (out->len == 0)
    g_string_append (out, _("No living room is recorded on the plan."));
  return g_string_free (out, FALSE);
}

/* b, c: rooms of these uses and their areas. */
static char *
rooms_of_use (Evidence      *ev,
              HearthRoomUse  use,
              HearthRoomUse  also,
              const char    *none)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ev->rooms->len; i++)
    {
      Room *r = &g_array_index (ev->rooms, Room, i);
      HearthRoomUse u = hearth_room_get_use (r->room);

      if (u != use && u != also)
        continue;
      new_line (out);
      append_room_area (out, r);
    }

  if (out->len == 0)
    g_string_append (out, none);
  return g_string_free (out, FALSE);
}

/* "Bathroom (First floor), WC (Ground floor)" */
static char *
list_rooms_of_use (Evidence      *ev,
                   HearthRoomUse  use,
                   guint         *n)
{
  GString *out = g_string_new (NULL);

  *n = 0;
  for (guint i = 0; i < ev->rooms->len; i++)
    {
      Room *r = &g_array_index (ev->rooms, Room, i);

      if (hearth_room_get_use (r->room) != use)
        continue;
      if ((*n)++ > 0)
        /* Translators: between rooms in a list */
        g_string_append (out, _(", "));
      /* Translators: a room and the floor it is on, "Bathroom (First floor)" */
      g_string_append_printf (out, C_("room on a floor", "%s (%s)"),
                              room_name (r->room), floor_name (r->floor));
    }
  return g_string_free (out, FALSE);
}

/* e: WCs and bathrooms, how many and where. */
static char *
sanitary_accommodation (Evidence *ev)
{
  GString *out = g_string_new (NULL);
  guint n_wc, n_bath;
  g_autofree char *wcs = list_rooms_of_use (ev, HEARTH_ROOM_USE_WC, &n_wc);
  g_autofree char *baths = list_rooms_of_use (ev, HEARTH_ROOM_USE_BATHROOM, &n_bath);

  if (n_wc == 0)
    g_string_append (out, _("No separate WC on the plan."));
  else
    g_string_append_printf (out,
                            /* Translators: "2 separate WCs: WC (Ground floor), WC (First floor)." */
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u separate WC: %s.",
                                         "%u separate WCs: %s.",
                                         n_wc),
                            n_wc, wcs);
  g_string_append_c (out, '\n');

  if (n_bath == 0)
    g_string_append (out, _("No bathroom on the plan."));
  else
    {
      g_string_append_printf (out,
                              /* Translators: "1 bathroom: Bathroom (First floor)." */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u bathroom: %s.",
                                           "%u bathrooms: %s.",
                                           n_bath),
                              n_bath, baths);
      g_string_append_c (out, '\n');
      g_string_append (out, _("Not recorded on the plan: check which bathrooms have a WC."));
    }

  return g_string_free (out, FALSE);
}

/* The bedrooms the bedroom standard counts, as the rules count them: the
 * rooms called bedrooms, or in a home with none, the rooms usable as
 * bedrooms or living rooms that someone sleeps in (a bed-sitter). */
static gboolean
room_is_available (HearthRoom              *room,
                   const HearthRuleOptions *options)
{
  if (hearth_room_get_living_room (room))
    return TRUE;

  switch (hearth_room_get_use (room))
    {
    case HEARTH_ROOM_USE_BEDROOM:
    case HEARTH_ROOM_USE_LIVING:
    case HEARTH_ROOM_USE_DINING:
    case HEARTH_ROOM_USE_STUDY:
      return TRUE;
    case HEARTH_ROOM_USE_KITCHEN:
    case HEARTH_ROOM_USE_KITCHEN_DINER:
      return options->kitchens_count;
    default:
      return FALSE;
    }
}

static guint
count_bedrooms (Evidence *ev)
{
  guint bedrooms = 0;

  for (guint i = 0; i < ev->rooms->len; i++)
    {
      Room *r = &g_array_index (ev->rooms, Room, i);
      bedrooms += hearth_room_get_use (r->room) == HEARTH_ROOM_USE_BEDROOM;
    }
  if (bedrooms > 0)
    return bedrooms;

  for (guint i = 0; i < ev->rooms->len; i++)
    {
      Room *r = &g_array_index (ev->rooms, Room, i);
      bedrooms += room_is_available (r->room, ev->options) && r->sleepers->len > 0;
    }
  return bedrooms;
}

/* Whether the rules could decide the bedroom standard: everyone's age is
 * known, and the sex of everyone aged 10 to 20 who is not in a couple. */
static gboolean
bedroom_standard_decided (Evidence *ev)
{
  GPtrArray *persons = hearth_assessment_get_persons (ev->assessment);
  GPtrArray *couples = hearth_assessment_get_couples (ev->assessment);
  g_autoptr(GHashTable) residents = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) partnered = g_hash_table_new (g_str_hash, g_str_equal);

  if (!g_date_valid (ev->date))
    return FALSE;

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      const GDate *born = hearth_person_get_born (person);

      if (!hearth_person_get_resident (person))
        continue;
      if (born != NULL && g_date_compare (born, ev->date) > 0)
        continue;
      g_hash_table_add (residents, (gpointer) hearth_person_get_id (person));
    }

  for (guint i = 0; i < couples->len; i++)
    {
      HearthCouple *couple = g_ptr_array_index (couples, i);

      if (g_hash_table_contains (residents, couple->first)
          && g_hash_table_contains (residents, couple->second))
        {
          g_hash_table_add (partnered, couple->first);
          g_hash_table_add (partnered, couple->second);
        }
    }

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      const char *id = hearth_person_get_id (person);
      int age;

      if (!g_hash_table_contains (residents, id) || g_hash_table_contains (partnered, id))
        continue;
      age = hearth_person_get_age_on (person, ev->date);
      if (age == HEARTH_AGE_UNKNOWN)
        return FALSE;
      if (age >= 10 && age < 21 && hearth_person_get_sex (person) == HEARTH_SEX_NOT_RECORDED)
        return FALSE;
    }
  return TRUE;
}

/* g: the bedroom standard's need against the bedrooms there are. */
static char *
number_of_bedrooms (Evidence *ev)
{
  const HearthFinding *f = find_finding (ev, "bedroom-standard");
  guint bedrooms;

  if (f != NULL)
    return g_strdup (f->message);

  bedrooms = count_bedrooms (ev);
  if (!bedroom_standard_decided (ev))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u bedroom. The bedroom standard could not be decided: "
                                         "the visit date, an age, or the sex of someone aged 10 to 20 is not recorded.",
                                         "%u bedrooms. The bedroom standard could not be decided: "
                                         "the visit date, an age, or the sex of someone aged 10 to 20 is not recorded.",
                                         bedrooms),
                            bedrooms);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u bedroom; the bedroom standard is met.",
                                       "%u bedrooms; the bedroom standard is met.",
                                       bedrooms),
                          bedrooms);
}

/* h: each bedroom, its countable area and who sleeps there. */
static char *
bedroom_size (Evidence *ev)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ev->rooms->len; i++)
    {
      Room *r = &g_array_index (ev->rooms, Room, i);

      if (hearth_room_get_use (r->room) != HEARTH_ROOM_USE_BEDROOM)
        continue;
      new_line (out);
      if (finding_names_room (ev, "small-bedroom", hearth_room_get_id (r->room)))
        {
          g_autofree char *area = hearth_format_area (r->area2);

          /* Translators: "Box room: 5.28 m² (56.83 sq ft), under 70 sq ft." */
          g_string_append_printf (out, _("%s: %s, under 70 sq ft."), room_name (r->room), area);
        }
      else
        append_room_area (out, r);
      append_sleepers (out, ev, r);
    }

  if (out->len == 0)
    g_string_append (out, _("No bedroom is recorded on the plan."));
  return g_string_free (out, FALSE);
}

/* i: rooms used for sleeping that are not for sleeping (halls, landings,
 * kitchens, storage), as the rules found them. */
static char *
bedroom_location (Evidence *ev)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ev->findings->len; i++)
    {
      const HearthFinding *f = g_ptr_array_index (ev->findings, i);

      if (!g_str_equal (f->rule, "unsuitable-sleeping-room"))
        continue;
      new_line (out);
      g_string_append (out, f->message);
    }

  new_line (out);
  g_string_append (out, _("Not recorded on the plan: check that each bedroom opens off a hall or landing, not through another room."));
  return g_string_free (out, FALSE);
}

/* Public API */

int
hearth_hhsrs_hazard_get_group (int number)
{
  if (number < 1 || number > HEARTH_N_HHSRS_HAZARDS)
    return -1;

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    if (number <= groups[i].last)
      return (int) i;
  g_return_val_if_reached (-1);
}

const char *
hearth_hhsrs_group_get_name (int group)
{
  if (group < 0 || group >= (int) G_N_ELEMENTS (groups))
    return NULL;
  return _(groups[group].name);
}

guint
hearth_hhsrs_get_n_likelihood_points (void)
{
  return G_N_ELEMENTS (likelihoods);
}

int
hearth_hhsrs_get_likelihood_point (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (likelihoods), 0);
  return likelihoods[index].point;
}

const char *
hearth_hhsrs_get_likelihood_range (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (likelihoods), NULL);
  return _(likelihoods[index].range);
}

void
hearth_relevant_matter_free (HearthRelevantMatter *matter)
{
  if (matter == NULL)
    return;
  g_free (matter->title);
  g_free (matter->evidence);
  g_free (matter);
}

GPtrArray *
hearth_hhsrs_crowding_matters (HearthAssessment        *assessment,
                               const HearthRuleOptions *options)
{
  HearthRuleOptions defaults;
  Evidence ev = { 0 };
  GPtrArray *matters;
  char *evidence[G_N_ELEMENTS (matter_titles)];

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);

  if (options == NULL)
    {
      hearth_rule_options_init (&defaults);
      options = &defaults;
    }

  evidence_init (&ev, assessment, options);

  evidence[0] = living_area (&ev);
  evidence[1] = rooms_of_use (&ev, HEARTH_ROOM_USE_KITCHEN, HEARTH_ROOM_USE_KITCHEN_DINER,
                              _("No kitchen is recorded on the plan."));
  evidence[2] = rooms_of_use (&ev, HEARTH_ROOM_USE_BATHROOM, HEARTH_ROOM_USE_BATHROOM,
                              _("No bathroom is recorded on the plan."));
  evidence[3] = g_strdup (_("Not recorded on the plan: check whether the bathroom door locks."));
  evidence[4] = sanitary_accommodation (&ev);
  evidence[5] = g_strdup (_("Not recorded on the plan: check whether the WC door locks."));
  evidence[6] = number_of_bedrooms (&ev);
  evidence[7] = bedroom_size (&ev);
  evidence[8] = bedroom_location (&ev);
  evidence[9] = g_strdup (_("Not recorded on the plan: note indoor and outdoor play space."));

  matters = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_relevant_matter_free);
  for (guint i = 0; i < G_N_ELEMENTS (matter_titles); i++)
    {
      HearthRelevantMatter *matter = g_new0 (HearthRelevantMatter, 1);

      matter->letter = (char) ('a' + i);
      matter->title = g_strdup (_(matter_titles[i]));
      matter->evidence = evidence[i];
      g_ptr_array_add (matters, matter);
    }

  evidence_clear (&ev);
  return matters;
}
