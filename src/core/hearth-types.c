/* hearth-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-types.h"

/* A table maps each value to its file token; index = enum value. */
static gboolean
lookup_token (const char * const *tokens,
              guint               n_tokens,
              const char         *str,
              int                *value)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < n_tokens; i++)
    {
      if (g_strcmp0 (tokens[i], str) == 0)
        {
          *value = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

#define TOKEN_FUNCS(Type, prefix, tokens)                                    \
  const char *                                                               \
  prefix##_to_string (Type value)                                            \
  {                                                                          \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (tokens), NULL);      \
    return tokens[value];                                                    \
  }                                                                          \
                                                                             \
  gboolean                                                                   \
  prefix##_from_string (const char *str,                                     \
                        Type       *value)                                   \
  {                                                                          \
    int v;                                                                   \
                                                                             \
    if (!lookup_token (tokens, G_N_ELEMENTS (tokens), str, &v))              \
      return FALSE;                                                          \
    *value = (Type) v;                                                       \
    return TRUE;                                                             \
  }

static const char * const sex_tokens[] = { "not-recorded", "female", "male" };
static const char * const use_tokens[] = {
  "unknown", "bedroom", "living", "dining", "study", "kitchen", "kitchen-diner",
  "bathroom", "wc", "hall", "landing", "storage", "other",
};
static const char * const safe_tokens[] = { "not-assessed", "yes", "no" };
static const char * const reason_tokens[] = {
  "none", "risk-to-child", "police-investigation", "other",
};
static const char * const method_tokens[] = {
  "none", "in-person", "letter", "email", "meeting",
};
static const char * const severity_tokens[] = { "breach", "hazard", "advisory", "info" };

TOKEN_FUNCS (HearthSex, hearth_sex, sex_tokens)
TOKEN_FUNCS (HearthRoomUse, hearth_room_use, use_tokens)
TOKEN_FUNCS (HearthSafeToShare, hearth_safe_to_share, safe_tokens)
TOKEN_FUNCS (HearthWithheldReason, hearth_withheld_reason, reason_tokens)
TOKEN_FUNCS (HearthShareMethod, hearth_share_method, method_tokens)

const char *
hearth_severity_to_string (HearthSeverity severity)
{
  g_return_val_if_fail ((guint) severity < G_N_ELEMENTS (severity_tokens), NULL);
  return severity_tokens[severity];
}

const char *
hearth_room_use_get_label (HearthRoomUse use)
{
  switch (use)
    {
    case HEARTH_ROOM_USE_UNKNOWN: return _("Use not recorded");
    case HEARTH_ROOM_USE_BEDROOM: return _("Bedroom");
    case HEARTH_ROOM_USE_LIVING: return _("Living room");
    case HEARTH_ROOM_USE_DINING: return _("Dining room");
    case HEARTH_ROOM_USE_STUDY: return _("Study");
    case HEARTH_ROOM_USE_KITCHEN: return _("Kitchen");
    case HEARTH_ROOM_USE_KITCHEN_DINER: return _("Kitchen-diner");
    case HEARTH_ROOM_USE_BATHROOM: return _("Bathroom");
    case HEARTH_ROOM_USE_WC: return _("WC");
    case HEARTH_ROOM_USE_HALL: return _("Hall");
    case HEARTH_ROOM_USE_LANDING: return _("Landing");
    case HEARTH_ROOM_USE_STORAGE: return _("Storage");
    case HEARTH_ROOM_USE_OTHER: return _("Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
hearth_severity_get_label (HearthSeverity severity)
{
  switch (severity)
    {
    /* Translators: a legal standard is not met */
    case HEARTH_SEVERITY_BREACH: return _("Breach");
    case HEARTH_SEVERITY_HAZARD: return _("Hazard");
    case HEARTH_SEVERITY_ADVISORY: return _("Advisory");
    case HEARTH_SEVERITY_INFO: return _("Information");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
hearth_sex_get_label (HearthSex sex)
{
  switch (sex)
    {
    case HEARTH_SEX_NOT_RECORDED: return _("Not recorded");
    case HEARTH_SEX_FEMALE: return _("Female");
    case HEARTH_SEX_MALE: return _("Male");
    default: g_return_val_if_reached (NULL);
    }
}
