/* hearth-snap.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Snapping uses a uniform grid hash: a corner goes in the cell
 * floor(x / cell), floor(y / cell); a wall goes in every cell its bounding
 * box covers. A pointer at (x, y) then looks only at the cells that overlap
 * the square of side 2 × tolerance around it, so the cost of one motion
 * event depends on how crowded that neighbourhood is, not on the floor.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "hearth-snap.h"

/* A wall covering more cells than this makes the whole index coarser. */
#define MAX_CELLS_PER_WALL 10000.0
/* Pointer positions are clamped to this before rounding to integers: far
 * beyond HEARTH_COORD_LIMIT, well inside gint64 and exact in a double. */
#define POINT_LIMIT 1e15

typedef struct
{
  gint64 cx;
  gint64 cy;
} CellKey;

typedef struct
{
  GArray *corners; /* guint: indices into HearthSnapIndex.corners */
  GArray *walls;   /* guint: indices into HearthSnapIndex.walls */
} Cell;

typedef struct
{
  HearthPoint a;
  HearthPoint b;
} Wall;

struct _HearthSnapIndex
{
  double      cell_mm;
  GArray     *corners; /* HearthPoint, in floor order */
  GArray     *walls;   /* Wall, in floor order */
  GHashTable *cells;   /* CellKey → Cell */
};

/* Cells */

static guint
cell_key_hash (gconstpointer key)
{
  const CellKey *k = key;
  guint64 h = (guint64) k->cx * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  h ^= (guint64) k->cy + G_GUINT64_CONSTANT (0x7F4A7C159E3779B9) + (h << 6) + (h >> 2);
  return (guint) (h ^ (h >> 32));
}

static gboolean
cell_key_equal (gconstpointer a,
                gconstpointer b)
{
  const CellKey *ka = a;
  const CellKey *kb = b;

  return ka->cx == kb->cx && ka->cy == kb->cy;
}

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_clear_pointer (&cell->corners, g_array_unref);
  g_clear_pointer (&cell->walls, g_array_unref);
  g_free (cell);
}

static gint64
cell_of (double coord,
         double cell_mm)
{
  return (gint64) floor (CLAMP (coord, -POINT_LIMIT, POINT_LIMIT) / cell_mm);
}

static Cell *
index_ensure_cell (HearthSnapIndex *index,
                   gint64           cx,
                   gint64           cy)
{
  CellKey key = { cx, cy };
  Cell *cell = g_hash_table_lookup (index->cells, &key);

  if (cell == NULL)
    {
      CellKey *new_key = g_new (CellKey, 1);

      *new_key = key;
      cell = g_new0 (Cell, 1);
      g_hash_table_insert (index->cells, new_key, cell);
    }
  return cell;
}

static void
cell_add (GArray **array,
          guint    item)
{
  if (*array == NULL)
    *array = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (*array, item);
}

static double
wall_cell_count (const Wall *wall,
                 double      cell_mm)
{
  double nx = floor (MAX (wall->a.x, wall->b.x) / cell_mm) - floor (MIN (wall->a.x, wall->b.x) / cell_mm) + 1;
  double ny = floor (MAX (wall->a.y, wall->b.y) / cell_mm) - floor (MIN (wall->a.y, wall->b.y) / cell_mm) + 1;

  return nx * ny;
}

/* Geometry */

static double
distance2 (double ax,
           double ay,
           double bx,
           double by)
{
  return (ax - bx) * (ax - bx) + (ay - by) * (ay - by);
}

/* The point of @wall nearest (x, y), and its squared distance. */
static double
nearest_on_wall (const Wall *wall,
                 double      x,
                 double      y,
                 double     *qx,
                 double     *qy)
{
  double ax = wall->a.x, ay = wall->a.y;
  double dx = (double) wall->b.x - ax;
  double dy = (double) wall->b.y - ay;
  double len2 = dx * dx + dy * dy;
  double t = 0;

  if (len2 > 0)
    t = CLAMP (((x - ax) * dx + (y - ay) * dy) / len2, 0.0, 1.0);

  /* Exact at the ends and along axis-aligned walls. */
  *qx = t == 1.0 ? (double) wall->b.x : ax + t * dx;
  *qy = t == 1.0 ? (double) wall->b.y : ay + t * dy;
  return distance2 (x, y, *qx, *qy);
}

static gint64
round_to_mm (double v)
{
  /* round() goes half away from zero. */
  return (gint64) round (CLAMP (v, -POINT_LIMIT, POINT_LIMIT));
}

/* The multiple of @step nearest @v, ties away from zero. The division only
 * gives a first guess; the choice itself compares exact distances to the
 * two integer multiples either side, so negative values and exact halves
 * come out right. */
static gint64
round_to_step (double v,
               gint64 step)
{
  gint64 lo;
  double below, above;

  v = CLAMP (v, -POINT_LIMIT, POINT_LIMIT);
  lo = (gint64) floor (v / (double) step) * step;
  while ((double) lo > v)
    lo -= step;
  while ((double) (lo + step) <= v)
    lo += step;

  below = v - (double) lo;
  above = (double) (lo + step) - v;
  if (below < above)
    return lo;
  if (above < below)
    return lo + step;
  return v > 0 ? lo + step : lo;
}

/* Snap index */

/**
 * hearth_snap_index_new:
 * @floor: the floor whose rooms to snap to
 * @ignore: (nullable): a room to leave out, usually the one being dragged
 * @cell_mm: the bucket size in mm
 */
HearthSnapIndex *
hearth_snap_index_new (HearthFloor *floor,
                       HearthRoom  *ignore,
                       double       cell_mm)
{
  HearthSnapIndex *index;
  double max_cells = 0;

  g_return_val_if_fail (HEARTH_IS_FLOOR (floor), NULL);
  g_return_val_if_fail (ignore == NULL || HEARTH_IS_ROOM (ignore), NULL);
  g_return_val_if_fail (isfinite (cell_mm) && cell_mm > 0, NULL);

  index = g_new0 (HearthSnapIndex, 1);
  index->cell_mm = MAX (cell_mm, 1.0);
  index->corners = g_array_new (FALSE, FALSE, sizeof (HearthPoint));
  index->walls = g_array_new (FALSE, FALSE, sizeof (Wall));
  index->cells = g_hash_table_new_full (cell_key_hash, cell_key_equal,
                                        g_free, cell_free);

  for (guint r = 0; r < hearth_floor_get_n_rooms (floor); r++)
    {
      HearthRoom *room = hearth_floor_get_room (floor, r);
      const HearthPolygon *polygon;
      const HearthPoint *points;
      guint n;

      if (room == ignore)
        continue;

      polygon = hearth_room_get_polygon (room);
      points = hearth_polygon_get_points (polygon);
      n = hearth_polygon_get_n_points (polygon);

      for (guint i = 0; i < n; i++)
        {
          Wall wall = { points[i], points[(i + 1) % n] };

          g_array_append_val (index->corners, points[i]);
          if (n > 1)
            {
              g_array_append_val (index->walls, wall);
              max_cells = MAX (max_cells, wall_cell_count (&wall, index->cell_mm));
            }
        }
    }

  /* Walls are short, so each covers a few cells; but one absurdly long
   * wall at a fine cell size would fill memory. Coarsen the whole index
   * until every wall fits: lookups stay correct, only less selective. */
  while (max_cells > MAX_CELLS_PER_WALL)
    {
      index->cell_mm *= 2;
      max_cells = 0;
      for (guint i = 0; i < index->walls->len; i++)
        max_cells = MAX (max_cells,
                         wall_cell_count (&g_array_index (index->walls, Wall, i),
                                          index->cell_mm));
    }

  for (guint i = 0; i < index->corners->len; i++)
    {
      const HearthPoint *p = &g_array_index (index->corners, HearthPoint, i);
      Cell *cell = index_ensure_cell (index,
                                      cell_of (p->x, index->cell_mm),
                                      cell_of (p->y, index->cell_mm));

      cell_add (&cell->corners, i);
    }

  for (guint i = 0; i < index->walls->len; i++)
    {
      const Wall *w = &g_array_index (index->walls, Wall, i);
      gint64 cx0 = cell_of (MIN (w->a.x, w->b.x), index->cell_mm);
      gint64 cx1 = cell_of (MAX (w->a.x, w->b.x), index->cell_mm);
      gint64 cy0 = cell_of (MIN (w->a.y, w->b.y), index->cell_mm);
      gint64 cy1 = cell_of (MAX (w->a.y, w->b.y), index->cell_mm);

      for (gint64 cy = cy0; cy <= cy1; cy++)
        for (gint64 cx = cx0; cx <= cx1; cx++)
          cell_add (&index_ensure_cell (index, cx, cy)->walls, i);
    }

  return index;
}

void
hearth_snap_index_free (HearthSnapIndex *index)
{
  if (index == NULL)
    return;

  g_clear_pointer (&index->cells, g_hash_table_unref);
  g_clear_pointer (&index->corners, g_array_unref);
  g_clear_pointer (&index->walls, g_array_unref);
  g_free (index);
}

/* Snapping */

typedef struct
{
  double x;
  double y;
  double tolerance2;

  guint  corner;          /* best so far, or G_MAXUINT */
  double corner_d2;
  guint  wall;
  double wall_d2;
  double wall_x;
  double wall_y;
} Search;

static void
search_cell (const HearthSnapIndex *index,
             const Cell            *cell,
             Search                *search)
{
  /* Nearest wins; among equals the one first in floor order, so the answer
   * never depends on the order cells are visited in. */
  if (cell->corners != NULL)
    for (guint i = 0; i < cell->corners->len; i++)
      {
        guint c = g_array_index (cell->corners, guint, i);
        const HearthPoint *p = &g_array_index (index->corners, HearthPoint, c);
        double d2 = distance2 (search->x, search->y, p->x, p->y);

        if (d2 <= search->tolerance2 &&
            (search->corner == G_MAXUINT || d2 < search->corner_d2 ||
             (d2 == search->corner_d2 && c < search->corner)))
          {
            search->corner = c;
            search->corner_d2 = d2;
          }
      }

  if (cell->walls != NULL)
    for (guint i = 0; i < cell->walls->len; i++)
      {
        guint w = g_array_index (cell->walls, guint, i);
        double qx, qy;
        double d2;

        if (w == search->wall)
          continue;

        d2 = nearest_on_wall (&g_array_index (index->walls, Wall, w),
                              search->x, search->y, &qx, &qy);
        if (d2 <= search->tolerance2 &&
            (search->wall == G_MAXUINT || d2 < search->wall_d2 ||
             (d2 == search->wall_d2 && w < search->wall)))
          {
            search->wall = w;
            search->wall_d2 = d2;
            search->wall_x = qx;
            search->wall_y = qy;
          }
      }
}

static void
search_index (const HearthSnapIndex *index,
              double                 tolerance,
              Search                *search)
{
  double c = index->cell_mm;
  /* Only the cells overlapping the square [x ± tolerance] × [y ± tolerance]
   * can hold a corner or wall within tolerance, and only those are read. */
  double cx0 = floor ((search->x - tolerance) / c);
  double cx1 = floor ((search->x + tolerance) / c);
  double cy0 = floor ((search->y - tolerance) / c);
  double cy1 = floor ((search->y + tolerance) / c);
  double n_cells = (cx1 - cx0 + 1) * (cy1 - cy0 + 1);

  if (n_cells <= g_hash_table_size (index->cells))
    {
      for (gint64 cy = (gint64) cy0; cy <= (gint64) cy1; cy++)
        for (gint64 cx = (gint64) cx0; cx <= (gint64) cx1; cx++)
          {
            CellKey key = { cx, cy };
            const Cell *cell = g_hash_table_lookup (index->cells, &key);

            if (cell != NULL)
              search_cell (index, cell, search);
          }
    }
  else
    {
      /* A tolerance spanning more cells than are filled: walk the filled
       * ones instead, still skipping those outside the square. Corners
       * and walls are then met in hash order; search_cell() breaks ties
       * by floor order so the answer is the same. */
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, index->cells);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          const CellKey *k = key;

          if (k->cx >= cx0 && k->cx <= cx1 && k->cy >= cy0 && k->cy <= cy1)
            search_cell (index, value, search);
        }
    }
}

void
hearth_snap_options_init (HearthSnapOptions *options)
{
  g_return_if_fail (options != NULL);

  options->to_grid = TRUE;
  options->grid_step_mm = 100;
  options->to_rooms = TRUE;
  options->tolerance_mm = 80; /* 8 px at the default 0.1 px per mm */
}

/**
 * hearth_snap_point:
 * @index: (nullable): the rooms to snap to, or %NULL for the grid only
 * @options: what to snap to
 * @x: the pointer in plan mm
 * @y: the pointer in plan mm
 * @out: (out): the snapped point
 *
 * Returns: what the point snapped to; %HEARTH_SNAP_NONE when it was only
 *   rounded to the millimetre
 */
HearthSnapKind
hearth_snap_point (const HearthSnapIndex   *index,
                   const HearthSnapOptions *options,
                   double                   x,
                   double                   y,
                   HearthPoint             *out)
{
  g_return_val_if_fail (options != NULL, HEARTH_SNAP_NONE);
  g_return_val_if_fail (out != NULL, HEARTH_SNAP_NONE);
  g_return_val_if_fail (isfinite (x) && isfinite (y), HEARTH_SNAP_NONE);

  x = CLAMP (x, -POINT_LIMIT, POINT_LIMIT);
  y = CLAMP (y, -POINT_LIMIT, POINT_LIMIT);

  if (index != NULL && options->to_rooms &&
      isfinite (options->tolerance_mm) && options->tolerance_mm >= 0)
    {
      Search search = {
        .x = x,
        .y = y,
        .tolerance2 = options->tolerance_mm * options->tolerance_mm,
        .corner = G_MAXUINT,
        .wall = G_MAXUINT,
      };

      search_index (index, MIN (options->tolerance_mm, POINT_LIMIT), &search);

      if (search.corner != G_MAXUINT)
        {
          *out = g_array_index (index->corners, HearthPoint, search.corner);
          return HEARTH_SNAP_CORNER;
        }
      if (search.wall != G_MAXUINT)
        {
          out->x = round_to_mm (search.wall_x);
          out->y = round_to_mm (search.wall_y);
          return HEARTH_SNAP_WALL;
        }
    }

  if (options->to_grid && options->grid_step_mm > 0)
    {
      out->x = round_to_step (x, options->grid_step_mm);
      out->y = round_to_step (y, options->grid_step_mm);
      return HEARTH_SNAP_GRID;
    }

  out->x = round_to_mm (x);
  out->y = round_to_mm (y);
  return HEARTH_SNAP_NONE;
}

HearthPoint
hearth_snap_constrain (HearthPoint from,
                       HearthPoint to)
{
  gint64 dx = ABS (to.x - from.x);
  gint64 dy = ABS (to.y - from.y);
  HearthPoint result = to;

  /* Nearer the horizontal through @from (or as near): keep to's x. */
  if (dy <= dx)
    result.y = from.y;
  else
    result.x = from.x;
  return result;
}

HearthPoint
hearth_point_at_length (HearthPoint from,
                        HearthPoint towards,
                        gint64      length_mm)
{
  double dx = (double) towards.x - (double) from.x;
  double dy = (double) towards.y - (double) from.y;
  double len = hypot (dx, dy);
  HearthPoint result;

  if (len == 0)
    {
      dx = 1;
      dy = 0;
      len = 1;
    }

  /* length / len first keeps whole numbers whole: (3, 4) × 5000 / 5. */
  result.x = from.x + round_to_mm (dx * ((double) length_mm / len));
  result.y = from.y + round_to_mm (dy * ((double) length_mm / len));
  return result;
}

/* Lengths
 *
 * A length is one part (a number and a unit) or feet then inches. Numbers
 * are read exactly as millionths (at most six decimal places) and every
 * unit is a whole number of tenths of a millimetre (1 m = 10000, 1 ft =
 * 3048, 1 in = 254), so their product counts 10⁻⁷ mm exactly: "10ft 6in"
 * is 3200.4 mm and rounds to 3200, with no floating point anywhere.
 */

typedef enum {
  UNIT_NONE,
  UNIT_M,
  UNIT_CM,
  UNIT_MM,
  UNIT_FT,
  UNIT_IN,
} Unit;

/* Tenths of a millimetre per unit. */
static const gint64 unit_tenths[] = {
  [UNIT_NONE] = 10000, /* a bare number is metres */
  [UNIT_M] = 10000,
  [UNIT_CM] = 100,
  [UNIT_MM] = 10,
  [UNIT_FT] = 3048,
  [UNIT_IN] = 254,
};

static const struct {
  const char *word;
  Unit        unit;
} unit_words[] = {
  { "m", UNIT_M }, { "metre", UNIT_M }, { "metres", UNIT_M },
  { "meter", UNIT_M }, { "meters", UNIT_M },
  { "cm", UNIT_CM }, { "centimetre", UNIT_CM }, { "centimetres", UNIT_CM },
  { "centimeter", UNIT_CM }, { "centimeters", UNIT_CM },
  { "mm", UNIT_MM }, { "millimetre", UNIT_MM }, { "millimetres", UNIT_MM },
  { "millimeter", UNIT_MM }, { "millimeters", UNIT_MM },
  { "ft", UNIT_FT }, { "foot", UNIT_FT }, { "feet", UNIT_FT },
  { "in", UNIT_IN }, { "inch", UNIT_IN }, { "inches", UNIT_IN },
};

#define MICRO           G_GINT64_CONSTANT (1000000)
#define MAX_INT_DIGITS  8  /* 10⁸ of the smallest unit (mm) is 100 km */
#define MAX_FRAC_DIGITS 6
#define MAX_LENGTH_MM   G_GINT64_CONSTANT (1000000)

typedef enum {
  PARSE_OK,
  PARSE_NOT_A_LENGTH,
  PARSE_AMBIGUOUS_COMMA,
  PARSE_TOO_LONG,
  PARSE_NEGATIVE,
  PARSE_UNKNOWN_UNIT,
  PARSE_SEVERAL_UNITS,
  PARSE_INCHES_OVER_11,
} ParseResult;

typedef struct
{
  gint64 micro; /* the number × 10⁶ */
  Unit   unit;
} Part;

static const char *
skip_spaces (const char *p)
{
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

/* Reads digits, a decimal point or comma and digits into @micro. */
static ParseResult
read_number (const char **pp,
             gint64      *micro)
{
  const char *p = *pp;
  gint64 whole = 0, frac = 0;
  guint n_int = 0, n_frac = 0, n_significant = 0;
  gboolean comma = FALSE;

  for (; g_ascii_isdigit (*p); p++, n_int++)
    {
      if (whole == 0 && *p == '0')
        continue;
      if (++n_significant > MAX_INT_DIGITS)
        return PARSE_TOO_LONG;
      whole = whole * 10 + (*p - '0');
    }

  if (*p == '.' || *p == ',')
    {
      comma = *p == ',';
      p++;
      for (; g_ascii_isdigit (*p); p++, n_frac++)
        {
          if (n_frac >= MAX_FRAC_DIGITS)
            return PARSE_NOT_A_LENGTH;
          frac = frac * 10 + (*p - '0');
        }
      if (n_frac == 0)
        return PARSE_NOT_A_LENGTH;
    }

  if (n_int == 0 && n_frac == 0)
    return PARSE_NOT_A_LENGTH;

  /* "3,200" is 3.2 with a decimal comma but 3200 to an English reader
   * ("0,125" can only be a decimal). */
  if (comma && n_frac == 3 && whole > 0 && n_significant <= 3)
    return PARSE_AMBIGUOUS_COMMA;

  for (guint i = n_frac; i < MAX_FRAC_DIGITS; i++)
    frac *= 10;

  *micro = whole * MICRO + frac;
  *pp = p;
  return PARSE_OK;
}

/* Reads a unit word or mark, or nothing. */
static ParseResult
read_unit (const char **pp,
           Unit        *unit,
           char       **unknown)
{
  const char *p = *pp;
  gunichar c = g_utf8_get_char (p);

  if (g_ascii_isalpha (*p))
    {
      const char *start = p;
      g_autofree char *word = NULL;

      while (g_ascii_isalpha (*p))
        p++;
      word = g_ascii_strdown (start, p - start);

      for (guint i = 0; i < G_N_ELEMENTS (unit_words); i++)
        if (strcmp (word, unit_words[i].word) == 0)
          {
            *unit = unit_words[i].unit;
            *pp = p;
            return PARSE_OK;
          }

      *unknown = g_strndup (start, p - start);
      return PARSE_UNKNOWN_UNIT;
    }

  if (c == '"' || c == 0x2033 /* ″ */ || c == 0x201D /* ” */)
    {
      *unit = UNIT_IN;
      *pp = g_utf8_next_char (p);
      return PARSE_OK;
    }

  if (c == '\'' || c == 0x2032 /* ′ */ || c == 0x2019 /* ’ */)
    {
      /* Two apostrophes are an inch mark: 5'11'' */
      if (p[1] == '\'')
        {
          *unit = UNIT_IN;
          *pp = p + 2;
        }
      else
        {
          *unit = UNIT_FT;
          *pp = g_utf8_next_char (p);
        }
      return PARSE_OK;
    }

  *unit = UNIT_NONE;
  return PARSE_OK;
}

#define MAX_PARTS 4

static ParseResult
parse_parts (const char  *text,
             Part        *parts,
             guint       *n_parts,
             char       **unknown)
{
  const char *p = skip_spaces (text);

  *n_parts = 0;

  if (*p == '-' || g_utf8_get_char (p) == 0x2212 /* − */)
    {
      p = skip_spaces (g_utf8_next_char (p));
      if (g_ascii_isdigit (*p) || *p == '.' || *p == ',')
        return PARSE_NEGATIVE;
      return PARSE_NOT_A_LENGTH;
    }

  while (*p != '\0')
    {
      Part *part = &parts[*n_parts];
      ParseResult result;

      if (*n_parts == MAX_PARTS)
        return PARSE_NOT_A_LENGTH;

      result = read_number (&p, &part->micro);
      if (result != PARSE_OK)
        return result;
      p = skip_spaces (p);
      result = read_unit (&p, &part->unit, unknown);
      if (result != PARSE_OK)
        return result;
      p = skip_spaces (p);

      (*n_parts)++;
    }

  return *n_parts > 0 ? PARSE_OK : PARSE_NOT_A_LENGTH;
}

static ParseResult
parts_to_mm (const Part *parts,
             guint       n_parts,
             gint64     *mm)
{
  gint64 total; /* in 10⁻⁷ mm: millionths of a unit × tenths of a mm per unit */

  if (n_parts == 1)
    {
      total = parts[0].micro * unit_tenths[parts[0].unit];
    }
  else if (n_parts == 2 && parts[0].unit == UNIT_FT &&
           (parts[1].unit == UNIT_IN || parts[1].unit == UNIT_NONE))
    {
      /* Feet then inches; after feet a bare number can only be inches. */
      if (parts[1].micro >= 12 * MICRO)
        return PARSE_INCHES_OVER_11;
      total = parts[0].micro * unit_tenths[UNIT_FT] + parts[1].micro * unit_tenths[UNIT_IN];
    }
  else
    {
      /* "3m 2m", "1 m 20 cm", "6in 10ft" name several units; "3 4" none. */
      for (guint i = 0; i < n_parts; i++)
        if (parts[i].unit == UNIT_NONE)
          return PARSE_NOT_A_LENGTH;
      return PARSE_SEVERAL_UNITS;
    }

  /* Round half up to the millimetre (the total is never negative). */
  *mm = (total + 10 * MICRO / 2) / (10 * MICRO);
  return PARSE_OK;
}

/**
 * hearth_parse_length:
 * @text: what the caseworker typed
 * @mm: (out) (optional): the length in mm
 * @error: return location for a #G_IO_ERROR_INVALID_DATA error
 *
 * Returns: %TRUE if @text is a length between 1 mm and 1 km
 */
gboolean
hearth_parse_length (const char  *text,
                     gint64      *mm,
                     GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *unknown = NULL;
  Part parts[MAX_PARTS];
  guint n_parts;
  gint64 length = 0;
  ParseResult result;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));

  if (*stripped == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Type a length, such as 3.2 m, 320 cm or 10 ft 6 in"));
      return FALSE;
    }

  if (!g_utf8_validate (stripped, -1, NULL))
    result = PARSE_NOT_A_LENGTH;
  else
    result = parse_parts (stripped, parts, &n_parts, &unknown);
  if (result == PARSE_OK)
    result = parts_to_mm (parts, n_parts, &length);
  if (result == PARSE_OK && length > MAX_LENGTH_MM)
    result = PARSE_TOO_LONG;

  switch (result)
    {
    case PARSE_OK:
      if (length == 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: %s is the length as typed */
                       _("“%s” is not a length: it must be at least 1 mm"),
                       stripped);
          return FALSE;
        }
      if (mm != NULL)
        *mm = length;
      return TRUE;

    case PARSE_NEGATIVE:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is the length as typed */
                   _("“%s” is negative: a length must be more than zero"),
                   stripped);
      return FALSE;

    case PARSE_TOO_LONG:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is the length as typed */
                   _("“%s” is too long: a length must be at most 1 km"),
                   stripped);
      return FALSE;

    case PARSE_AMBIGUOUS_COMMA:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is the length as typed, with a comma
                    * that may be a decimal or a thousands separator */
                   _("“%s” could be read two ways: write it without the comma, or with a decimal point"),
                   stripped);
      return FALSE;

    case PARSE_UNKNOWN_UNIT:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: the first %s is the length as typed, the
                    * second the unit in it that is not known */
                   _("“%s”: “%s” is not a unit; use m, cm, mm, ft or in"),
                   stripped, unknown);
      return FALSE;

    case PARSE_SEVERAL_UNITS:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is the length as typed */
                   _("“%s” mixes units: give one length, such as 3.2 m, or feet then inches"),
                   stripped);
      return FALSE;

    case PARSE_INCHES_OVER_11:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is the length as typed */
                   _("“%s”: inches must be under 12 after feet"),
                   stripped);
      return FALSE;

    case PARSE_NOT_A_LENGTH:
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is what was typed */
                   _("“%s” is not a length: try 3.2 m, 320 cm, 3200 mm or 10 ft 6 in"),
                   stripped);
      return FALSE;
    }
}
