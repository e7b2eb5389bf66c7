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
static const char * const plan_tokens[] = {
  "none", "child-in-need", "child-protection", "looked-after",
};
static const char * const referral_tokens[] = { "not-considered", "made", "not-made" };

TOKEN_FUNCS (HearthSex, hearth_sex, sex_tokens)
TOKEN_FUNCS (HearthRoomUse, hearth_room_use, use_tokens)
TOKEN_FUNCS (HearthSafeToShare, hearth_safe_to_share, safe_tokens)
TOKEN_FUNCS (HearthWithheldReason, hearth_withheld_reason, reason_tokens)
TOKEN_FUNCS (HearthShareMethod, hearth_share_method, method_tokens)
TOKEN_FUNCS (HearthPlanType, hearth_plan_type, plan_tokens)
TOKEN_FUNCS (HearthReferralStatus, hearth_referral_status, referral_tokens)

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

const char *
hearth_plan_type_get_label (HearthPlanType type)
{
  switch (type)
    {
    /* Translators: the child is on no plan (Working Together 2023) */
    case HEARTH_PLAN_TYPE_NONE: return _("No plan");
    /* Translators: a child in need plan (Children Act 1989, s. 17) */
    case HEARTH_PLAN_TYPE_CHILD_IN_NEED: return _("Child in need");
    /* Translators: a child protection plan (Children Act 1989, s. 47) */
    case HEARTH_PLAN_TYPE_CHILD_PROTECTION: return _("Child protection");
    /* Translators: the child is in the care of the local authority */
    case HEARTH_PLAN_TYPE_LOOKED_AFTER: return _("Looked after");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
hearth_safe_to_share_get_label (HearthSafeToShare safe)
{
  switch (safe)
    {
    /* Translators: whether findings can safely be shared with a parent */
    case HEARTH_SAFE_TO_SHARE_NOT_ASSESSED: return _("Not assessed yet");
    /* Translators: safe to share findings with this parent */
    case HEARTH_SAFE_TO_SHARE_YES: return C_("safe to share", "Yes");
    /* Translators: not safe to share findings with this parent */
    case HEARTH_SAFE_TO_SHARE_NO: return C_("safe to share", "No");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
hearth_withheld_reason_get_label (HearthWithheldReason reason)
{
  switch (reason)
    {
    /* Translators: no reason for withholding findings is recorded */
    case HEARTH_WITHHELD_REASON_NONE: return C_("withheld reason", "None");
    /* Translators: why findings are withheld from a parent */
    case HEARTH_WITHHELD_REASON_RISK_TO_CHILD: return _("Risk to the child");
    /* Translators: why findings are withheld from a parent */
    case HEARTH_WITHHELD_REASON_POLICE_INVESTIGATION: return _("Police investigation");
    /* Translators: why findings are withheld; a note says what it is */
    case HEARTH_WITHHELD_REASON_OTHER: return _("Other reason");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
hearth_share_method_get_label (HearthShareMethod method)
{
  switch (method)
    {
    /* Translators: how findings were shared with a parent */
    case HEARTH_SHARE_METHOD_NONE: return _("Not shared yet");
    /* Translators: how findings were shared with a parent */
    case HEARTH_SHARE_METHOD_IN_PERSON: return _("In person");
    /* Translators: how findings were shared with a parent */
    case HEARTH_SHARE_METHOD_LETTER: return _("Letter");
    /* Translators: how findings were shared with a parent */
    case HEARTH_SHARE_METHOD_EMAIL: return _("Email");
    /* Translators: how findings were shared with a parent (a review or
     * planning meeting) */
    case HEARTH_SHARE_METHOD_MEETING: return _("Meeting");
    default: g_return_val_if_reached (NULL);
    }
}
