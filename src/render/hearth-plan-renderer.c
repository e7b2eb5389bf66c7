/* hearth-plan-renderer.c: draws one floor of a plan with cairo and Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything is drawn in view coordinates (pixels of the viewport), in
 * passes so that nothing drawn later for one room hides what matters for
 * another: fills, then walls, then flagged walls, then labels, then the
 * selection. Only what lies inside the visible area (the viewport's size
 * cut down to the cairo clip) is visited, so a large plan zoomed in costs
 * little. Nothing is cached between calls; one PangoLayout serves every
 * label of a call.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "hearth-plan-renderer.h"
#include "hearth-units.h"

/* ------------------------------------------------------------------------- */
/* Palettes                                                                  */
/* ------------------------------------------------------------------------- */

/* Fill colours by what a room is used for. */
typedef enum {
  FILL_BEDROOM,
  FILL_LIVING,      /* living, dining, study */
  FILL_KITCHEN,     /* kitchen, kitchen-diner */
  FILL_WET,         /* bathroom, WC */
  FILL_CIRCULATION, /* hall, landing, storage */
  FILL_OTHER,       /* other, unknown */
  N_FILLS
} FillKind;

typedef struct {
  guint32 background;
  guint32 grid;            /* drawn with the alphas below */
  guint32 below;           /* the floor below's outlines */
  guint32 wall;
  guint32 text;
  guint32 accent;          /* the selected room's walls */
  guint32 accent_text;     /* its wall lengths */
  guint32 severity[3];     /* breach, hazard, advisory */
  guint32 fills[N_FILLS];
} Palette;

/* GNOME palette hues, lightened towards white so that dark text reads on
 * every one of them. */
static const Palette light_palette = {
  .background  = 0xfafafa,
  .grid        = 0x000000,
  .below       = 0x77767b,
  .wall        = 0x5e5c64,
  .text        = 0x241f31,
  .accent      = 0x3584e4,
  .accent_text = 0x1a5fb4,
  /* advisory is purple, so it never reads as the blue of a selection */
  .severity    = { 0xe01b24, 0xff7800, 0x9141ac },
  .fills       = {
    [FILL_BEDROOM]     = 0xc5dcf7,
    [FILL_LIVING]      = 0xcdeed3,
    [FILL_KITCHEN]     = 0xfde3c0,
    [FILL_WET]         = 0xe6cfe9,
    [FILL_CIRCULATION] = 0xe8dccf,
    [FILL_OTHER]       = 0xe3e2df,
  },
};

/* The same hues, darkened towards libadwaita's dark window colour, for
 * light text. */
static const Palette dark_palette = {
  .background  = 0x242424,
  .grid        = 0xffffff,
  .below       = 0x9a9996,
  .wall        = 0xc0bfbc,
  .text        = 0xf6f5f4,
  .accent      = 0x78aeed,
  .accent_text = 0x99c1f1,
  .severity    = { 0xf66151, 0xffa348, 0xc061cb },
  .fills       = {
    [FILL_BEDROOM]     = 0x2a4669,
    [FILL_LIVING]      = 0x2b5237,
    [FILL_KITCHEN]     = 0x66492a,
    [FILL_WET]         = 0x51395a,
    [FILL_CIRCULATION] = 0x54473b,
    [FILL_OTHER]       = 0x464646,
  },
};

#define DEFAULT_FONT        "Sans 10"
#define GRID_MIN_PX         8.0
#define GRID_MAX_LINES      4096   /* a guard against a runaway step */
#define GRID_MINOR_ALPHA    0.04
#define GRID_MAJOR_ALPHA    0.12
#define WALL_WIDTH          1.5
#define FLAG_WIDTH          3.0
#define SELECTED_WIDTH      3.0
#define LABEL_PADDING       4.0    /* px kept clear inside a room's box */
#define LABEL_MAX_LINES     4
#define WALL_LABEL_GAP      4.0    /* px between a wall and its length */
#define HATCH_SPACING       7.0
#define SCALE_BAR_MARGIN    16.0
#define SCALE_BAR_MAX_PX    200.0

/* ------------------------------------------------------------------------- */
/* Data structures                                                           */
/* ------------------------------------------------------------------------- */

typedef struct {
  double x0, y0, x1, y1;
} Box;

/* A wall's length, placed before any room label is, so that labels can
 * keep clear of it. */
typedef struct {
  char   *text;
  double  x, y;     /* centre, px */
  double  angle;    /* radians, in [-π/2, π/2) */
  Box     box;      /* what it covers, upright */
} WallLabel;

typedef struct {
  char           *text;
  double          px;        /* the bar's length */
  double          x, y;      /* its left end, px */
  PangoRectangle  logical;   /* the text's extents */
  Box             plate;
} ScaleBar;

typedef struct {
  const HearthPlanStyle *style;
  const Palette         *palette;
  cairo_t               *cr;
  HearthViewport        *viewport;
  PangoLayout           *layout;
  Box                    visible;    /* view px: surface ∩ clip */
  GHashTable            *occupants;  /* room id → GString "AC 11 · LC 13", or NULL */
  GArray                *walls;      /* WallLabel: the selected room's */
  GArray                *obstacles;  /* Box: where room labels must not go */
} RenderContext;

/* One line of a room's label, as laid out. */
typedef struct {
  PangoLayoutLine *line;
  int              x;          /* logical extents, px */
  int              width;
  double           top;        /* from the layout's top, px */
  double           bottom;
  double           baseline;
  gboolean         secondary;  /* drawn fainter */
} LabelLine;

/* ------------------------------------------------------------------------- */
/* Helpers                                                                   */
/* ------------------------------------------------------------------------- */

static void
set_source_rgb (cairo_t *cr,
                guint32  rgb,
                double   alpha)
{
  cairo_set_source_rgba (cr,
                         ((rgb >> 16) & 0xff) / 255.0,
                         ((rgb >> 8) & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0,
                         alpha);
}

static FillKind
fill_kind_for_use (HearthRoomUse use)
{
  switch (use)
    {
    case HEARTH_ROOM_USE_BEDROOM:
      return FILL_BEDROOM;
    case HEARTH_ROOM_USE_LIVING:
    case HEARTH_ROOM_USE_DINING:
    case HEARTH_ROOM_USE_STUDY:
      return FILL_LIVING;
    case HEARTH_ROOM_USE_KITCHEN:
    case HEARTH_ROOM_USE_KITCHEN_DINER:
      return FILL_KITCHEN;
    case HEARTH_ROOM_USE_BATHROOM:
    case HEARTH_ROOM_USE_WC:
      return FILL_WET;
    case HEARTH_ROOM_USE_HALL:
    case HEARTH_ROOM_USE_LANDING:
    case HEARTH_ROOM_USE_STORAGE:
      return FILL_CIRCULATION;
    case HEARTH_ROOM_USE_UNKNOWN:
    case HEARTH_ROOM_USE_OTHER:
    default:
      return FILL_OTHER;
    }
}

static gboolean
boxes_intersect (const Box *a,
                 const Box *b)
{
  return a->x0 <= b->x1 && b->x0 <= a->x1 && a->y0 <= b->y1 && b->y0 <= a->y1;
}

/* The on-screen bounding box of @polygon. */
static Box
polygon_view_box (RenderContext       *ctx,
                  const HearthPolygon *polygon)
{
  gint64 min_x, min_y, max_x, max_y;
  Box box;

  hearth_polygon_get_bounds (polygon, &min_x, &min_y, &max_x, &max_y);
  hearth_viewport_plan_to_view (ctx->viewport, min_x, min_y, &box.x0, &box.y0);
  hearth_viewport_plan_to_view (ctx->viewport, max_x, max_y, &box.x1, &box.y1);
  if (box.x0 > box.x1)
    {
      double t = box.x0;
      box.x0 = box.x1;
      box.x1 = t;
    }
  if (box.y0 > box.y1)
    {
      double t = box.y0;
      box.y0 = box.y1;
      box.y1 = t;
    }
  return box;
}

static gboolean
polygon_is_visible (RenderContext       *ctx,
                    const HearthPolygon *polygon)
{
  Box box = polygon_view_box (ctx, polygon);

  /* Walls and flags stick out a little past the box. */
  box.x0 -= FLAG_WIDTH;
  box.y0 -= FLAG_WIDTH;
  box.x1 += FLAG_WIDTH;
  box.y1 += FLAG_WIDTH;
  return boxes_intersect (&box, &ctx->visible);
}

static void
trace_polygon (RenderContext       *ctx,
               const HearthPolygon *polygon)
{
  const HearthPoint *points = hearth_polygon_get_points (polygon);
  guint n = hearth_polygon_get_n_points (polygon);

  cairo_new_path (ctx->cr);
  for (guint i = 0; i < n; i++)
    {
      double x, y;

      hearth_viewport_plan_to_view (ctx->viewport, points[i].x, points[i].y, &x, &y);
      cairo_line_to (ctx->cr, x, y);
    }
  cairo_close_path (ctx->cr);
}

static void
string_free (gpointer string)
{
  g_string_free (string, TRUE);
}

/* "JC" for "Joanne Carter": the first letters of the first and last words. */
static void
append_initials (GString    *out,
                 const char *name)
{
  g_auto(GStrv) words = NULL;
  guint n = 0;

  if (name != NULL)
    words = g_strsplit_set (name, " \t", -1);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      gunichar c;

      if (words[i][0] == '\0')
        continue;
      /* Only the first and the last word count. */
      if (n > 0 && words[i + 1] != NULL)
        continue;
      c = g_utf8_get_char_validated (words[i], -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        continue;
      g_string_append_unichar (out, g_unichar_toupper (c));
      n++;
    }
  if (n == 0)
    g_string_append_c (out, '?');
}

/* Room id → "AC 11 · LC 13" for the residents who sleep in it, in household
 * order; only for @room_id when it is not NULL. */
static GHashTable *
occupants_new (HearthAssessment *assessment,
               const char       *room_id)
{
  GHashTable *occupants;
  GPtrArray *persons;
  const GDate *visit;

  occupants = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, string_free);
  if (assessment == NULL)
    return occupants;

  persons = hearth_assessment_get_persons (assessment);
  visit = hearth_assessment_get_visit_date (assessment);
  for (guint i = 0; i < persons->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (persons, i);
      const char *sleeps_in = hearth_person_get_sleeps_in (person);
      GString *text;
      int age;

      if (sleeps_in == NULL || !hearth_person_get_resident (person))
        continue;
      if (room_id != NULL && strcmp (sleeps_in, room_id) != 0)
        continue;

      text = g_hash_table_lookup (occupants, sleeps_in);
      if (text == NULL)
        {
          text = g_string_new (NULL);
          g_hash_table_insert (occupants, (gpointer) sleeps_in, text);
        }
      else
        g_string_append (text, " · ");

      append_initials (text, hearth_person_get_name (person));
      age = hearth_person_get_age_on (person, visit);
      if (age != HEARTH_AGE_UNKNOWN)
        g_string_append_printf (text, " %d", age);
    }
  return occupants;
}

static void
wall_label_clear (gpointer data)
{
  WallLabel *label = data;

  g_free (label->text);
}

static void
context_init (RenderContext         *ctx,
              const HearthPlanStyle *style,
              cairo_t               *cr)
{
  g_autoptr(PangoFontDescription) font = NULL;
  double width, height;
  double cx0, cy0, cx1, cy1;

  ctx->style = style;
  ctx->palette = style->dark ? &dark_palette : &light_palette;
  ctx->cr = cr;
  ctx->viewport = style->viewport;
  ctx->occupants = NULL;
  ctx->walls = g_array_new (FALSE, FALSE, sizeof (WallLabel));
  g_array_set_clear_func (ctx->walls, wall_label_clear);
  ctx->obstacles = g_array_new (FALSE, FALSE, sizeof (Box));

  hearth_viewport_get_size (ctx->viewport, &width, &height);
  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);
  ctx->visible.x0 = MAX (0.0, cx0);
  ctx->visible.y0 = MAX (0.0, cy0);
  ctx->visible.x1 = MIN (width, cx1);
  ctx->visible.y1 = MIN (height, cy1);

  font = pango_font_description_from_string (style->font != NULL ? style->font : DEFAULT_FONT);
  ctx->layout = pango_cairo_create_layout (cr);
  pango_layout_set_font_description (ctx->layout, font);
}

static void
context_clear (RenderContext *ctx)
{
  g_clear_object (&ctx->layout);
  g_clear_pointer (&ctx->occupants, g_hash_table_unref);
  g_clear_pointer (&ctx->walls, g_array_unref);
  g_clear_pointer (&ctx->obstacles, g_array_unref);
}

/* Severity + 1 from the flagged table, or 0. */
static int
room_flag (RenderContext *ctx,
           HearthRoom    *room)
{
  int flag;

  if (ctx->style->flagged == NULL)
    return 0;
  flag = GPOINTER_TO_INT (g_hash_table_lookup (ctx->style->flagged, hearth_room_get_id (room)));
  /* Only breaches, hazards and advisories have a colour. */
  if (flag < HEARTH_SEVERITY_BREACH + 1 || flag > HEARTH_SEVERITY_ADVISORY + 1)
    return 0;
  return flag;
}

/* ------------------------------------------------------------------------- */
/* Background, grid and the floor below                                      */
/* ------------------------------------------------------------------------- */

static void
draw_background (RenderContext *ctx)
{
  const Box *v = &ctx->visible;

  set_source_rgb (ctx->cr, ctx->palette->background, 1.0);
  cairo_rectangle (ctx->cr, v->x0, v->y0, v->x1 - v->x0, v->y1 - v->y0);
  cairo_fill (ctx->cr);
}

/* Adds to the path the lines at multiples of @step_mm (skipping multiples
 * of @skip_mm unless it is 0) that cross the visible area, on one axis. */
static void
add_grid_lines (RenderContext *ctx,
                gint64         step_mm,
                gint64         skip_mm,
                gboolean       vertical)
{
  const Box *v = &ctx->visible;
  double plan_x0, plan_y0, plan_x1, plan_y1;
  double from, to;
  gint64 first, last;

  hearth_viewport_view_to_plan (ctx->viewport, v->x0, v->y0, &plan_x0, &plan_y0);
  hearth_viewport_view_to_plan (ctx->viewport, v->x1, v->y1, &plan_x1, &plan_y1);
  from = vertical ? MIN (plan_x0, plan_x1) : MIN (plan_y0, plan_y1);
  to = vertical ? MAX (plan_x0, plan_x1) : MAX (plan_y0, plan_y1);

  first = (gint64) ceil (from / step_mm);
  last = (gint64) floor (to / step_mm);
  if (last - first > GRID_MAX_LINES)
    return;

  for (gint64 k = first; k <= last; k++)
    {
      gint64 mm = k * step_mm;
      double x, y;

      if (skip_mm > 0 && mm % skip_mm == 0)
        continue;
      hearth_viewport_plan_to_view (ctx->viewport, mm, mm, &x, &y);
      /* On pixel centres, so that 1 px lines are sharp. */
      if (vertical)
        {
          x = floor (x) + 0.5;
          cairo_move_to (ctx->cr, x, v->y0);
          cairo_line_to (ctx->cr, x, v->y1);
        }
      else
        {
          y = floor (y) + 0.5;
          cairo_move_to (ctx->cr, v->x0, y);
          cairo_line_to (ctx->cr, v->x1, y);
        }
    }
}

static void
draw_grid (RenderContext *ctx)
{
  gint64 minor = 0, major = 0;

  if (ctx->style->grid_step_mm <= 0)
    return;

  hearth_viewport_get_grid_steps (ctx->viewport, ctx->style->grid_step_mm,
                                  GRID_MIN_PX, &minor, &major);
  if (minor <= 0 || major <= 0)
    return;

  cairo_set_line_width (ctx->cr, 1.0);

  cairo_new_path (ctx->cr);
  add_grid_lines (ctx, minor, major, TRUE);
  add_grid_lines (ctx, minor, major, FALSE);
  set_source_rgb (ctx->cr, ctx->palette->grid, GRID_MINOR_ALPHA);
  cairo_stroke (ctx->cr);

  add_grid_lines (ctx, major, 0, TRUE);
  add_grid_lines (ctx, major, 0, FALSE);
  set_source_rgb (ctx->cr, ctx->palette->grid, GRID_MAJOR_ALPHA);
  cairo_stroke (ctx->cr);
}

static void
draw_floor_below (RenderContext *ctx)
{
  static const double dashes[] = { 4.0, 4.0 };
  HearthFloor *below = ctx->style->floor_below;
  guint n;

  if (below == NULL)
    return;

  n = hearth_floor_get_n_rooms (below);
  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, 1.0);
  cairo_set_dash (ctx->cr, dashes, G_N_ELEMENTS (dashes), 0.0);
  set_source_rgb (ctx->cr, ctx->palette->below, 0.6);
  for (guint i = 0; i < n; i++)
    {
      const HearthPolygon *polygon = hearth_room_get_polygon (hearth_floor_get_room (below, i));

      if (!polygon_is_visible (ctx, polygon))
        continue;
      trace_polygon (ctx, polygon);
      cairo_stroke (ctx->cr);
    }
  cairo_restore (ctx->cr);
}

/* ------------------------------------------------------------------------- */
/* Rooms                                                                     */
/* ------------------------------------------------------------------------- */

/* Diagonal hatching over the current path, which is kept. */
static void
hatch_path (RenderContext *ctx)
{
  double x0, y0, x1, y1;
  double span;

  cairo_save (ctx->cr);
  cairo_clip_preserve (ctx->cr);
  cairo_fill_extents (ctx->cr, &x0, &y0, &x1, &y1);
  cairo_new_path (ctx->cr);
  span = (x1 - x0) + (y1 - y0);
  /* Lines x + y = c, every HATCH_SPACING px of c, on a fixed phase so that
   * neighbouring zones line up. */
  for (double c = floor ((x0 + y0) / HATCH_SPACING) * HATCH_SPACING;
       c <= x0 + y0 + span; c += HATCH_SPACING)
    {
      cairo_move_to (ctx->cr, c - y0, y0);
      cairo_line_to (ctx->cr, c - y1, y1);
    }
  cairo_set_line_width (ctx->cr, 1.0);
  set_source_rgb (ctx->cr, ctx->palette->wall, 0.35);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

static void
draw_low_headroom (RenderContext *ctx,
                   HearthRoom    *room)
{
  static const double dashes[] = { 4.0, 3.0 };
  guint n = hearth_room_get_n_low_headroom (room);

  for (guint i = 0; i < n; i++)
    {
      const HearthLowHeadroom *zone = hearth_room_get_low_headroom (room, i);

      trace_polygon (ctx, zone->polygon);
      set_source_rgb (ctx->cr, ctx->palette->wall, 0.10);
      cairo_fill_preserve (ctx->cr);
      hatch_path (ctx);

      cairo_save (ctx->cr);
      cairo_set_dash (ctx->cr, dashes, G_N_ELEMENTS (dashes), 0.0);
      cairo_set_line_width (ctx->cr, 1.0);
      set_source_rgb (ctx->cr, ctx->palette->wall, 0.8);
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);
    }
}

static void
draw_room_fill (RenderContext *ctx,
                HearthRoom    *room)
{
  FillKind kind = fill_kind_for_use (hearth_room_get_use (room));

  trace_polygon (ctx, hearth_room_get_polygon (room));
  set_source_rgb (ctx->cr, ctx->palette->fills[kind], 1.0);
  cairo_fill (ctx->cr);
  draw_low_headroom (ctx, room);
}

static void
stroke_room (RenderContext *ctx,
             HearthRoom    *room,
             guint32        colour,
             double         width)
{
  trace_polygon (ctx, hearth_room_get_polygon (room));
  cairo_set_line_width (ctx->cr, width);
  cairo_set_line_join (ctx->cr, CAIRO_LINE_JOIN_MITER);
  set_source_rgb (ctx->cr, colour, 1.0);
  cairo_stroke (ctx->cr);
}

/* The walls: plain, or in the colour of the room's worst flag. */
static void
draw_room_outline (RenderContext *ctx,
                   HearthRoom    *room)
{
  int flag = room_flag (ctx, room);

  if (flag > 0)
    stroke_room (ctx, room, ctx->palette->severity[flag - 1], FLAG_WIDTH);
  else
    stroke_room (ctx, room, ctx->palette->wall, WALL_WIDTH);
}

/* Sets the label's text on the layout: name (bold), area in the chosen
 * unit, the other unit in brackets, occupants. Returns the number of lines
 * and marks the secondary ones. */
static guint
set_label_text (RenderContext *ctx,
                HearthRoom    *room,
                LabelLine     *lines)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *m2 = NULL;
  g_autofree char *sqft = NULL;
  const char *name = hearth_room_get_name (room);
  GString *occupants = NULL;
  gint64 area2;
  guint n = 0;

  area2 = hearth_room_get_countable_area2 (room, HEARTH_HEADROOM_RULE_UNDER_1500);
  m2 = hearth_format_m2 (area2);
  sqft = hearth_format_sqft (area2);
  if (ctx->occupants != NULL)
    occupants = g_hash_table_lookup (ctx->occupants, hearth_room_get_id (room));

  if (name != NULL && name[0] != '\0')
    {
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      g_string_append (text, name);
      bold->start_index = 0;
      bold->end_index = text->len;
      pango_attr_list_insert (attrs, bold);
      lines[n++].secondary = FALSE;
      g_string_append_c (text, '\n');
    }

  g_string_append_printf (text, "%s\n(%s)",
                          ctx->style->unit == HEARTH_AREA_UNIT_SQFT ? sqft : m2,
                          ctx->style->unit == HEARTH_AREA_UNIT_SQFT ? m2 : sqft);
  lines[n++].secondary = FALSE;
  lines[n++].secondary = TRUE;

  if (occupants != NULL && occupants->len > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_len (text, occupants->str, occupants->len);
      lines[n++].secondary = TRUE;
    }

  pango_layout_set_text (ctx->layout, text->str, text->len);
  pango_layout_set_attributes (ctx->layout, attrs);
  return n;
}

/* Fills in where each laid-out line sits; returns how many there are. */
static guint
measure_label_lines (RenderContext *ctx,
                     LabelLine     *lines,
                     guint          max)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (ctx->layout);
  guint n = 0;

  do
    {
      PangoRectangle logical;
      int y0, y1;

      lines[n].line = pango_layout_iter_get_line_readonly (iter);
      pango_layout_line_get_pixel_extents (lines[n].line, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      lines[n].x = logical.x;
      lines[n].width = logical.width;
      lines[n].top = (double) y0 / PANGO_SCALE;
      lines[n].bottom = (double) y1 / PANGO_SCALE;
      lines[n].baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      n++;
    }
  while (n < max && pango_layout_iter_next_line (iter));

  return n;
}

static gboolean
hits_obstacle (RenderContext *ctx,
               const Box     *box)
{
  for (guint i = 0; i < ctx->obstacles->len; i++)
    if (boxes_intersect (box, &g_array_index (ctx->obstacles, Box, i)))
      return TRUE;
  return FALSE;
}

/* Whether the corners of @box lie in the room: the bounding box alone lets
 * a label of an L-shaped room spill into its neighbour. */
static gboolean
corners_inside (RenderContext       *ctx,
                const HearthPolygon *polygon,
                const Box           *box)
{
  const double xs[] = { box->x0, box->x1 };
  const double ys[] = { box->y0, box->y1 };

  for (guint i = 0; i < 4; i++)
    {
      double x, y;

      hearth_viewport_view_to_plan (ctx->viewport, xs[i % 2], ys[i / 2], &x, &y);
      if (hearth_polygon_locate_point (polygon, (gint64) round (x), (gint64) round (y)) ==
          HEARTH_POINT_OUTSIDE)
        return FALSE;
    }
  return TRUE;
}

/* How many of the first lines fit, centred on (@cx, @cy), inside the room
 * and clear of the wall lengths and the scale bar. */
static guint
count_fitting_lines (RenderContext       *ctx,
                     const HearthPolygon *polygon,
                     const LabelLine     *lines,
                     guint                n,
                     double               cx,
                     double               cy,
                     const Box           *room_box)
{
  double half_width = 0.0;

  for (guint k = 1; k <= n; k++)
    {
      double half_height = (lines[k - 1].bottom - lines[0].top) / 2.0;
      Box label;

      half_width = MAX (half_width, lines[k - 1].width / 2.0);
      label.x0 = cx - half_width;
      label.x1 = cx + half_width;
      label.y0 = cy - half_height;
      label.y1 = cy + half_height;
      if (label.x0 < room_box->x0 + LABEL_PADDING ||
          label.x1 > room_box->x1 - LABEL_PADDING ||
          label.y0 < room_box->y0 + LABEL_PADDING ||
          label.y1 > room_box->y1 - LABEL_PADDING ||
          hits_obstacle (ctx, &label) ||
          !corners_inside (ctx, polygon, &label))
        return k - 1;
    }
  return n;
}

static void
draw_room_label (RenderContext *ctx,
                 HearthRoom    *room)
{
  const HearthPolygon *polygon = hearth_room_get_polygon (room);
  LabelLine lines[LABEL_MAX_LINES] = { { 0 } };
  double plan_cx, plan_cy, cx, cy, top;
  Box box = polygon_view_box (ctx, polygon);
  guint n, shown;

  /* Too small for any text: do not lay anything out. */
  if (box.x1 - box.x0 < 2 * LABEL_PADDING + 8.0 ||
      box.y1 - box.y0 < 2 * LABEL_PADDING + 8.0)
    return;

  hearth_polygon_get_centroid (polygon, &plan_cx, &plan_cy);
  hearth_viewport_plan_to_view (ctx->viewport, plan_cx, plan_cy, &cx, &cy);

  n = set_label_text (ctx, room, lines);
  n = MIN (n, measure_label_lines (ctx, lines, LABEL_MAX_LINES));
  shown = count_fitting_lines (ctx, polygon, lines, n, cx, cy, &box);
  if (shown == 0)
    return;

  top = round (cy - (lines[shown - 1].bottom - lines[0].top) / 2.0);
  for (guint i = 0; i < shown; i++)
    {
      cairo_move_to (ctx->cr,
                     round (cx - lines[i].width / 2.0) - lines[i].x,
                     top + lines[i].baseline - lines[0].top);
      set_source_rgb (ctx->cr, ctx->palette->text, lines[i].secondary ? 0.72 : 1.0);
      pango_cairo_show_layout_line (ctx->cr, lines[i].line);
    }
}

/* The layout's text, without attributes; returns its pixel extents. */
static PangoRectangle
set_plain_text (RenderContext *ctx,
                const char    *text)
{
  PangoRectangle logical;

  pango_layout_set_attributes (ctx->layout, NULL);
  pango_layout_set_text (ctx->layout, text, -1);
  pango_layout_get_pixel_extents (ctx->layout, NULL, &logical);
  return logical;
}

/* Where each wall's length goes: at the wall's middle, just outside the
 * room, along the wall and never upside down. Adds them to ctx->walls and
 * their boxes to ctx->obstacles. */
static void
place_wall_lengths (RenderContext *ctx,
                    HearthRoom    *room)
{
  const HearthPolygon *polygon = hearth_room_get_polygon (room);
  const HearthPoint *points = hearth_polygon_get_points (polygon);
  guint n = hearth_polygon_get_n_points (polygon);
  /* Positive: counter-clockwise with y up, so the inside is on the left of
   * each wall in plan numbers, and the view only scales and shifts them. */
  double outward = hearth_polygon_get_signed_area2 (polygon) > 0 ? 1.0 : -1.0;

  for (guint i = 0; i < n; i++)
    {
      const HearthPoint *a = &points[i];
      const HearthPoint *b = &points[(i + 1) % n];
      g_autofree char *text = NULL;
      PangoRectangle logical;
      double ax, ay, bx, by, dx, dy, length_px, nx, ny, offset, half_w, half_h;
      WallLabel label;

      hearth_viewport_plan_to_view (ctx->viewport, a->x, a->y, &ax, &ay);
      hearth_viewport_plan_to_view (ctx->viewport, b->x, b->y, &bx, &by);
      dx = bx - ax;
      dy = by - ay;
      length_px = hypot (dx, dy);
      if (length_px < 1.0)
        continue;

      text = hearth_format_length (hypot ((double) (b->x - a->x), (double) (b->y - a->y)));
      logical = set_plain_text (ctx, text);
      /* A wall shorter than its label would be lost under it. */
      if (logical.width > length_px)
        continue;

      /* In [-90°, 90°): upright, and read from the right when vertical,
       * as on architects' drawings. */
      label.angle = atan2 (dy, dx);
      if (label.angle >= G_PI / 2.0 - 1e-9)
        label.angle -= G_PI;
      else if (label.angle < -G_PI / 2.0 - 1e-9)
        label.angle += G_PI;

      nx = outward * dy / length_px;
      ny = outward * -dx / length_px;
      offset = SELECTED_WIDTH / 2.0 + WALL_LABEL_GAP + logical.height / 2.0;
      label.x = (ax + bx) / 2.0 + nx * offset;
      label.y = (ay + by) / 2.0 + ny * offset;

      half_w = (fabs (logical.width * cos (label.angle)) + fabs (logical.height * sin (label.angle))) / 2.0;
      half_h = (fabs (logical.width * sin (label.angle)) + fabs (logical.height * cos (label.angle))) / 2.0;
      label.box.x0 = label.x - half_w;
      label.box.x1 = label.x + half_w;
      label.box.y0 = label.y - half_h;
      label.box.y1 = label.y + half_h;

      label.text = g_steal_pointer (&text);
      g_array_append_val (ctx->walls, label);
      g_array_append_val (ctx->obstacles, label.box);
    }
}

/* Text turned about its centre, with a halo of the background colour so
 * that it reads over walls and fills. */
static void
draw_wall_label (RenderContext   *ctx,
                 const WallLabel *label)
{
  PangoRectangle logical = set_plain_text (ctx, label->text);

  cairo_save (ctx->cr);
  cairo_translate (ctx->cr, label->x, label->y);
  cairo_rotate (ctx->cr, label->angle);
  pango_cairo_update_layout (ctx->cr, ctx->layout);
  cairo_move_to (ctx->cr, -logical.x - logical.width / 2.0, -logical.y - logical.height / 2.0);
  pango_cairo_layout_path (ctx->cr, ctx->layout);
  cairo_set_line_width (ctx->cr, 3.0);
  cairo_set_line_join (ctx->cr, CAIRO_LINE_JOIN_ROUND);
  set_source_rgb (ctx->cr, ctx->palette->background, 0.9);
  cairo_stroke_preserve (ctx->cr);
  set_source_rgb (ctx->cr, ctx->palette->accent_text, 1.0);
  cairo_fill (ctx->cr);
  cairo_restore (ctx->cr);
  pango_cairo_update_layout (ctx->cr, ctx->layout);
}

/* The accent walls and the lengths placed by place_wall_lengths(). */
static void
draw_selection (RenderContext *ctx,
                HearthRoom    *room)
{
  int flag = room_flag (ctx, room);

  if (flag > 0)
    {
      /* The flag keeps the walls; the accent runs just inside them. */
      cairo_save (ctx->cr);
      trace_polygon (ctx, hearth_room_get_polygon (room));
      cairo_clip (ctx->cr);
      stroke_room (ctx, room, ctx->palette->accent, FLAG_WIDTH + 2.0 * SELECTED_WIDTH);
      cairo_restore (ctx->cr);
      stroke_room (ctx, room, ctx->palette->severity[flag - 1], FLAG_WIDTH);
    }
  else
    stroke_room (ctx, room, ctx->palette->accent, SELECTED_WIDTH);

  for (guint i = 0; i < ctx->walls->len; i++)
    draw_wall_label (ctx, &g_array_index (ctx->walls, WallLabel, i));
}

/* ------------------------------------------------------------------------- */
/* Scale bar                                                                 */
/* ------------------------------------------------------------------------- */

#define SCALE_BAR_TICK 5.0

/* The longest of 1, 2, 5 × 10ⁿ mm that is at most SCALE_BAR_MAX_PX long. */
static double
scale_bar_length_mm (double scale)
{
  static const double steps[] = { 1.0, 2.0, 5.0 };
  double best = 10.0;

  for (double decade = 10.0; decade <= 1e7; decade *= 10.0)
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      if (steps[i] * decade * scale <= SCALE_BAR_MAX_PX)
        best = steps[i] * decade;
  return best;
}

/* Bottom left: a round length and its label on a plate. */
static void
place_scale_bar (RenderContext *ctx,
                 ScaleBar      *bar)
{
  double width, height, scale, mm;

  hearth_viewport_get_size (ctx->viewport, &width, &height);
  scale = hearth_viewport_get_scale (ctx->viewport);
  mm = scale_bar_length_mm (scale);
  bar->px = round (mm * scale);
  bar->text = hearth_format_length (mm);
  bar->logical = set_plain_text (ctx, bar->text);
  bar->x = round (SCALE_BAR_MARGIN) + 0.5;
  bar->y = round (height - SCALE_BAR_MARGIN) + 0.5;

  bar->plate.x0 = bar->x - 6.0;
  bar->plate.y0 = bar->y - SCALE_BAR_TICK - 3.0 - bar->logical.height - 4.0;
  bar->plate.x1 = bar->x + MAX (bar->px, bar->logical.width) + 6.0;
  bar->plate.y1 = bar->y + 6.0;
}

static void
draw_scale_bar (RenderContext  *ctx,
                const ScaleBar *bar)
{
  const Box *plate = &bar->plate;

  /* A plate, so that the bar reads over rooms and grid alike. */
  set_source_rgb (ctx->cr, ctx->palette->background, 0.85);
  cairo_rectangle (ctx->cr, plate->x0, plate->y0, plate->x1 - plate->x0, plate->y1 - plate->y0);
  cairo_fill (ctx->cr);

  cairo_move_to (ctx->cr, bar->x, bar->y - SCALE_BAR_TICK);
  cairo_line_to (ctx->cr, bar->x, bar->y);
  cairo_line_to (ctx->cr, bar->x + bar->px, bar->y);
  cairo_line_to (ctx->cr, bar->x + bar->px, bar->y - SCALE_BAR_TICK);
  cairo_set_line_width (ctx->cr, 1.5);
  cairo_set_line_join (ctx->cr, CAIRO_LINE_JOIN_MITER);
  set_source_rgb (ctx->cr, ctx->palette->text, 1.0);
  cairo_stroke (ctx->cr);

  set_plain_text (ctx, bar->text);
  cairo_move_to (ctx->cr,
                 round (bar->x + bar->px / 2.0 - bar->logical.width / 2.0) - bar->logical.x,
                 bar->y - SCALE_BAR_TICK - 3.0 - bar->logical.height - bar->logical.y);
  pango_cairo_show_layout (ctx->cr, ctx->layout);
}

/* What room labels keep clear of, the same for the whole plan and for one
 * room, so that a dragged room's label shows as it will when dropped. */
static void
place_overlays (RenderContext *ctx,
                HearthRoom    *selected,
                ScaleBar      *bar)
{
  if (selected != NULL)
    place_wall_lengths (ctx, selected);
  if (ctx->style->scale_bar)
    {
      place_scale_bar (ctx, bar);
      g_array_append_val (ctx->obstacles, bar->plate);
    }
}

/* ------------------------------------------------------------------------- */
/* Public API                                                                */
/* ------------------------------------------------------------------------- */

/**
 * hearth_plan_style_init:
 * @style: the style to fill in
 *
 * Sets @style to nothing to draw: no assessment, floor or viewport, areas
 * in m², a 100 mm grid, the scale bar, light colours and the default font.
 */
void
hearth_plan_style_init (HearthPlanStyle *style)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->unit = HEARTH_AREA_UNIT_M2;
  style->grid_step_mm = 100;
  style->scale_bar = TRUE;
  style->dark = FALSE;
  style->font = NULL;
}

/* Everything but the background, once the visible area is known. */
static void
render_floor (RenderContext *ctx)
{
  const HearthPlanStyle *style = ctx->style;
  g_autoptr(GPtrArray) rooms = g_ptr_array_new ();
  HearthRoom *selected = NULL;
  ScaleBar bar = { NULL };

  draw_grid (ctx);
  draw_floor_below (ctx);

  /* The rooms in sight, in floor order. */
  if (style->floor != NULL)
    {
      guint n = hearth_floor_get_n_rooms (style->floor);

      for (guint i = 0; i < n; i++)
        {
          HearthRoom *room = hearth_floor_get_room (style->floor, i);

          if (room != style->skip && polygon_is_visible (ctx, hearth_room_get_polygon (room)))
            g_ptr_array_add (rooms, room);
        }
    }
  if (rooms->len > 0)
    ctx->occupants = occupants_new (style->assessment, NULL);
  if (style->selected != NULL && g_ptr_array_find (rooms, style->selected, NULL))
    selected = style->selected;
  place_overlays (ctx, selected, &bar);

  for (guint i = 0; i < rooms->len; i++)
    draw_room_fill (ctx, g_ptr_array_index (rooms, i));

  /* Plain walls first, then flagged ones on top, the most severe last. */
  for (guint i = 0; i < rooms->len; i++)
    if (room_flag (ctx, g_ptr_array_index (rooms, i)) == 0)
      stroke_room (ctx, g_ptr_array_index (rooms, i), ctx->palette->wall, WALL_WIDTH);
  for (int severity = HEARTH_SEVERITY_ADVISORY; severity >= HEARTH_SEVERITY_BREACH; severity--)
    for (guint i = 0; i < rooms->len; i++)
      if (room_flag (ctx, g_ptr_array_index (rooms, i)) == severity + 1)
        stroke_room (ctx, g_ptr_array_index (rooms, i), ctx->palette->severity[severity], FLAG_WIDTH);

  for (guint i = 0; i < rooms->len; i++)
    draw_room_label (ctx, g_ptr_array_index (rooms, i));

  if (selected != NULL)
    draw_selection (ctx, selected);

  if (style->scale_bar)
    draw_scale_bar (ctx, &bar);
  g_free (bar.text);
}

void
hearth_plan_render (const HearthPlanStyle *style,
                    cairo_t               *cr)
{
  RenderContext ctx;

  g_return_if_fail (style != NULL);
  g_return_if_fail (HEARTH_IS_VIEWPORT (style->viewport));
  g_return_if_fail (style->floor == NULL || HEARTH_IS_FLOOR (style->floor));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  context_init (&ctx, style, cr);
  if (ctx.visible.x1 > ctx.visible.x0 && ctx.visible.y1 > ctx.visible.y0)
    {
      draw_background (&ctx);
      render_floor (&ctx);
    }
  context_clear (&ctx);
  cairo_restore (cr);
}

void
hearth_plan_render_room (const HearthPlanStyle *style,
                         cairo_t               *cr,
                         HearthRoom            *room)
{
  RenderContext ctx;

  g_return_if_fail (style != NULL);
  g_return_if_fail (HEARTH_IS_VIEWPORT (style->viewport));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (HEARTH_IS_ROOM (room));

  cairo_save (cr);
  context_init (&ctx, style, cr);

  if (polygon_is_visible (&ctx, hearth_room_get_polygon (room)))
    {
      HearthRoom *selected = room == style->selected ? room : NULL;
      ScaleBar bar = { NULL };

      ctx.occupants = occupants_new (style->assessment, hearth_room_get_id (room));
      place_overlays (&ctx, selected, &bar);
      draw_room_fill (&ctx, room);
      draw_room_outline (&ctx, room);
      draw_room_label (&ctx, room);
      if (selected != NULL)
        draw_selection (&ctx, selected);
      g_free (bar.text);
    }

  context_clear (&ctx);
  cairo_restore (cr);
}
