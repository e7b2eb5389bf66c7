/* hearth-viewport.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole transform is three numbers: a scale in px per mm and the plan
 * point (mm) at the widget's top-left corner. Every change goes through
 * viewport_update(), which compares, stores and then emits "changed" once
 * (and notifies "scale" when the scale moved), however many of the numbers
 * a call touched.
 */

#include "config.h"

#include <math.h>

#include "hearth-viewport.h"

#define ZOOM_STEP 1.25

struct _HearthViewport
{
  GObject parent_instance;

  double  scale;     /* px per mm, within [MIN_SCALE, MAX_SCALE] */
  double  offset_x;  /* mm: the plan point at the widget's top-left */
  double  offset_y;
  double  width;     /* px */
  double  height;
};

G_DEFINE_FINAL_TYPE (HearthViewport, hearth_viewport, G_TYPE_OBJECT)

/* Properties and signals */

enum {
  PROP_0,
  PROP_SCALE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static double
clamp_scale (double scale)
{
  /* NaN compares false both ways: treat it as the default. */
  if (isnan (scale))
    return HEARTH_VIEWPORT_DEFAULT_SCALE;
  return CLAMP (scale, HEARTH_VIEWPORT_MIN_SCALE, HEARTH_VIEWPORT_MAX_SCALE);
}

/* Stores the new transform and size; emits "changed" once if anything
 * differs, after notifying "scale" if that did. @scale must be clamped. */
static void
viewport_update (HearthViewport *self,
                 double          scale,
                 double          offset_x,
                 double          offset_y,
                 double          width,
                 double          height)
{
  gboolean scale_changed = scale != self->scale;

  if (!scale_changed &&
      offset_x == self->offset_x && offset_y == self->offset_y &&
      width == self->width && height == self->height)
    return;

  self->scale = scale;
  self->offset_x = offset_x;
  self->offset_y = offset_y;
  self->width = width;
  self->height = height;

  if (scale_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* GObject */

static void
hearth_viewport_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HearthViewport *self = HEARTH_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      g_value_set_double (value, self->scale);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_viewport_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HearthViewport *self = HEARTH_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      hearth_viewport_set_scale (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_viewport_class_init (HearthViewportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = hearth_viewport_get_property;
  object_class->set_property = hearth_viewport_set_property;

  /**
   * HearthViewport:scale:
   *
   * Pixels per millimetre, within [%HEARTH_VIEWPORT_MIN_SCALE,
   * %HEARTH_VIEWPORT_MAX_SCALE].
   */
  properties[PROP_SCALE] =
    g_param_spec_double ("scale", NULL, NULL,
                         HEARTH_VIEWPORT_MIN_SCALE,
                         HEARTH_VIEWPORT_MAX_SCALE,
                         HEARTH_VIEWPORT_DEFAULT_SCALE,
                         (G_PARAM_READWRITE |
                          G_PARAM_STATIC_STRINGS |
                          G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthViewport::changed:
   *
   * Emitted once after any change of scale, offset or size.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
hearth_viewport_init (HearthViewport *self)
{
  self->scale = HEARTH_VIEWPORT_DEFAULT_SCALE;
}

/* Public API */

HearthViewport *
hearth_viewport_new (void)
{
  return g_object_new (HEARTH_TYPE_VIEWPORT, NULL);
}

double
hearth_viewport_get_scale (HearthViewport *self)
{
  g_return_val_if_fail (HEARTH_IS_VIEWPORT (self), HEARTH_VIEWPORT_DEFAULT_SCALE);
  return self->scale;
}

void
hearth_viewport_set_scale (HearthViewport *self,
                           double          scale)
{
  g_return_if_fail (HEARTH_IS_VIEWPORT (self));

  viewport_update (self, clamp_scale (scale),
                   self->offset_x, self->offset_y,
                   self->width, self->height);
}

void
hearth_viewport_get_offset (HearthViewport *self,
                            double         *x,
                            double         *y)
{
  g_return_if_fail (HEARTH_IS_VIEWPORT (self));

  if (x != NULL)
    *x = self->offset_x;
  if (y != NULL)
    *y = self->offset_y;
}

void
hearth_viewport_set_offset (HearthViewport *self,
                            double          x,
                            double          y)
{
  g_return_if_fail (HEARTH_IS_VIEWPORT (self));
  g_return_if_fail (isfinite (x) && isfinite (y));

  viewport_update (self, self->scale, x, y, self->width, self->height);
}

void
hearth_viewport_set_size (HearthViewport *self,
                          double          width,
                          double          height)
{
  g_return_if_fail (HEARTH_IS_VIEWPORT (self));
  g_return_if_fail (isfinite (width) && isfinite (height));
  g_return_if_fail (width >= 0 && height >= 0);

  viewport_update (self, self->scale, self->offset_x, self->offset_y,
                   width, height);
}

void
hearth_viewport_get_size (HearthViewport *self,
                          double         *width,
                          double         *height)
{
  g_return_if_fail (HEARTH_IS_VIEWPORT (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

void
hearth_viewport_plan_to_view (HearthViewport *self,
                              double          plan_x,
                              double          plan_y,
                              double         *view_x,
                              double         *view_y)
{
  g_return_if_fail (HEARTH_IS_VIEWPORT (self));

  if (view_x != NULL)
    *view_x = (plan_x - self->offset_x) * self->scale;
  if (view_y != NULL)
    *view_y = (plan_y - self->offset_y) * self->scale;
}

void
hearth_viewport_view_to_plan (HearthViewport *self,
                              double          view_x,
                              double          view_y,
                              double         *plan_x,
                              double         *plan_y)
{
  g_return_if_fail (HEARTH_IS_VIEWPORT (self));

  /* The scale is never below MIN_SCALE, so never zero. */
  if (plan_x != NULL)
    *plan_x = view_x / self->scale + self->offset_x;
  if (plan_y != NULL)
    *plan_y = view_y / self->scale + self->offset_y;
}

void
hearth_viewport_zoom_at (HearthViewport *self,
                         double          factor,
                         double          anchor_x,
                         double          anchor_y)
{
  double plan_x, plan_y;
  double scale;

  g_return_if_fail (HEARTH_IS_VIEWPORT (self));
  g_return_if_fail (isfinite (factor) && factor > 0);
  g_return_if_fail (isfinite (anchor_x) && isfinite (anchor_y));

  scale = clamp_scale (self->scale * factor);

  /* Already at the limit: nothing moves (recomputing the offset would
   * only add rounding noise and a spurious "changed"). */
  if (scale == self->scale)
    return;

  /* The plan point under the anchor stays under it at the new scale:
   * anchor = (plan − offset′) × scale′, so offset′ = plan − anchor / scale′.
   * This holds for the clamped scale too. */
  hearth_viewport_view_to_plan (self, anchor_x, anchor_y, &plan_x, &plan_y);
  viewport_update (self, scale,
                   plan_x - anchor_x / scale,
                   plan_y - anchor_y / scale,
                   self->width, self->height);
}

void
hearth_viewport_zoom_in (HearthViewport *self)
{
  g_return_if_fail (HEARTH_IS_VIEWPORT (self));

  hearth_viewport_zoom_at (self, ZOOM_STEP, self->width / 2, self->height / 2);
}

void
hearth_viewport_zoom_out (HearthViewport *self)
{
  g_return_if_fail (HEARTH_IS_VIEWPORT (self));

  hearth_viewport_zoom_at (self, 1 / ZOOM_STEP, self->width / 2, self->height / 2);
}

void
hearth_viewport_pan (HearthViewport *self,
                     double          dx,
                     double          dy)
{
  g_return_if_fail (HEARTH_IS_VIEWPORT (self));
  g_return_if_fail (isfinite (dx) && isfinite (dy));

  /* Dragging right by dx px shows what was dx px to the left. */
  viewport_update (self, self->scale,
                   self->offset_x - dx / self->scale,
                   self->offset_y - dy / self->scale,
                   self->width, self->height);
}

void
hearth_viewport_fit (HearthViewport *self,
                     gint64          min_x,
                     gint64          min_y,
                     gint64          max_x,
                     gint64          max_y,
                     double          margin)
{
  double centre_x, centre_y;
  double scale;

  g_return_if_fail (HEARTH_IS_VIEWPORT (self));
  g_return_if_fail (isfinite (margin) && margin >= 0);

  if (max_x < min_x || max_y < min_y)
    {
      /* Empty: show the origin. */
      centre_x = 0;
      centre_y = 0;
      scale = HEARTH_VIEWPORT_DEFAULT_SCALE;
    }
  else
    {
      double box_w = (double) max_x - (double) min_x;
      double box_h = (double) max_y - (double) min_y;

      centre_x = ((double) min_x + (double) max_x) / 2;
      centre_y = ((double) min_y + (double) max_y) / 2;

      if (box_w == 0 && box_h == 0)
        {
          /* A single point has no size to fit. */
          scale = HEARTH_VIEWPORT_DEFAULT_SCALE;
        }
      else if (self->width <= 0 || self->height <= 0)
        {
          /* Not allocated yet: nothing to fit into, so only centre. */
          scale = self->scale;
        }
      else
        {
          /* A box with no width (or height) is fitted by the other axis. */
          double sx = box_w > 0 ? (self->width - 2 * margin) / box_w : INFINITY;
          double sy = box_h > 0 ? (self->height - 2 * margin) / box_h : INFINITY;

          scale = clamp_scale (MIN (sx, sy));
        }
    }

  viewport_update (self, scale,
                   centre_x - self->width / 2 / scale,
                   centre_y - self->height / 2 / scale,
                   self->width, self->height);
}

void
hearth_viewport_get_grid_steps (HearthViewport *self,
                                gint64          base_mm,
                                double          min_px,
                                gint64         *minor_mm,
                                gint64         *major_mm)
{
  static const gint64 multipliers[] = { 1, 2, 5 };
  gint64 decade = 1;
  gint64 step = base_mm;

  g_return_if_fail (HEARTH_IS_VIEWPORT (self));
  g_return_if_fail (base_mm > 0 && base_mm <= G_MAXINT64 / 1000);

  /* base × 1, 2, 5, 10, 20, 50 … until the step is min_px on screen; stop
   * short of overflow (far beyond any plan: 1 mm is at least 0.005 px). */
  for (;;)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (multipliers); i++)
        {
          step = base_mm * decade * multipliers[i];
          if ((double) step * self->scale >= min_px)
            {
              found = TRUE;
              break;
            }
        }

      if (found || base_mm * decade > G_MAXINT64 / 1000)
        break;
      decade *= 10;
    }

  if (minor_mm != NULL)
    *minor_mm = step;
  if (major_mm != NULL)
    *major_mm = step * 10;
}
