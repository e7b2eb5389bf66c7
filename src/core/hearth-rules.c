/* hearth-rules.c: the legal standards (reference ../shared/reference/housing-standards.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * hearth_check() is a pure function: it reads the assessment and returns
 * findings. Areas are compared through the exact integer helpers of
 * hearth-units.h; person units are counted in halves so that ½ is exact.
 *
 * Ages are taken on a date. The visit date gives today's findings; for
 * "upcoming-change" the dwelling-wide rules and the rooms of the people
 * concerned are checked again on each birthday in the next 12 months at
 * which someone reaches 1, 10, 16 or 21, and what is new is reported with
 * its date. That is a few hundred passes at most, each linear.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-rules.h"
#include "hearth-units.h"

G_DEFINE_BOXED_TYPE (HearthFinding, hearth_finding, hearth_finding_copy, hearth_finding_free)

/* Square feet and square millimetres of every threshold (reference §7). */
#define SQFT_IGNORED        50   /* s.326(3): rooms under 50 sq ft are ignored */
#define SQFT_SMALL_BEDROOM  70
#define SQFT_HALF           50
#define SQFT_ONE            70
#define SQFT_ONE_AND_HALF   90
#define SQFT_TWO           110
#define MM2_HMO_UNDER_10    4640000
#define MM2_HMO_ONE_OVER_10 6510000
#define MM2_HMO_TWO_OVER_10 10220000
#define MM2_NDSS_SINGLE     7500000
#define MM2_NDSS_DOUBLE     11500000
#define MM_NDSS_SINGLE_WIDTH 2150
#define MM_NDSS_DOUBLE_WIDTH 2550
#define MM_NDSS_MAIN_DOUBLE_WIDTH 2750

static const int upcoming_ages[] = { 1, 10, 16, 21 };

/* Rule ids and citations */

static const struct {
  const char *id;
  const char *title;
  const char *citation;
} rules[] = {
  { "room-standard", N_("Room standard"),
    N_("Housing Act 1985, s.325 (the room standard)") },
  { "opposite-sex-sharing", N_("Opposite-sex sharing"),
    N_("Housing Act 1985, s.325; HHSRS hazard 11, Crowding and space (privacy from age 10)") },
  { "space-standard", N_("Space standard"),
    N_("Housing Act 1985, s.326 and Tables I and II (the space standard)") },
  { "small-bedroom", N_("Bedroom under 70 sq ft"),
    N_("Housing Act 1985, s.326 Table II (70 sq ft for one person); Housing Act 2004, Part 1, HHSRS hazard 11 (Crowding and space)") },
  { "hmo-room-size", N_("HMO minimum room size"),
    N_("Housing Act 2004, Sch.4 para 1A, inserted by SI 2018/616 (HMO licence conditions)") },
  { "bedroom-standard", N_("Bedroom standard"),
    N_("Bedroom standard (English Housing Survey; Census occupancy rating)") },
  { "ndss-bedroom", N_("Space standard for new homes"),
    N_("Technical housing standards: nationally described space standard (DCLG, March 2015), para 10") },
  { "unsuitable-sleeping-room", N_("Unsuitable sleeping room"),
    N_("Housing Act 1985, s.325(2)(b); HHSRS Operating Guidance (2006), hazard 11 (Crowding and space)") },
  { "no-sleeping-room", N_("No sleeping room recorded"),
    N_("Housing Act 1985, s.324 (persons sleeping in the dwelling)") },
  { "upcoming-change", N_("Upcoming change"),
    N_("As for the rule that will apply") },
  { "hhsrs-category-1", N_("HHSRS category 1 hazard"),
    N_("Housing Act 2004, ss.2 and 5; HHSRS (England) Regulations 2005 (SI 2005/3208)") },
  { "data-incomplete", N_("Information missing"),
    N_("Needed by the rules named") },
};

const char * const *
hearth_rule_get_ids (void)
{
  static const char *ids[G_N_ELEMENTS (rules) + 1];

  if (ids[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
      ids[i] = rules[i].id;
  return ids;
}

const char *
hearth_rule_get_citation (const char *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (g_str_equal (rules[i].id, rule))
      return _(rules[i].citation);
  return NULL;
}

const char *
hearth_rule_get_title (const char *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (g_str_equal (rules[i].id, rule))
      return _(rules[i].title);
  return NULL;
}

void
hearth_rule_options_init (HearthRuleOptions *options)
{
  g_return_if_fail (options != NULL);

  options->headroom_rule = HEARTH_HEADROOM_RULE_UNDER_1500;
  options->kitchens_count = FALSE;
  options->small_rooms_count = FALSE;
  options->pairing = HEARTH_PAIRING_OPTIMAL;
}

/* Findings */

HearthFinding *
hearth_finding_copy (const HearthFinding *finding)
{
  HearthFinding *copy;

  g_return_val_if_fail (finding != NULL, NULL);

  copy = g_memdup2 (finding, sizeof *finding);
  copy->rooms = g_strdupv (finding->rooms);
  copy->persons = g_strdupv (finding->persons);
  copy->message = g_strdup (finding->message);
  copy->reading = g_strdup (finding->reading);
  return copy;
}

void
hearth_finding_free (HearthFinding *finding)
{
  if (finding == NULL)
    return;
  g_strfreev (finding->rooms);
  g_strfreev (finding->persons);
  g_free (finding->message);
  g_free (finding->reading);
  g_free (finding);
}

gboolean
hearth_findings_need_action (GPtrArray *findings)
{
  g_return_val_if_fail (findings != NULL, FALSE);

  for (guint i = 0; i < findings->len; i++)
    {
      const HearthFinding *f = g_ptr_array_index (findings, i);

      if (f->severity == HEARTH_SEVERITY_BREACH || f->severity == HEARTH_SEVERITY_HAZARD)
        return TRUE;
    }
  return FALSE;
}

/* The working set */

typedef struct _Occupant Occupant;
typedef struct _RoomInfo RoomInfo;

struct _Occupant
{
  HearthPerson *person;
  guint         order;
  RoomInfo     *room;
  Occupant     *partner;
  HearthSex     sex;
  int           age;      /* on the date being checked */
  int           bump;     /* years added when trying an unknown birthday */
  int           stated_age;
  int           born_year, born_month, born_day; /* born_year 0: not known */
};

struct _RoomInfo
{
  HearthRoom *room;
  guint       order;
  gint64      gross2;
  gint64      ha2;        /* Housing Act 1985 area, by the chosen headroom rule */
  gint64      std2;       /* HMO and NDSS area: ceilings under 1.5 m left out */
  gboolean    available;  /* "of a type normally used … as a bedroom or living room" */
  gboolean    is_bedroom; /* for the bedroom standard */
  GPtrArray  *occupants;  /* Occupant, residents only */
};

typedef struct
{
  char          *key;   /* what makes two findings the same one */
  guint          order;
  HearthFinding *finding;
} Pending;

typedef struct
{
  HearthAssessment        *assessment;
  const HearthRuleOptions *options;
  GDate                    date;
  GArray                  *rooms;     /* RoomInfo */
  GArray                  *residents; /* Occupant */
  GPtrArray               *out;       /* Pending */
  guint                    counter;
  /* While looking ahead: keys already reported, whose findings need not
   * be written again. */
  GHashTable              *known;
} Check;

static void
pending_free (Pending *p)
{
  g_free (p->key);
  hearth_finding_free (p->finding);
  g_free (p);
}

static GStrv
room_ids (RoomInfo *const *rooms,
          guint            n)
{
  GStrv ids = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    ids[i] = g_strdup (hearth_room_get_id (rooms[i]->room));
  return ids;
}

static GStrv
person_ids (Occupant *const *people,
            guint            n)
{
  GStrv ids = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    ids[i] = g_strdup (hearth_person_get_id (people[i]->person));
  return ids;
}

/* What makes two findings the same one, so that looking ahead reports only
 * what is new: the rule, its severity and its rooms; and for a finding
 * about rooms, who is in them. A dwelling-wide finding lists everyone it
 * counted, which changes with every birthday without being news. */
static char *
finding_key (const char       *rule,
             HearthSeverity    severity,
             RoomInfo *const  *rooms,
             guint             n_rooms,
             Occupant *const  *people,
             guint             n_people)
{
  GString *key = g_string_new (rule);

  g_string_append_printf (key, "|%d", severity);
  for (guint i = 0; i < n_rooms; i++)
    g_string_append_printf (key, "|r:%s", hearth_room_get_id (rooms[i]->room));
  for (guint i = 0; n_rooms > 0 && i < n_people; i++)
    g_string_append_printf (key, "|p:%s", hearth_person_get_id (people[i]->person));
  return g_string_free (key, FALSE);
}

static void G_GNUC_PRINTF (9, 10)
emit (Check            *check,
      const char       *rule,
      HearthSeverity    severity,
      RoomInfo *const  *rooms,
      guint             n_rooms,
      Occupant *const  *people,
      guint             n_people,
      char             *reading,
      const char       *format,
      ...)
{
  g_autofree char *key = finding_key (rule, severity, rooms, n_rooms, people, n_people);
  Pending *p;
  HearthFinding *f;
  va_list args;

  if (check->known != NULL && g_hash_table_contains (check->known, key))
    {
      g_free (reading);
      return;
    }

  f = g_new0 (HearthFinding, 1);
  va_start (args, format);
  f->message = g_strdup_vprintf (format, args);
  va_end (args);

  f->rule = rule;
  f->severity = severity;
  f->rooms = room_ids (rooms, n_rooms);
  f->persons = person_ids (people, n_people);
  f->citation = hearth_rule_get_citation (rule);
  f->reading = reading;
  g_date_clear (&f->effective, 1);

  p = g_new0 (Pending, 1);
  p->key = g_steal_pointer (&key);
  p->order = check->counter++;
  p->finding = f;
  g_ptr_array_add (check->out, p);
}

/* Text helpers */

static char *
format_halves (gint64 halves)
{
  if (halves % 2 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, halves / 2);
  if (halves == 1)
    return g_strdup ("½");
  return g_strdup_printf ("%" G_GINT64_FORMAT "½", halves / 2);
}

static const char *
person_name (Occupant *o)
{
  const char *name = hearth_person_get_name (o->person);

  return (name && *name) ? name : hearth_person_get_id (o->person);
}

static const char *
room_name (RoomInfo *r)
{
  const char *name = hearth_room_get_name (r->room);

  return (name && *name) ? name : hearth_room_get_id (r->room);
}

/* "Amy, 11" or "Amy, age not recorded" */
static char *
describe_person (Occupant *o)
{
  if (o->age == HEARTH_AGE_UNKNOWN)
    return g_strdup_printf (_("%s (age not recorded)"), person_name (o));
  /* Translators: a person's name and age in years, "Amy Carter (11)" */
  return g_strdup_printf (_("%s (%d)"), person_name (o), o->age);
}

static char *
describe_people (Occupant *const *people,
                 guint            n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *one = describe_person (people[i]);

      if (i > 0)
        g_string_append (s, i + 1 == n
                         /* Translators: before the last person in a list, "Amy (11), Leo (13) and Sam (10)" */
                         ? _(" and ")
                         /* Translators: between people in a list */
                         : _(", "));
      g_string_append (s, one);
    }
  return g_string_free (s, FALSE);
}

static char *
reading_headroom (const HearthRuleOptions *options)
{
  if (options->headroom_rule == HEARTH_HEADROOM_RULE_AT_MOST_1524)
    return g_strdup (_("Floor under a ceiling of 5 ft (1.524 m) or less is left out (the 1930s measuring rule; the current rule is not settled)."));
  return g_strdup (_("Floor under a ceiling lower than 1.5 m is left out (the HMO measuring rule; the rule for the 1985 Act is not settled)."));
}

/* The area of a room as the message shows it, with the left-out part. */
static char *
describe_area (gint64 countable2,
               gint64 gross2)
{
  g_autofree char *area = hearth_format_area (countable2);

  if (countable2 == gross2)
    return g_steal_pointer (&area);

  {
    g_autofree char *left_out = hearth_format_m2 (gross2 - countable2);
    /* Translators: "5.28 m² (56.83 sq ft) after leaving out 0.96 m² of low ceiling" */
    return g_strdup_printf (_("%s after leaving out %s of low ceiling"), area, left_out);
  }
}

/* Setting up */

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

static gboolean
room_is_unsuitable_for_sleeping (HearthRoom *room)
{
  if (hearth_room_get_living_room (room))
    return FALSE;

  switch (hearth_room_get_use (room))
    {
    case HEARTH_ROOM_USE_KITCHEN:
    case HEARTH_ROOM_USE_BATHROOM:
    case HEARTH_ROOM_USE_WC:
    case HEARTH_ROOM_USE_HALL:
    case HEARTH_ROOM_USE_LANDING:
    case HEARTH_ROOM_USE_STORAGE:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
check_init (Check                   *check,
            HearthAssessment        *assessment,
            const HearthRuleOptions *options)
{
  GPtrArray *floors = hearth_assessment_get_floors (assessment);
  GPtrArray *persons = hearth_assessment_get_persons (assessment);
  GPtrArray *couples = hearth_assessment_get_couples (assessment);
  g_autoptr(GHashTable) room_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) person_index = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean any_bedroom = FALSE;

  check->assessment = assessment;
  check->options = options;
  check->date = *hearth_assessment_get_visit_date (assessment);
  check->rooms = g_array_new (FALSE, TRUE, sizeof (RoomInfo));
  check->residents = g_array_new (FALSE, TRUE, sizeof (Occupant));
  check->out = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);

  for (guint i = 0; i < floors->len; i++)
    {
      HearthFloor *floor = g_ptr_array_index (floors, i);

      for (guint j = 0; j < hearth_floor_get_n_rooms (floor); j++)
        {
          HearthRoom *room = hearth_floor_get_room (floor, j);
          RoomInfo info = { 0 };

          info.room = room;
          info.order = check->rooms->len;
          info.gross2 = hearth_room_get_gross_area2 (room);
          info.ha2 = hearth_room_get_countable_area2 (room, options->headroom_rule);
          info.std2 = hearth_room_get_countable_area2 (room, HEARTH_HEADROOM_RULE_UNDER_1500);
          info.available = room_is_available (room, options);
          info.is_bedroom = hearth_room_get_use (room) == HEARTH_ROOM_USE_BEDROOM;
          info.occupants = g_ptr_array_new ();
          any_bedroom |= info.is_bedroom;
          g_array_append_val (check->rooms, info);
        }
    }

  /* Pointers into the arrays are taken only once they are complete. */
  for (guint i = 0; i < check->rooms->len; i++)
    {
      RoomInfo *info = &g_array_index (check->rooms, RoomInfo, i);
      g_hash_table_insert (room_index, (gpointer) hearth_room_get_id (info->room), info);
    }

  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      const GDate *born = hearth_person_get_born (person);
      Occupant o = { 0 };

      /* Only people who sleep in the dwelling count; a child not yet born
       * on the visit date is not yet one of them. */
      if (!hearth_person_get_resident (person))
        continue;
      if (born != NULL && g_date_compare (born, &check->date) > 0)
        continue;

      o.person = person;
      o.order = check->residents->len;
      o.sex = hearth_person_get_sex (person);
      o.stated_age = hearth_person_get_stated_age (person);
      if (born != NULL)
        {
          o.born_year = g_date_get_year (born);
          o.born_month = g_date_get_month (born);
          o.born_day = g_date_get_day (born);
        }
      g_array_append_val (check->residents, o);
    }

  for (guint i = 0; i < check->residents->len; i++)
    {
      Occupant *o = &g_array_index (check->residents, Occupant, i);
      RoomInfo *room = g_hash_table_lookup (room_index, hearth_person_get_sleeps_in (o->person) ?: "");

      g_hash_table_insert (person_index, (gpointer) hearth_person_get_id (o->person), o);
      o->room = room;
      if (room != NULL)
        g_ptr_array_add (room->occupants, o);
    }

  for (guint i = 0; i < couples->len; i++)
    {
      HearthCouple *couple = g_ptr_array_index (couples, i);
      Occupant *a = g_hash_table_lookup (person_index, couple->first);
      Occupant *b = g_hash_table_lookup (person_index, couple->second);

      if (a != NULL && b != NULL)
        {
          a->partner = b;
          b->partner = a;
        }
    }

  /* A home with no room called a bedroom: the room someone sleeps in is a
   * bed-sitter, which the bedroom standard counts (reference §3.1). */
  if (!any_bedroom)
    for (guint i = 0; i < check->rooms->len; i++)
      {
        RoomInfo *info = &g_array_index (check->rooms, RoomInfo, i);
        info->is_bedroom = info->available && info->occupants->len > 0;
      }
}

static void
check_clear (Check *check)
{
  for (guint i = 0; i < check->rooms->len; i++)
    g_ptr_array_unref (g_array_index (check->rooms, RoomInfo, i).occupants);
  g_clear_pointer (&check->rooms, g_array_unref);
  g_clear_pointer (&check->residents, g_array_unref);
  g_clear_pointer (&check->out, g_ptr_array_unref);
}

/* The same as hearth_age_on(), in integers: this runs for everyone on
 * every date looked ahead to. Someone born on 29 February turns a year
 * older on 1 March in other years, which this gives without a special
 * case: no such year has a 29 February to compare with. */
static int
age_on (const Occupant *o,
        int             year,
        int             month,
        int             day)
{
  int age;

  if (o->born_year == 0)
    return o->stated_age;

  age = year - o->born_year;
  if (month < o->born_month || (month == o->born_month && day < o->born_day))
    age--;
  return age < 0 ? HEARTH_AGE_UNKNOWN : age;
}

static void
set_date (Check       *check,
          const GDate *date)
{
  int year = g_date_get_year (date);
  int month = g_date_get_month (date);
  int day = g_date_get_day (date);

  check->date = *date;
  for (guint i = 0; i < check->residents->len; i++)
    {
      Occupant *o = &g_array_index (check->residents, Occupant, i);

      o->age = age_on (o, year, month, day);
      if (o->age != HEARTH_AGE_UNKNOWN)
        o->age += o->bump;
    }
}

static gboolean
age_known (Occupant *o)
{
  return o->age != HEARTH_AGE_UNKNOWN;
}

/* Unknown ages count as 10 or over wherever that finds a problem sooner. */
static gboolean
maybe_ten_plus (Occupant *o)
{
  return !age_known (o) || o->age >= 10;
}

static gboolean
is_couple (Occupant *a,
           Occupant *b)
{
  return a->partner == b;
}

/* Per-room rules */

static void
check_small_bedroom (Check    *check,
                     RoomInfo *room)
{
  g_autoptr(GPtrArray) older = g_ptr_array_new ();
  g_autofree char *area = NULL;
  g_autofree char *who = NULL;

  if (hearth_area2_at_least_sqft (room->ha2, SQFT_SMALL_BEDROOM))
    return;

  for (guint i = 0; i < room->occupants->len; i++)
    {
      Occupant *o = g_ptr_array_index (room->occupants, i);

      if (age_known (o) && o->age >= 10)
        g_ptr_array_add (older, o);
    }
  if (older->len == 0)
    return;

  area = describe_area (room->ha2, room->gross2);
  who = describe_people ((Occupant **) older->pdata, older->len);
  emit (check, "small-bedroom", HEARTH_SEVERITY_HAZARD, &room, 1,
        (Occupant **) older->pdata, older->len,
        room->ha2 != room->gross2 ? reading_headroom (check->options) : NULL,
        g_dngettext (GETTEXT_PACKAGE,
                     /* Translators: "Box room is 5.28 m² (56.83 sq ft); Amy, 11 sleeps there: …" */
                     "%s is %s; %s sleeps there: under 70 sq ft (6.50 m²) for someone aged 10 or over. "
                     "Ask Housing for an HHSRS Crowding and space assessment.",
                     "%s is %s; %s sleep there: under 70 sq ft (6.50 m²) for people aged 10 or over. "
                     "Ask Housing for an HHSRS Crowding and space assessment.",
                     older->len),
        room_name (room), area, who);
}

static void
check_opposite_sex_sharing (Check    *check,
                            RoomInfo *room)
{
  g_autoptr(GPtrArray) involved = g_ptr_array_new ();
  g_autofree char *who = NULL;

  for (guint i = 0; i < room->occupants->len; i++)
    {
      Occupant *a = g_ptr_array_index (room->occupants, i);

      if (!age_known (a) || a->age < 10 || a->sex == HEARTH_SEX_NOT_RECORDED)
        continue;

      for (guint j = 0; j < room->occupants->len; j++)
        {
          Occupant *b = g_ptr_array_index (room->occupants, j);

          if (b == a || !age_known (b) || b->age < 10 ||
              b->sex == HEARTH_SEX_NOT_RECORDED || b->sex == a->sex || is_couple (a, b))
            continue;

          g_ptr_array_add (involved, a);
          break;
        }
    }

  if (involved->len == 0)
    return;

  who = describe_people ((Occupant **) involved->pdata, involved->len);
  emit (check, "opposite-sex-sharing", HEARTH_SEVERITY_HAZARD, &room, 1,
        (Occupant **) involved->pdata, involved->len, NULL,
        _("%s share %s: people of opposite sexes aged 10 or over who are not a couple sleep in the same room."),
        who, room_name (room));
}

static void
check_hmo_room_size (Check    *check,
                     RoomInfo *room)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  guint over = 0, under = 0;
  gboolean exactly_ten = FALSE;
  gint64 needed;
  HearthSeverity severity;
  g_autofree char *area = NULL;
  g_autofree char *who = NULL;
  GString *reading;
  const char *rule_text;
  g_autofree char *rule_said = NULL;

  if (room->occupants->len == 0)
    return;

  for (guint i = 0; i < room->occupants->len; i++)
    {
      Occupant *o = g_ptr_array_index (room->occupants, i);

      g_ptr_array_add (people, o);
      /* "Over 10" and "under 10" leave a 10-year-old out; Hearth applies
       * the rule for over-10s to them (reference §2). */
      if (maybe_ten_plus (o))
        over++;
      else
        under++;
      exactly_ten |= age_known (o) && o->age == 10;
    }

  if (!hearth_area2_at_least_mm2 (room->std2, MM2_HMO_UNDER_10))
    {
      needed = MM2_HMO_UNDER_10;
      rule_text = _("a room under 4.64 m² must not be used for sleeping at all");
    }
  else if (over == 0)
    return; /* One child under 10 needs 4.64 m²; more is not prescribed. */
  else if (over == 1 && under == 0)
    {
      needed = MM2_HMO_ONE_OVER_10;
      rule_text = _("one person over 10 needs at least 6.51 m²");
    }
  else if (over == 2 && under == 0)
    {
      needed = MM2_HMO_TWO_OVER_10;
      rule_text = _("two people over 10 need at least 10.22 m²");
    }
  else if (over == 1)
    {
      needed = MM2_HMO_ONE_OVER_10;
      rule_text = _("the regulations set no figure for this mix of ages (the licence does); "
                    "the 6.51 m² for one person over 10 is the least that could apply");
    }
  else
    {
      needed = MM2_HMO_TWO_OVER_10;
      rule_text = _("the regulations set no figure for more than two people (the licence does); "
                    "the 10.22 m² for two people over 10 is the least that could apply");
    }

  if (hearth_area2_at_least_mm2 (room->std2, needed))
    return;

  severity = hearth_assessment_get_licensed_hmo (check->assessment)
             ? HEARTH_SEVERITY_BREACH : HEARTH_SEVERITY_ADVISORY;
  area = describe_area (room->std2, room->gross2);
  who = describe_people ((Occupant **) people->pdata, people->len);
  reading = g_string_new (NULL);
  if (exactly_ten)
    g_string_append (reading, _("The regulations say “over 10” and “under 10”; a child of exactly 10 is treated as over 10. "));
  if (room->std2 != room->gross2)
    g_string_append (reading, _("Floor under a ceiling lower than 1.5 m is left out, as HMO guidance says."));

  /* The reading is noted in the finding too, but the sentence itself
   * must not leave a reader thinking a 10-year-old is "under 10". */
  rule_said = exactly_ten
    /* Translators: the rule applied, then why it applies to a child of 10 */
    ? g_strdup_printf (_("%s (a child of exactly 10 is treated as over 10)"), rule_text)
    : g_strdup (rule_text);

  emit (check, "hmo-room-size", severity, &room, 1,
        (Occupant **) people->pdata, people->len,
        reading->len ? g_strstrip (g_string_free (reading, FALSE)) : (g_string_free (reading, TRUE), NULL),
        severity == HEARTH_SEVERITY_BREACH
        /* Translators: "Bedroom 2 is 8.70 m² (93.64 sq ft); Leo (13) and Sam (10) sleep there: two people over 10 need at least 10.22 m²." */
        ? g_dngettext (GETTEXT_PACKAGE,
                       "%s is %s; %s sleeps there: %s. This is a licence condition of the HMO.",
                       "%s is %s; %s sleep there: %s. This is a licence condition of the HMO.",
                       people->len)
        : g_dngettext (GETTEXT_PACKAGE,
                       "%s is %s; %s sleeps there: %s. This home is not a licensed HMO, so the figure is a benchmark.",
                       "%s is %s; %s sleep there: %s. This home is not a licensed HMO, so the figure is a benchmark.",
                       people->len),
        room_name (room), area, who, rule_said);
}

static void
check_unsuitable_room (Check    *check,
                       RoomInfo *room)
{
  g_autofree char *who = NULL;

  if (room->occupants->len == 0 || !room_is_unsuitable_for_sleeping (room->room))
    return;

  who = describe_people ((Occupant **) room->occupants->pdata, room->occupants->len);
  emit (check, "unsuitable-sleeping-room", HEARTH_SEVERITY_HAZARD, &room, 1,
        (Occupant **) room->occupants->pdata, room->occupants->len, NULL,
        /* Translators: "Leo (13) sleeps in Landing (Landing), which is not a bedroom or living room." */
        g_dngettext (GETTEXT_PACKAGE,
                     "%s sleeps in %s (%s), which is not a bedroom or living room.",
                     "%s sleep in %s (%s), which is not a bedroom or living room.",
                     room->occupants->len),
        who, room_name (room), hearth_room_use_get_label (hearth_room_get_use (room->room)));
}

static void
check_ndss_room (Check    *check,
                 RoomInfo *room)
{
  gboolean is_double = room->occupants->len >= 2;
  gint64 needed = is_double ? MM2_NDSS_DOUBLE : MM2_NDSS_SINGLE;
  gint64 width = is_double ? MM_NDSS_DOUBLE_WIDTH : MM_NDSS_SINGLE_WIDTH;
  const HearthPolygon *polygon = hearth_room_get_polygon (room->room);
  gboolean area_ok = hearth_area2_at_least_mm2 (room->std2, needed);
  gboolean width_ok = hearth_polygon_min_width_at_least (polygon, width);
  g_autofree char *area = NULL;
  g_autofree char *needed_str = NULL;
  g_autofree char *short_str = NULL;
  g_autofree char *width_str = NULL;
  g_autofree char *needed_width = NULL;

  /* Rooms built as bedrooms only; a bed-sitter is not one (reference example 3). */
  if (hearth_room_get_use (room->room) != HEARTH_ROOM_USE_BEDROOM || (area_ok && width_ok))
    return;

  area = describe_area (room->std2, room->gross2);
  needed_str = hearth_format_m2 (needed * 2);
  /* A shortfall rounds up: 0.0025 m² short reads "0.01", never "0.00". */
  short_str = hearth_format_m2 (MAX (needed * 2 - room->std2, 0) + 2 * 10000 - 1);
  width_str = hearth_format_length (hearth_polygon_get_min_width (polygon));
  needed_width = hearth_format_length ((double) width);

  emit (check, "ndss-bedroom", HEARTH_SEVERITY_ADVISORY, &room, 1,
        (Occupant **) room->occupants->pdata, room->occupants->len,
        g_strdup (_("Floor under a ceiling lower than 1.5 m is left out of the bedroom's area, as the standard does for the whole home.")),
        is_double
        /* Translators: "Bedroom 2 is 8.70 m² (93.64 sq ft) and 2.90 m wide; as a double or twin room the standard asks for 11.50 m² and 2.55 m (short by 2.80 m²)…" */
        ? _("%s is %s and %s wide; as a double or twin room the standard asks for %s and %s (short by %s). "
            "The standard is for new homes, so this is a benchmark.")
        : _("%s is %s and %s wide; as a single room the standard asks for %s and %s (short by %s). "
            "The standard is for new homes, so this is a benchmark."),
        room_name (room), area, width_str, needed_str, needed_width, short_str);
}

static void
check_ndss_main_double (Check *check)
{
  g_autoptr(GPtrArray) doubles = g_ptr_array_new ();

  for (guint i = 0; i < check->rooms->len; i++)
    {
      RoomInfo *room = &g_array_index (check->rooms, RoomInfo, i);

      if (hearth_room_get_use (room->room) != HEARTH_ROOM_USE_BEDROOM || room->occupants->len < 2)
        continue;
      if (hearth_polygon_min_width_at_least (hearth_room_get_polygon (room->room), MM_NDSS_MAIN_DOUBLE_WIDTH))
        return;
      g_ptr_array_add (doubles, room);
    }

  if (doubles->len == 0)
    return;

  emit (check, "ndss-bedroom", HEARTH_SEVERITY_ADVISORY,
        (RoomInfo **) doubles->pdata, doubles->len, NULL, 0, NULL,
        _("No double or twin bedroom is 2.75 m wide; the standard asks for one that is. "
          "The standard is for new homes, so this is a benchmark."));
}

static void
check_room (Check    *check,
            RoomInfo *room)
{
  check_small_bedroom (check, room);
  check_opposite_sex_sharing (check, room);
  check_hmo_room_size (check, room);
  check_unsuitable_room (check, room);
  check_ndss_room (check, room);
}

/* Dwelling-wide rules */

/* s.325: C + M + F rooms are needed (reference §1.2). */
static void
check_room_standard (Check *check)
{
  guint couples = 0, rooms = 0, bedrooms = 0;
  gboolean male = FALSE, female = FALSE, maybe_male = FALSE, maybe_female = FALSE;
  guint unknown_sex = 0, maybe_unknown_sex = 0;
  guint min_needed, max_needed;
  g_autoptr(GPtrArray) small = g_ptr_array_new ();
  g_autoptr(GPtrArray) counted = g_ptr_array_new ();
  GString *reading;

  for (guint i = 0; i < check->rooms->len; i++)
    {
      RoomInfo *room = &g_array_index (check->rooms, RoomInfo, i);

      if (!room->available)
        continue;
      if (!check->options->small_rooms_count && !hearth_area2_at_least_sqft (room->ha2, SQFT_IGNORED))
        {
          g_ptr_array_add (small, room);
          continue;
        }
      rooms++;
      bedrooms += room->is_bedroom;
    }

  for (guint i = 0; i < check->residents->len; i++)
    {
      Occupant *o = &g_array_index (check->residents, Occupant, i);
      gboolean certain = age_known (o) && o->age >= 10;

      if (!maybe_ten_plus (o))
        continue;

      if (certain)
        g_ptr_array_add (counted, o);

      /* An opposite-sex couple, both 10 or over, shares a room. */
      if (o->partner != NULL && age_known (o->partner) && o->partner->age >= 10 &&
          certain && o->sex != HEARTH_SEX_NOT_RECORDED && o->partner->sex != HEARTH_SEX_NOT_RECORDED &&
          o->sex != o->partner->sex)
        {
          couples += o->order < o->partner->order;
          continue;
        }

      switch (o->sex)
        {
        case HEARTH_SEX_MALE:
          male |= certain;
          maybe_male = TRUE;
          break;
        case HEARTH_SEX_FEMALE:
          female |= certain;
          maybe_female = TRUE;
          break;
        default:
          unknown_sex += certain;
          maybe_unknown_sex++;
          break;
        }
    }

  /* Best case: unknown sexes join a group that exists; worst: they fill
   * the groups that do not. */
  min_needed = couples + MAX ((guint) male + (guint) female, unknown_sex > 0 ? 1u : 0u);
  max_needed = couples + MIN (2u, (guint) maybe_male + (guint) maybe_female + maybe_unknown_sex);

  reading = g_string_new (NULL);
  if (!check->options->small_rooms_count && small->len > 0)
    g_string_append (reading, _("Rooms under 50 sq ft are not counted as sleeping accommodation: the Act sets no size, but a box room may not be “of a type normally used as a bedroom”. "));
  if (!check->options->kitchens_count)
    g_string_append (reading, _("Kitchens count only when marked as usable as a living room."));
  else
    g_string_append (reading, _("Kitchens count as sleeping accommodation."));

  if (min_needed > rooms)
    {
      emit (check, "room-standard", HEARTH_SEVERITY_BREACH, NULL, 0,
            (Occupant **) counted->pdata, counted->len, g_string_free (reading, FALSE),
            g_dngettext (GETTEXT_PACKAGE,
                         "Keeping people of opposite sexes aged 10 or over apart (couples excepted) needs %u rooms; "
                         "the home has %u room that counts as sleeping accommodation. The room standard is breached.",
                         "Keeping people of opposite sexes aged 10 or over apart (couples excepted) needs %u rooms; "
                         "the home has %u rooms that count as sleeping accommodation. The room standard is breached.",
                         rooms),
            min_needed, rooms);
    }
  else if (max_needed > rooms)
    {
      emit (check, "data-incomplete", HEARTH_SEVERITY_INFO, NULL, 0, NULL, 0, g_string_free (reading, FALSE),
            _("The room standard could not be decided: someone's age or sex is not recorded, and "
              "between %u and %u rooms may be needed where %u count."),
            min_needed, max_needed, rooms);
    }
  else if (max_needed > bedrooms && max_needed >= 2)
    {
      emit (check, "room-standard", HEARTH_SEVERITY_ADVISORY, NULL, 0,
            (Occupant **) counted->pdata, counted->len, g_string_free (reading, FALSE),
            _("Not breached, but only because living rooms count: keeping people of opposite sexes aged 10 "
              "or over apart needs %u rooms and there are %u bedrooms, so someone must sleep in a living room."),
            max_needed, bedrooms);
    }
  else
    g_string_free (reading, TRUE);
}

static gint64
table_two_halves (gint64 area2)
{
  if (hearth_area2_at_least_sqft (area2, SQFT_TWO))
    return 4;
  if (hearth_area2_at_least_sqft (area2, SQFT_ONE_AND_HALF))
    return 3;
  if (hearth_area2_at_least_sqft (area2, SQFT_ONE))
    return 2;
  if (hearth_area2_at_least_sqft (area2, SQFT_HALF))
    return 1;
  return 0;
}

static gint64
table_one_halves (guint rooms)
{
  static const gint64 table[] = { 0, 4, 6, 10, 15 };

  if (rooms < G_N_ELEMENTS (table))
    return table[rooms];
  return 4 * (gint64) rooms; /* 5 or more: 2 for each room */
}

static gint64
unit_halves (int age)
{
  if (age < 1)
    return 0;
  if (age < 10)
    return 1;
  return 2;
}

/* s.326: person units against min (Table I, Σ Table II). */
static void
check_space_standard (Check *check)
{
  guint rooms = 0;
  gint64 table_two = 0, table_one, permitted;
  gint64 min_units = 0, max_units = 0;
  g_autofree char *units_str = NULL;
  g_autofree char *permitted_str = NULL;
  g_autofree char *one_str = NULL;
  g_autofree char *two_str = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new ();

  for (guint i = 0; i < check->rooms->len; i++)
    {
      RoomInfo *room = &g_array_index (check->rooms, RoomInfo, i);

      if (!room->available || !hearth_area2_at_least_sqft (room->ha2, SQFT_IGNORED))
        continue;
      rooms++;
      table_two += table_two_halves (room->ha2);
    }

  for (guint i = 0; i < check->residents->len; i++)
    {
      Occupant *o = &g_array_index (check->residents, Occupant, i);

      g_ptr_array_add (people, o);
      min_units += age_known (o) ? unit_halves (o->age) : 0;
      max_units += age_known (o) ? unit_halves (o->age) : 2;
    }

  table_one = table_one_halves (rooms);
  permitted = MIN (table_one, table_two);
  permitted_str = format_halves (permitted);
  one_str = format_halves (table_one);
  two_str = format_halves (table_two);

  if (min_units > permitted)
    {
      units_str = format_halves (min_units);
      emit (check, "space-standard", HEARTH_SEVERITY_BREACH, NULL, 0,
            (Occupant **) people->pdata, people->len, reading_headroom (check->options),
            /* Translators: units and permitted numbers may be halves, like "5½" */
            g_dngettext (GETTEXT_PACKAGE,
                         "The household counts as %s units (children under 1 count 0, aged 1 to 9 count ½); "
                         "the permitted number is %s, the lesser of Table I (%u room: %s) and Table II (%s). "
                         "The space standard is breached.",
                         "The household counts as %s units (children under 1 count 0, aged 1 to 9 count ½); "
                         "the permitted number is %s, the lesser of Table I (%u rooms: %s) and Table II (%s). "
                         "The space standard is breached.",
                         rooms),
            units_str, permitted_str, rooms, one_str, two_str);
    }
  else if (max_units > permitted)
    {
      g_autofree char *min_str = format_halves (min_units);
      g_autofree char *max_str = format_halves (max_units);

      emit (check, "data-incomplete", HEARTH_SEVERITY_INFO, NULL, 0, NULL, 0, NULL,
            _("The space standard could not be decided: someone's age is not recorded, so the household "
              "counts as between %s and %s units against a permitted number of %s."),
            min_str, max_str, permitted_str);
    }
}

/* The bedroom standard with optimal or sequential pairing (reference §3.1). */
typedef struct
{
  guint couples, adults, male_teens, female_teens, boys, girls, children;
} Groups;

static guint
bedrooms_needed (const Groups *g,
                 HearthPairing pairing)
{
  guint needed = g->couples + g->adults + g->male_teens / 2 + g->female_teens / 2;
  guint lone_male = g->male_teens % 2, lone_female = g->female_teens % 2;
  guint boys = g->boys, girls = g->girls, under_ten = g->boys + g->girls + g->children;

  if (pairing == HEARTH_PAIRING_OPTIMAL)
    {
      /* Pairing a lone 10–20 with a same-sex child saves the teenager's
       * room and costs the children at most one: never worse. */
      if (lone_male && boys > 0)
        {
          boys--;
          under_ten--;
        }
      if (lone_female && girls > 0)
        {
          girls--;
          under_ten--;
        }
      return needed + lone_male + lone_female + (under_ten + 1) / 2;
    }

  /* Sequential: children under 10 are paired first; an odd one out may
   * then join a lone teenager of the same sex. */
  needed += under_ten / 2 + lone_male + lone_female;
  if (under_ten % 2 == 1)
    {
      gboolean matched = (lone_male && boys > 0) || (lone_female && girls > 0);
      needed += matched ? 0 : 1;
    }
  return needed;
}

static void
check_bedroom_standard (Check *check)
{
  Groups g = { 0 };
  guint bedrooms = 0, needed, other;
  gboolean undecided = FALSE;
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  char *reading;

  for (guint i = 0; i < check->rooms->len; i++)
    bedrooms += g_array_index (check->rooms, RoomInfo, i).is_bedroom;

  for (guint i = 0; i < check->residents->len; i++)
    {
      Occupant *o = &g_array_index (check->residents, Occupant, i);

      g_ptr_array_add (people, o);
      if (o->partner != NULL)
        {
          g.couples += o->order < o->partner->order;
          continue;
        }
      if (!age_known (o))
        {
          undecided = TRUE;
          continue;
        }
      if (o->age >= 21)
        g.adults++;
      else if (o->age >= 10)
        {
          if (o->sex == HEARTH_SEX_MALE)
            g.male_teens++;
          else if (o->sex == HEARTH_SEX_FEMALE)
            g.female_teens++;
          else
            undecided = TRUE;
        }
      else if (o->sex == HEARTH_SEX_MALE)
        g.boys++;
      else if (o->sex == HEARTH_SEX_FEMALE)
        g.girls++;
      else
        g.children++; /* pairs with any child under 10, with no teenager */
    }

  if (undecided)
    {
      emit (check, "data-incomplete", HEARTH_SEVERITY_INFO, NULL, 0, NULL, 0, NULL,
            _("The bedroom standard could not be decided: the age of someone, or the sex of someone aged 10 or over, is not recorded."));
      return;
    }

  needed = bedrooms_needed (&g, check->options->pairing);
  if (needed <= bedrooms)
    return;

  other = bedrooms_needed (&g, check->options->pairing == HEARTH_PAIRING_OPTIMAL
                                 ? HEARTH_PAIRING_SEQUENTIAL : HEARTH_PAIRING_OPTIMAL);
  if (check->options->pairing == HEARTH_PAIRING_OPTIMAL)
    reading = other != needed
      ? g_strdup_printf (_("A 10–20-year-old is paired with a same-sex child under 10 wherever that saves a room (optimal pairing); "
                           "pairing the children under 10 with each other first would need %u."), other)
      : g_strdup (_("A 10–20-year-old is paired with a same-sex child under 10 wherever that saves a room (optimal pairing)."));
  else
    reading = g_strdup_printf (_("Children under 10 are paired with each other first (sequential pairing); optimal pairing would need %u."), other);

  emit (check, "bedroom-standard", HEARTH_SEVERITY_ADVISORY, NULL, 0,
        (Occupant **) people->pdata, people->len, reading,
        g_dngettext (GETTEXT_PACKAGE,
                     "The bedroom standard needs %u bedrooms and the home has %u: %u short. "
                     "It is used in allocations and statistics; it is not the legal test of overcrowding.",
                     "The bedroom standard needs %u bedrooms and the home has %u: %u short. "
                     "It is used in allocations and statistics; it is not the legal test of overcrowding.",
                     needed - bedrooms),
        needed, bedrooms, needed - bedrooms);
}

static void
check_dwelling (Check *check)
{
  check_room_standard (check);
  check_space_standard (check);
  check_bedroom_standard (check);
  check_ndss_main_double (check);
}

/* Rules that do not change with age */

static void
check_people (Check *check)
{
  for (guint i = 0; i < check->residents->len; i++)
    {
      Occupant *o = &g_array_index (check->residents, Occupant, i);
      const char *sleeps_in = hearth_person_get_sleeps_in (o->person);

      if (o->room == NULL && sleeps_in == NULL)
        emit (check, "no-sleeping-room", HEARTH_SEVERITY_ADVISORY, NULL, 0, &o, 1, NULL,
              _("%s lives here, but where they sleep is not recorded. They are counted in the space standard; record their room so that the room rules can be checked."),
              person_name (o));

      if (!age_known (o))
        emit (check, "data-incomplete", HEARTH_SEVERITY_INFO, NULL, 0, &o, 1, NULL,
              _("Neither the date of birth nor the age of %s is recorded. Every rule that depends on age "
                "(room standard, space standard, bedroom standard, room sizes) treats them as aged 10 or over "
                "where that finds a problem sooner, and cannot otherwise be decided."),
              person_name (o));
      else if (o->age >= 10 && o->sex == HEARTH_SEX_NOT_RECORDED)
        emit (check, "data-incomplete", HEARTH_SEVERITY_INFO, NULL, 0, &o, 1, NULL,
              _("The sex of %s, who is %d, is not recorded, so the room standard, opposite-sex sharing "
                "and the bedroom standard cannot be fully decided."),
              person_name (o), o->age);
    }

  for (guint i = 0; i < check->rooms->len; i++)
    {
      RoomInfo *room = &g_array_index (check->rooms, RoomInfo, i);

      if (hearth_room_get_use (room->room) == HEARTH_ROOM_USE_UNKNOWN)
        emit (check, "data-incomplete", HEARTH_SEVERITY_INFO, &room, 1, NULL, 0, NULL,
              _("The use of %s is not recorded. It is not counted as sleeping accommodation, which can "
                "find a breach of the room or space standard that recording it would clear; and whether it "
                "is fit to sleep in cannot be decided."),
              room_name (room));
    }
}

static void
check_hazards (Check *check)
{
  GPtrArray *hazards = hearth_assessment_get_hazards (check->assessment);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < check->rooms->len; i++)
    {
      RoomInfo *room = &g_array_index (check->rooms, RoomInfo, i);
      g_hash_table_insert (index, (gpointer) hearth_room_get_id (room->room), room);
    }

  for (guint i = 0; i < hazards->len; i++)
    {
      const HearthHazard *hazard = g_ptr_array_index (hazards, i);
      g_autoptr(GPtrArray) rooms = g_ptr_array_new ();

      if (hearth_hazard_get_category (hazard) != 1)
        continue;

      for (guint j = 0; hazard->rooms[j]; j++)
        {
          RoomInfo *room = g_hash_table_lookup (index, hazard->rooms[j]);
          if (room != NULL)
            g_ptr_array_add (rooms, room);
        }

      emit (check, "hhsrs-category-1", HEARTH_SEVERITY_HAZARD,
            (RoomInfo **) rooms->pdata, rooms->len, NULL, 0, NULL,
            _("Hazard %d, %s, scores %.1f (band %c): a category 1 hazard, which the council has a duty to act on."),
            hazard->number, hearth_hhsrs_hazard_get_name (hazard->number),
            /* Shown to one decimal, truncated so 999.96 never reads 1000.0 */
            (double) (gint64) (hearth_hazard_get_score (hazard) * 10) / 10.0,
            hearth_hhsrs_band_to_char (hearth_hazard_get_band (hazard)));
    }
}

/* Upcoming changes */

typedef struct
{
  GDate     date;
  Occupant *person;
  int       age;
  gboolean  exact;   /* FALSE: age known in years only; the date is the latest it can be */
} Event;

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *ea = a, *eb = b;
  int cmp = g_date_compare (&ea->date, &eb->date);

  if (cmp != 0)
    return cmp;
  if (ea->exact != eb->exact)
    return ea->exact ? -1 : 1;
  return (int) ea->person->order - (int) eb->person->order;
}

static void
collect_new (Check      *check,
             GHashTable *known,
             guint       from,
             const Event *events,
             guint       n_events,
             GPtrArray  *upcoming)
{
  for (guint i = from; i < check->out->len; i++)
    {
      Pending *p = g_ptr_array_index (check->out, i);
      HearthFinding *f = p->finding;
      g_autoptr(GString) who = g_string_new (NULL);
      g_autofree char *date = NULL;
      char buf[64];
      Pending *u;

      if (g_str_equal (f->rule, "data-incomplete") || g_hash_table_contains (known, p->key))
        continue;
      g_hash_table_add (known, g_strdup (p->key));

      for (guint e = 0; e < n_events; e++)
        {
          g_autofree char *name = g_strdup_printf (_("%s turns %d"), person_name (events[e].person), events[e].age);
          if (who->len)
            g_string_append (who, _("; "));
          g_string_append (who, name);
        }

      g_date_strftime (buf, sizeof buf, "%-d %B %Y", &events[0].date);
      u = g_new0 (Pending, 1);
      u->key = g_strconcat ("upcoming|", p->key, NULL);
      u->finding = hearth_finding_copy (f);
      u->finding->upcoming_rule = f->rule;
      u->finding->rule = "upcoming-change";
      u->finding->severity = HEARTH_SEVERITY_ADVISORY;
      u->finding->effective = events[0].date;
      g_free (u->finding->message);
      u->finding->message = events[0].exact
        /* Translators: "From 2 March 2027, when Sam turns 10: Bedroom 2 is …" */
        ? g_strdup_printf (_("From %s, when %s: %s"), buf, who->str, f->message)
        : g_strdup_printf (_("By %s at the latest (no date of birth is recorded), when %s: %s"), buf, who->str, f->message);
      g_ptr_array_add (upcoming, u);
    }

  g_ptr_array_remove_range (check->out, from, check->out->len - from);
}

static void
check_upcoming (Check *check)
{
  GDate visit = check->date;
  GDate horizon = visit;
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (Event));
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) upcoming = g_ptr_array_new ();
  guint i = 0;

  g_date_add_years (&horizon, 1);

  for (guint k = 0; k < check->out->len; k++)
    g_hash_table_add (known, g_strdup (((Pending *) g_ptr_array_index (check->out, k))->key));

  for (guint k = 0; k < check->residents->len; k++)
    {
      Occupant *o = &g_array_index (check->residents, Occupant, k);

      for (guint a = 0; a < G_N_ELEMENTS (upcoming_ages); a++)
        {
          Event e = { .person = o, .age = upcoming_ages[a], .exact = TRUE };

          if (hearth_person_get_date_of_age (o->person, e.age, &e.date))
            {
              if (g_date_compare (&e.date, &visit) > 0 && g_date_compare (&e.date, &horizon) <= 0)
                g_array_append_val (events, e);
            }
          else if (o->age != HEARTH_AGE_UNKNOWN && o->age + 1 == e.age)
            {
              e.exact = FALSE;
              e.date = horizon;
              g_array_append_val (events, e);
            }
        }
    }

  g_array_sort (events, compare_events);
  check->known = known;

  /* Exact birthdays: every age moves on to the date. A birthday only known
   * to fall within the year is tried alone, on the visit date, one year on. */
  while (i < events->len)
    {
      Event *first = &g_array_index (events, Event, i);
      guint j = i + 1;
      guint from = check->out->len;

      if (first->exact)
        {
          while (j < events->len && g_array_index (events, Event, j).exact &&
                 g_date_compare (&g_array_index (events, Event, j).date, &first->date) == 0)
            j++;
          set_date (check, &first->date);
        }
      else
        {
          first->person->bump = 1;
          set_date (check, &visit);
        }

      check_dwelling (check);
      for (guint k = i; k < j; k++)
        {
          RoomInfo *room = g_array_index (events, Event, k).person->room;
          gboolean seen = FALSE;

          /* Two birthdays in one room on one day: check it once. */
          for (guint m = i; m < k; m++)
            seen |= g_array_index (events, Event, m).person->room == room;
          if (room != NULL && !seen)
            check_room (check, room);
        }

      collect_new (check, known, from, &g_array_index (events, Event, i), j - i, upcoming);
      first->person->bump = 0;
      i = j;
    }

  check->known = NULL;
  set_date (check, &visit);
  for (guint k = 0; k < upcoming->len; k++)
    {
      Pending *p = g_ptr_array_index (upcoming, k);
      p->order = check->counter++;
      g_ptr_array_add (check->out, p);
    }
}

/* Public API */

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const Pending *pa = *(const Pending * const *) a;
  const Pending *pb = *(const Pending * const *) b;

  if (pa->finding->severity != pb->finding->severity)
    return (int) pa->finding->severity - (int) pb->finding->severity;
  return pa->order < pb->order ? -1 : pa->order > pb->order;
}

GPtrArray *
hearth_check (HearthAssessment        *assessment,
              const HearthRuleOptions *options)
{
  HearthRuleOptions defaults;
  Check check = { 0 };
  GPtrArray *findings;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT (assessment), NULL);

  if (options == NULL)
    {
      hearth_rule_options_init (&defaults);
      options = &defaults;
    }

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_finding_free);

  if (!g_date_valid (hearth_assessment_get_visit_date (assessment)))
    {
      HearthFinding *f = g_new0 (HearthFinding, 1);

      f->rule = "data-incomplete";
      f->severity = HEARTH_SEVERITY_INFO;
      f->rooms = g_new0 (char *, 1);
      f->persons = g_new0 (char *, 1);
      f->message = g_strdup (_("The visit date is not recorded, so no one's age is known and no rule can be decided."));
      f->citation = hearth_rule_get_citation (f->rule);
      g_date_clear (&f->effective, 1);
      g_ptr_array_add (findings, f);
      return findings;
    }

  check_init (&check, assessment, options);
  set_date (&check, &check.date);

  for (guint i = 0; i < check.rooms->len; i++)
    check_room (&check, &g_array_index (check.rooms, RoomInfo, i));
  check_dwelling (&check);
  check_people (&check);
  check_hazards (&check);
  check_upcoming (&check);

  g_ptr_array_sort (check.out, compare_pending);
  for (guint i = 0; i < check.out->len; i++)
    {
      Pending *p = g_ptr_array_index (check.out, i);
      g_ptr_array_add (findings, g_steal_pointer (&p->finding));
    }

  check_clear (&check);
  return findings;
}
